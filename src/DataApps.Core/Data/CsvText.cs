using System.Buffers;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Text;
using System.Text.Unicode;

namespace DataApps.Data;

/// <summary>Turns the bytes of a CSV file into validated UTF-8: strips a UTF-8 BOM, converts UTF-16 (by its BOM), refuses anything else.</summary>
/// <remarks>
/// Note [Encodings]: invalid text is an error with its line number, never replacement characters in the data. UTF-8 is validated
/// in one vectorized pass; a NUL byte means a binary file or UTF-16/32 without a BOM, which we cannot read reliably.
/// </remarks>
internal static class CsvText
{
    /// <summary>Reads the whole stream into memory: a seekable stream into native memory (Note [Native text]), another into a managed copy.</summary>
    /// <returns>The bytes, and the native buffer that holds them (to dispose once parsed), or <c>null</c> when they are managed.</returns>
    public static ReadOnlyMemory<byte> ReadAll(Stream stream, out CsvBuffer? owner)
    {
        owner = null;
        if (stream.CanSeek)
        {
            var remaining = stream.Length - stream.Position;
            if (remaining > Array.MaxLength)
            {
                throw new CsvFormatException(1, $"the file is {remaining:N0} bytes; files over {Array.MaxLength:N0} bytes cannot be read into one DataFrame.");
            }

            var buffer = CsvBuffer.Allocate((int)remaining);
            try
            {
                var span = buffer.GetSpan();
                var at = 0;
                int n;
                while (at < span.Length && (n = stream.Read(span[at..])) > 0)
                {
                    at += n;
                }

                buffer.Length = at;
            }
            catch
            {
                buffer.Dispose();
                throw;
            }

            owner = buffer;
            return buffer.Data;
        }

        using var copy = new MemoryStream();
        stream.CopyTo(copy, 1 << 20);
        return copy.GetBuffer().AsMemory(0, (int)copy.Length);
    }

    /// <summary>
    /// Reads a whole file into native memory (Note [Native text]); a large one in two halves at once (copying from the page cache
    /// is not free). The caller disposes the buffer once the text is parsed.
    /// </summary>
    public static CsvBuffer ReadFile(string path)
    {
        using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read, FileOptions.SequentialScan);
        var size = RandomAccess.GetLength(handle);
        if (size > Array.MaxLength)
        {
            throw new CsvFormatException(1, $"the file is {size:N0} bytes; files over {Array.MaxLength:N0} bytes cannot be read into one DataFrame.");
        }

        var buffer = CsvBuffer.Allocate((int)size);
        try
        {
            var half = (int)size / 2;
            if (size < 8 << 20 || Environment.ProcessorCount == 1)
            {
                buffer.Length = ReadAt(handle, buffer.GetSpan(), 0, (int)size);
                return buffer;
            }

            var second = Task.Run(() => ReadAt(handle, buffer.GetSpan(), half, (int)size));
            var first = ReadAt(handle, buffer.GetSpan(), 0, half);
            var read = second.GetAwaiter().GetResult();

            // The file shrank while it was read: keep what is contiguous.
            buffer.Length = first < half ? first : half + read;
            return buffer;
        }
        catch
        {
            buffer.Dispose();
            throw;
        }
    }

    private static int ReadAt(Microsoft.Win32.SafeHandles.SafeFileHandle handle, Span<byte> bytes, int from, int to)
    {
        var at = from;
        while (at < to)
        {
            var n = RandomAccess.Read(handle, bytes[at..to], at);
            if (n == 0)
            {
                break;
            }

            at += n;
        }

        return at - from;
    }

    /// <summary>
    /// The UTF-8 text of <paramref name="bytes"/>, without a byte order mark; UTF-16 (by its BOM) is converted. UTF-8 is not
    /// validated here: <see cref="Validate"/> checks it part by part, on the threads that tokenize the parts.
    /// </summary>
    /// <param name="bytes">The file's bytes.</param>
    /// <param name="skipped">How many bytes of byte order mark precede the text (to report file offsets).</param>
    /// <exception cref="CsvFormatException">The bytes are UTF-32 or invalid UTF-16.</exception>
    public static ReadOnlyMemory<byte> Decode(ReadOnlyMemory<byte> bytes, out int skipped)
    {
        var span = bytes.Span;
        skipped = 0;
        if (span.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00]) || span.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0xFE, 0xFF]))
        {
            throw new CsvFormatException(1, "the file is UTF-32 text (by its byte order mark); save it as UTF-8 or UTF-16.");
        }

        if (span.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return FromUtf16(span[2..], bigEndian: false);
        }

        if (span.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return FromUtf16(span[2..], bigEndian: true);
        }

        skipped = span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;
        return bytes[skipped..];
    }

    /// <summary>The UTF-8 text of <paramref name="bytes"/>, without a byte order mark, validated.</summary>
    /// <exception cref="CsvFormatException">The bytes are not valid UTF-8 or UTF-16 text.</exception>
    public static ReadOnlyMemory<byte> ToUtf8(byte[] bytes, int length)
    {
        var text = Decode(bytes.AsMemory(0, length), out var skipped);
        Validate(text.Span, 0, text.Length, skipped);
        return text;
    }

    /// <summary>Checks that <c>text[from..to)</c> is UTF-8 without NUL bytes; <paramref name="from"/> and <paramref name="to"/> must not cut a character.</summary>
    /// <exception cref="CsvFormatException">Invalid UTF-8 or a NUL byte, with its line in the whole text.</exception>
    public static void Validate(ReadOnlySpan<byte> text, int from, int to, int skipped)
    {
        var part = text[from..to];
        if (IsAsciiWithoutNul(part))
        {
            return;
        }

        if (!Utf8.IsValid(part))
        {
            var at = from + FirstInvalidUtf8(part);
            throw new CsvFormatException(LineAt(text, at),
                $"byte 0x{text[at]:X2} at offset {at + skipped:N0} is not valid UTF-8; save the file as UTF-8 (or UTF-16 with a byte order mark).");
        }

        var nul = part.IndexOf((byte)0);
        if (nul >= 0)
        {
            throw new CsvFormatException(LineAt(text, from + nul),
                "the file contains a NUL byte: it is binary, or text in an encoding other than UTF-8 (e.g. UTF-16 without a byte order mark).");
        }
    }

    /// <summary>
    /// Whether every byte is ASCII and none is NUL, in one pass that only ORs and MINs 64 bytes at a time (the common case;
    /// <see cref="Utf8.IsValid"/> and a NUL search are two slower passes, needed only when this says no).
    /// </summary>
    public static bool IsAsciiWithoutNul(ReadOnlySpan<byte> text)
    {
        var i = 0;
        if (Vector256.IsHardwareAccelerated && text.Length >= 64)
        {
            ref var at = ref MemoryMarshal.GetReference(text);
            var any = Vector256<byte>.Zero;
            var least = Vector256<byte>.AllBitsSet;
            for (; i <= text.Length - 64; i += 64)
            {
                var a = Vector256.LoadUnsafe(ref at, (nuint)i);
                var b = Vector256.LoadUnsafe(ref at, (nuint)i + 32);
                any |= a | b;
                least = Vector256.Min(least, Vector256.Min(a, b));
            }

            if (any.ExtractMostSignificantBits() != 0 || Vector256.EqualsAny(least, Vector256<byte>.Zero))
            {
                return false;
            }
        }

        foreach (var b in text[i..])
        {
            if (b is 0 or >= 0x80)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The 1-based line of <paramref name="offset"/>: one more than the line breaks before it (<c>\r\n</c>, <c>\n</c> or <c>\r</c>).</summary>
    public static int LineAt(ReadOnlySpan<byte> text, int offset)
    {
        var before = text[..Math.Min(offset, text.Length)];
        return before.Count((byte)'\n') + before.Count((byte)'\r') - before.Count("\r\n"u8) + 1;
    }

    private static int FirstInvalidUtf8(ReadOnlySpan<byte> text)
    {
        var chars = ArrayPool<char>.Shared.Rent(1 << 16);
        try
        {
            var offset = 0;
            while (true)
            {
                var status = Utf8.ToUtf16(text[offset..], chars, out var read, out _, replaceInvalidSequences: false, isFinalBlock: true);
                offset += read;
                if (status is System.Buffers.OperationStatus.InvalidData or System.Buffers.OperationStatus.NeedMoreData || offset >= text.Length)
                {
                    return Math.Min(offset, text.Length - 1);
                }
            }
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    private static ReadOnlyMemory<byte> FromUtf16(ReadOnlySpan<byte> bytes, bool bigEndian)
    {
        var encoding = new UnicodeEncoding(bigEndian, byteOrderMark: false, throwOnInvalidBytes: true);
        string text;
        try
        {
            text = encoding.GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            var at = Math.Max(0, e.Index);
            var line = encoding.GetString(bytes[..Math.Min(bytes.Length & ~1, at & ~1)]).AsSpan().Count('\n') + 1;
            throw new CsvFormatException(line, "the file has a UTF-16 byte order mark but holds invalid UTF-16 (an unpaired surrogate or an odd number of bytes).");
        }

        if (text.Contains('\0', StringComparison.Ordinal))
        {
            throw new CsvFormatException(text.AsSpan(0, text.IndexOf('\0', StringComparison.Ordinal)).Count('\n') + 1, "the file contains a NUL character: it is not CSV text.");
        }

        return Encoding.UTF8.GetBytes(text);
    }
}

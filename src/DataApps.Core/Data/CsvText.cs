using System.Buffers;
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
    /// <summary>Reads the whole stream into memory.</summary>
    public static byte[] ReadAll(Stream stream, out int length)
    {
        if (stream.CanSeek)
        {
            var remaining = stream.Length - stream.Position;
            if (remaining > Array.MaxLength)
            {
                throw new CsvFormatException(1, $"the file is {remaining:N0} bytes; files over {Array.MaxLength:N0} bytes cannot be read into one DataFrame.");
            }

            var bytes = GC.AllocateUninitializedArray<byte>((int)remaining);
            stream.ReadExactly(bytes);
            length = bytes.Length;
            return bytes;
        }

        using var copy = new MemoryStream();
        stream.CopyTo(copy, 1 << 20);
        length = (int)copy.Length;
        return copy.GetBuffer();
    }

    /// <summary>The UTF-8 text of <paramref name="bytes"/>, without a byte order mark.</summary>
    /// <exception cref="CsvFormatException">The bytes are not valid UTF-8 or UTF-16 text.</exception>
    public static ReadOnlyMemory<byte> ToUtf8(byte[] bytes, int length)
    {
        var span = bytes.AsSpan(0, length);
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

        var start = span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;
        var text = span[start..];
        if (!Utf8.IsValid(text))
        {
            var at = FirstInvalidUtf8(text);
            throw new CsvFormatException(LineAt(text, at),
                $"byte 0x{text[at]:X2} at offset {at + start:N0} is not valid UTF-8; save the file as UTF-8 (or UTF-16 with a byte order mark).");
        }

        var nul = text.IndexOf((byte)0);
        if (nul >= 0)
        {
            throw new CsvFormatException(LineAt(text, nul),
                "the file contains a NUL byte: it is binary, or text in an encoding other than UTF-8 (e.g. UTF-16 without a byte order mark).");
        }

        return bytes.AsMemory(start, length - start);
    }

    /// <summary>The 1-based line of <paramref name="offset"/>.</summary>
    public static int LineAt(ReadOnlySpan<byte> text, int offset) => text[..offset].Count((byte)'\n') + 1;

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

using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace DataApps.Data;

/// <summary>
/// Splits one part of UTF-8 CSV text into fields: where each row starts and where each field ends (<see cref="CsvSegment"/>).
/// Typed parsing happens afterwards per column (<see cref="CsvColumnBuilder"/>), so it can run in parallel and re-read a column
/// exactly when type inference changes its mind.
/// </summary>
/// <remarks>
/// RFC 4180 with the usual leniency: a field that starts with <c>"</c> is quoted (<c>""</c> escapes a quote, separators and line
/// breaks inside are data); a quote inside an unquoted field is an ordinary character; <c>\r\n</c>, <c>\n</c> and <c>\r</c> end rows;
/// blank lines are skipped.
///
/// Note [SIMD tokenizer]: the text is read 64 bytes at a time into two bit masks, one for the bytes that can end a field
/// (separator, <c>\n</c>, <c>\r</c>) and one for quotes; each set bit of the first is a field end, visited with trailing-zero
/// counts, so the cost is per field rather than per byte. A quote at the start of a field switches to a scan for its closing
/// quote, and the next block starts right after it; any other quote is ordinary text. Line numbers are not tracked: an error
/// counts the line breaks before its offset (<see cref="CsvText.LineAt"/>), which is the same number and costs nothing until then.
/// </remarks>
internal sealed class CsvTokenizer
{
    private const int Block = 64;

    private readonly byte _separator;
    private readonly int _columns;

    public CsvTokenizer(byte separator, int columns)
    {
        _separator = separator;
        _columns = columns;
    }

    /// <summary>Whether reading stopped at a quoted field that the part ends inside.</summary>
    public bool EndedInQuotes { get; private set; }

    /// <summary>
    /// After <see cref="Read"/>: whether every byte of the part was seen to be ASCII and not NUL, so it needs no UTF-8 validation
    /// (the blocks check this on the bytes they load anyway: one pass over the text instead of two).
    /// </summary>
    public bool PlainText => _plainText;

    private bool _plainText = true;

    /// <summary>Picks the separator by counting <c>,</c> <c>;</c> and tab outside quotes on the first line; <c>,</c> when none appears.</summary>
    public static byte DetectSeparator(ReadOnlySpan<byte> text)
    {
        int commas = 0, semicolons = 0, tabs = 0;
        var quoted = false;
        foreach (var b in text[..Math.Min(text.Length, 1 << 16)])
        {
            if (b == '"')
            {
                quoted = !quoted;
            }
            else if (!quoted)
            {
                if (b is (byte)'\n' or (byte)'\r')
                {
                    break;
                }

                commas += b == ',' ? 1 : 0;
                semicolons += b == ';' ? 1 : 0;
                tabs += b == '\t' ? 1 : 0;
            }
        }

        return tabs > commas && tabs >= semicolons ? (byte)'\t' : semicolons > commas ? (byte)';' : (byte)',';
    }

    /// <summary>Reads the first row after any blank lines (the header, or the first data row); <c>null</c> when there is none.</summary>
    /// <param name="text">The whole text.</param>
    /// <param name="separator">The field separator.</param>
    /// <param name="rowStart">Where the row starts.</param>
    /// <param name="next">Where the row after it starts.</param>
    public static List<(int Start, int End)>? ReadFirstRow(ReadOnlySpan<byte> text, byte separator, out int rowStart, out int next)
    {
        var pos = 0;
        while (pos < text.Length && text[pos] is (byte)'\n' or (byte)'\r')
        {
            pos++;
        }

        rowStart = next = pos;
        if (pos >= text.Length)
        {
            return null;
        }

        var fields = new List<(int, int)>();
        while (true)
        {
            var start = pos;
            int end;
            if (start < text.Length && text[start] == '"')
            {
                end = ScanQuoted(text, start, text.Length, separator, out var unclosed);
                if (unclosed)
                {
                    throw Unclosed(text, start);
                }
            }
            else
            {
                var stop = text[start..].IndexOfAny(separator, (byte)'\n', (byte)'\r');
                end = stop < 0 ? text.Length : start + stop;
            }

            fields.Add((start, end));
            if (end >= text.Length)
            {
                next = text.Length;
                return fields;
            }

            if (text[end] == separator)
            {
                pos = end + 1;
                continue;
            }

            next = text[end] == '\r' && end + 1 < text.Length && text[end + 1] == '\n' ? end + 2 : end + 1;
            return fields;
        }
    }

    /// <summary>Reads the rows of <c>text[from..to)</c>; <paramref name="from"/> must be a row start and <paramref name="to"/> the end of a line or of the text.</summary>
    /// <param name="text">The whole text (offsets are into it).</param>
    /// <param name="from">Where the part starts.</param>
    /// <param name="to">Where the part ends.</param>
    /// <param name="capacity">Rows to make room for at first.</param>
    /// <exception cref="CsvFormatException">A row has the wrong number of fields, or a quoted field is malformed.</exception>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public CsvSegment Read(ReadOnlySpan<byte> text, int from, int to, int capacity)
    {
        var columns = _columns;
        var separator = _separator;
        var segment = new CsvSegment(columns, capacity);
        var ends = segment.Ends;
        var rowStarts = segment.RowStarts;
        capacity = segment.Capacity;
        ref var origin = ref MemoryMarshal.GetReference(text);
        Span<byte> tail = stackalloc byte[Block];
        var seen = new Seen(Vector256<byte>.Zero, Vector256<byte>.AllBitsSet);
        int row = 0, col = 0, fieldStart = from, rowStart = from, p = from;
        while (p < to)
        {
            ulong stops, quotes;
            if (p + Block <= to)
            {
                Masks(ref Unsafe.Add(ref origin, p), separator, out stops, out quotes, ref seen);
            }
            else
            {
                // The last few bytes: the same masks over a padded copy, cut to the bytes that exist.
                tail.Fill((byte)' '); // ASCII and not NUL, so the padding passes validation
                text[p..to].CopyTo(tail);
                Masks(ref MemoryMarshal.GetReference(tail), separator, out stops, out quotes, ref seen);
                var valid = (1UL << (to - p)) - 1;
                stops &= valid;
                quotes &= valid;
            }

            var next = p + Block;
            while (true)
            {
                var quote = quotes & (0 - quotes); // the lowest quote bit, or 0
                var before = quote == 0 ? stops : stops & (quote - 1);
                while (before != 0)
                {
                    var x = p + BitOperations.TrailingZeroCount(before);
                    before &= before - 1;
                    if (Unsafe.Add(ref origin, x) == separator)
                    {
                        if ((uint)col < (uint)columns)
                        {
                            ends[col][row] = x;
                        }

                        col++;
                        fieldStart = x + 1;
                    }
                    else if (col == 0 && fieldStart == x)
                    {
                        fieldStart = rowStart = x + 1; // a blank line, or the \n of \r\n
                    }
                    else
                    {
                        if ((uint)col < (uint)columns)
                        {
                            ends[col][row] = x;
                        }

                        if (col + 1 != columns)
                        {
                            throw Ragged(text, rowStart, col + 1);
                        }

                        rowStarts[row] = rowStart;
                        if (++row == capacity)
                        {
                            segment.Count = row;
                            segment.Grow();
                            rowStarts = segment.RowStarts;
                            capacity = segment.Capacity;
                        }

                        col = 0;
                        fieldStart = rowStart = x + 1;
                    }
                }

                if (quote == 0)
                {
                    break;
                }

                var at = p + BitOperations.TrailingZeroCount(quote);
                if (at == fieldStart)
                {
                    // A quoted field: find its closing quote; the next block starts at the byte that ends the field.
                    next = ScanQuoted(text, at, to, separator, out var unclosed);
                    _plainText &= CsvText.IsAsciiWithoutNul(text[at..next]); // the blocks skip most of a long quoted field
                    if (unclosed)
                    {
                        EndedInQuotes = true;
                        throw Unclosed(text, at);
                    }

                    break;
                }

                stops &= ~(quote - 1); // a quote inside an unquoted field is text
                quotes &= quotes - 1;
            }

            p = next;
        }

        if (col > 0 || fieldStart < to)
        {
            // The last row has no line break after it.
            if ((uint)col < (uint)columns)
            {
                ends[col][row] = to;
            }

            if (col + 1 != columns)
            {
                throw Ragged(text, rowStart, col + 1);
            }

            rowStarts[row] = rowStart;
            if (++row == capacity)
            {
                segment.Count = row;
                segment.Grow();
            }
        }

        segment.Count = row;
        _plainText &= Vector256.IsHardwareAccelerated && seen.Any.ExtractMostSignificantBits() == 0 && !Vector256.EqualsAny(seen.Least, Vector256<byte>.Zero);
        return segment;
    }

    /// <summary>The OR and the minimum of every byte the blocks loaded: no high bit and no zero means ASCII without NUL.</summary>
    private record struct Seen(Vector256<byte> Any, Vector256<byte> Least);

    /// <summary>Bit i of <paramref name="stops"/> is set when byte i can end a field, of <paramref name="quotes"/> when it is a quote.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Masks(ref byte at, byte separator, out ulong stops, out ulong quotes, ref Seen seen)
    {
        if (Vector256.IsHardwareAccelerated)
        {
            var a = Vector256.LoadUnsafe(ref at);
            var b = Vector256.LoadUnsafe(ref at, 32);
            seen.Any |= a | b;
            seen.Least = Vector256.Min(seen.Least, Vector256.Min(a, b));
            var sep = Vector256.Create(separator);
            var lf = Vector256.Create((byte)'\n');
            var cr = Vector256.Create((byte)'\r');
            var q = Vector256.Create((byte)'"');
            stops = (Vector256.Equals(a, sep) | Vector256.Equals(a, lf) | Vector256.Equals(a, cr)).ExtractMostSignificantBits()
                | ((ulong)(Vector256.Equals(b, sep) | Vector256.Equals(b, lf) | Vector256.Equals(b, cr)).ExtractMostSignificantBits() << 32);
            quotes = Vector256.Equals(a, q).ExtractMostSignificantBits() | ((ulong)Vector256.Equals(b, q).ExtractMostSignificantBits() << 32);
            return;
        }

        stops = quotes = 0;
        for (var i = 0; i < Block; i += 16)
        {
            var v = Vector128.LoadUnsafe(ref at, (nuint)i);
            var s = Vector128.Equals(v, Vector128.Create(separator)) | Vector128.Equals(v, Vector128.Create((byte)'\n'))
                | Vector128.Equals(v, Vector128.Create((byte)'\r'));
            stops |= (ulong)s.ExtractMostSignificantBits() << i;
            quotes |= (ulong)Vector128.Equals(v, Vector128.Create((byte)'"')).ExtractMostSignificantBits() << i;
        }
    }

    /// <summary>Finds the end of the quoted field that opens at <paramref name="start"/>: the byte after its closing quote.</summary>
    private static int ScanQuoted(ReadOnlySpan<byte> text, int start, int to, byte separator, out bool unclosed)
    {
        unclosed = false;
        var i = start + 1;
        while (true)
        {
            var next = text[i..to].IndexOf((byte)'"');
            if (next < 0)
            {
                unclosed = true;
                return to;
            }

            i += next;
            if (i + 1 < to && text[i + 1] == '"')
            {
                i += 2; // an escaped quote
                continue;
            }

            var after = i + 1;
            if (after < to && text[after] != separator && text[after] is not ((byte)'\n' or (byte)'\r'))
            {
                throw new CsvFormatException(CsvText.LineAt(text, after),
                    $"unexpected '{(char)text[after]}' after the closing quote of a quoted field; a quote inside a quoted field must be doubled (\"\").");
            }

            return after;
        }
    }

    private static CsvFormatException Unclosed(ReadOnlySpan<byte> text, int quote) =>
        new(CsvText.LineAt(text, quote), "a quoted field is never closed: its opening quote (\") has no closing quote before the end of the file.");

    private CsvFormatException Ragged(ReadOnlySpan<byte> text, int rowStart, int fields) =>
        new(CsvText.LineAt(text, rowStart), $"the row has {fields} field{(fields == 1 ? "" : "s")}, but the header has {_columns}.");
}

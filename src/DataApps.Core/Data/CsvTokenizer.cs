using System.Buffers;
using System.Runtime.CompilerServices;

namespace DataApps.Data;

/// <summary>
/// Splits UTF-8 CSV text into fields: for every column, where each field starts and ends, plus the line each row starts on.
/// One sequential pass; typed parsing happens afterwards per column (<see cref="CsvColumnBuilder"/>), so it can run in parallel
/// and re-read a column exactly when type inference changes its mind.
/// </summary>
/// <remarks>
/// RFC 4180 with the usual leniency: a field that starts with <c>"</c> is quoted (<c>""</c> escapes a quote, separators and line
/// breaks inside are data); a quote inside an unquoted field is an ordinary character; <c>\r\n</c>, <c>\n</c> and <c>\r</c> end rows;
/// blank lines are skipped. A quoted field stays quoted in the index (its start points at the quote), so the parser unescapes it.
/// </remarks>
internal sealed class CsvTokenizer
{
    private readonly ReadOnlyMemory<byte> _text;
    private readonly byte _separator;
    private readonly SearchValues<byte> _stops;
    private int _pos;
    private int _line = 1;

    public CsvTokenizer(ReadOnlyMemory<byte> text, byte separator, int start = 0, int line = 1)
    {
        _line = line;
        _text = text;
        _separator = separator;
        _stops = SearchValues.Create([separator, (byte)'\n', (byte)'\r']);
        _pos = start;
    }

    /// <summary>Where the next row starts.</summary>
    public int Position => _pos;

    /// <summary>The line the next row starts on (relative to where this tokenizer started).</summary>
    public int Line => _line;

    /// <summary>Whether reading stopped at a quoted field that the text ends inside.</summary>
    public bool EndedInQuotes { get; private set; }

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

    /// <summary>Reads one row (the header, or the first data row); <c>null</c> at the end of the text.</summary>
    public List<(int Start, int End)>? ReadRow(out int line)
    {
        SkipBlankLines();
        line = _line;
        if (_pos >= _text.Length)
        {
            return null;
        }

        var fields = new List<(int, int)>();
        var span = _text.Span;
        while (true)
        {
            var (start, end, last) = NextField(span);
            fields.Add((start, end));
            if (last)
            {
                return fields;
            }
        }
    }

    /// <summary>Reads every remaining row into <paramref name="columns"/>; each row must have exactly one field per column.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void ReadRows(CsvIndex columns)
    {
        var span = _text.Span;
        var count = columns.ColumnCount;
        while (true)
        {
            SkipBlankLines();
            if (_pos >= span.Length)
            {
                return;
            }

            var row = columns.AddRow(_line);
            var rowLine = _line;
            for (var c = 0; ; c++)
            {
                var (start, end, last) = NextField(span);
                if (c < count)
                {
                    columns.Set(c, row, start, end);
                }

                if (last)
                {
                    if (c + 1 != count)
                    {
                        throw new CsvFormatException(rowLine, $"the row has {c + 1} field{(c == 0 ? "" : "s")}, but the header has {count}.");
                    }

                    break;
                }
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void SkipBlankLines()
    {
        var span = _text.Span;
        while (_pos < span.Length && span[_pos] is (byte)'\n' or (byte)'\r')
        {
            if (span[_pos] == '\n' || _pos + 1 >= span.Length || span[_pos + 1] != '\n')
            {
                _line++;
            }

            _pos++;
        }
    }

    /// <summary>Reads the field at <see cref="_pos"/> and moves past its separator or line break.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private (int Start, int End, bool Last) NextField(ReadOnlySpan<byte> span)
    {
        var start = _pos;
        int end;
        if (start < span.Length && span[start] == '"')
        {
            end = ScanQuoted(span, start);
        }
        else
        {
            var stop = span[start..].IndexOfAny(_stops);
            end = stop < 0 ? span.Length : start + stop;
        }

        if (end >= span.Length)
        {
            _pos = span.Length;
            return (start, end, true);
        }

        var b = span[end];
        if (b == _separator)
        {
            _pos = end + 1;
            return (start, end, false);
        }

        // A line break (\r\n, \n or \r) ends the row.
        _pos = b == '\r' && end + 1 < span.Length && span[end + 1] == '\n' ? end + 2 : end + 1;
        _line++;
        return (start, end, true);
    }

    /// <summary>Finds the end of a quoted field starting at <paramref name="start"/>, counting line breaks inside it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int ScanQuoted(ReadOnlySpan<byte> span, int start)
    {
        var openLine = _line;
        var i = start + 1;
        while (true)
        {
            var next = span[i..].IndexOfAny((byte)'"', (byte)'\n');
            if (next < 0)
            {
                EndedInQuotes = true;
                throw new CsvFormatException(openLine, "a quoted field is never closed: its opening quote (\") has no closing quote before the end of the file.");
            }

            i += next;
            if (span[i] == '\n')
            {
                _line++;
                i++;
                continue;
            }

            if (i + 1 < span.Length && span[i + 1] == '"')
            {
                i += 2; // an escaped quote
                continue;
            }

            var after = i + 1;
            if (after < span.Length && span[after] != _separator && span[after] is not ((byte)'\n' or (byte)'\r'))
            {
                throw new CsvFormatException(_line,
                    $"unexpected '{(char)span[after]}' after the closing quote of a quoted field; a quote inside a quoted field must be doubled (\"\").");
            }

            return after;
        }
    }
}

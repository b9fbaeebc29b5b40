namespace DataApps.Data;

/// <summary>Validates and tokenizes the text in parts on several threads, and proves the parts' joins are row boundaries.</summary>
/// <remarks>
/// Note [Parallel parts]: the text is cut after a line break near each k/n of its length. Such a cut is a row boundary unless
/// a quoted field spans it, and then the part before it ends inside quotes (that part's reading is exact, since it starts at a
/// boundary proven the same way). So parts are checked in order: the first part that ends inside quotes, unless it is the
/// last, is read again in one pass from its start to the end of the text, and what the parts after it found is discarded.
/// Validation errors (invalid UTF-8, NUL) come before tokenizing errors, and earlier parts' errors before later ones, so the
/// error is the one a single pass would report.
/// </remarks>
internal static class CsvParts
{
    /// <summary>Texts at least this long are read in parts on several threads.</summary>
    internal const int MinPartBytes = 1 << 20;

    private const int MaxParts = 16;

    /// <summary>Validates <c>text[0..)</c> and tokenizes the rows from <paramref name="start"/> on.</summary>
    public static CsvIndex Read(ReadOnlyMemory<byte> text, int skipped, int start, byte separator, int columns, bool parallel)
    {
        var cuts = Cuts(text.Span, start, parallel);
        var parts = new Part[cuts.Length - 1];
        for (var k = 0; k < parts.Length; k++)
        {
            parts[k] = new Part(text, skipped, k == 0 ? 0 : cuts[k], cuts[k], cuts[k + 1], separator, columns);
        }

        if (parts.Length == 1)
        {
            parts[0].Run();
        }
        else
        {
            System.Threading.Tasks.Parallel.For(0, parts.Length, k => parts[k].Run());
        }

        foreach (var part in parts)
        {
            if (part.Invalid is { } invalid)
            {
                throw invalid;
            }
        }

        var segments = new List<CsvSegment>(parts.Length);
        for (var k = 0; k < parts.Length; k++)
        {
            var part = parts[k];
            if (part.EndedInQuotes && k < parts.Length - 1)
            {
                // A quoted field spans the cut after this part: read from here to the end in one pass.
                var whole = new Part(text, skipped, cuts[k], cuts[k], text.Length, separator, columns) { Validated = true };
                whole.Run();
                segments.Add(whole.Segment ?? throw whole.Error!);
                break;
            }

            segments.Add(part.Segment ?? throw part.Error!);
        }

        return new CsvIndex(columns, segments);
    }

    /// <summary>Where the parts start: <paramref name="start"/>, then just after the first line break past each k/n of the rest, then the end.</summary>
    private static int[] Cuts(ReadOnlySpan<byte> text, int start, bool parallel)
    {
        var length = text.Length - start;
        var n = parallel ? Math.Clamp(Math.Min(Environment.ProcessorCount, length / MinPartBytes), 1, MaxParts) : 1;
        var cuts = new List<int>(n + 1) { start };
        for (var k = 1; k < n; k++)
        {
            var near = start + (int)((long)length * k / n);
            if (near <= cuts[^1])
            {
                continue;
            }

            var lineBreak = text[near..].IndexOf((byte)'\n');
            if (lineBreak < 0)
            {
                break;
            }

            cuts.Add(near + lineBreak + 1);
        }

        if (cuts[^1] < text.Length || cuts.Count == 1)
        {
            cuts.Add(text.Length);
        }

        return [.. cuts];
    }

    /// <summary>Rows to make room for in <c>text[from..to)</c>, from the line breaks in its first 64 KB.</summary>
    private static int EstimateRows(ReadOnlySpan<byte> text, int from, int to)
    {
        var sample = text[from..Math.Min(to, from + (1 << 16))];
        var lines = Math.Max(1, sample.Count((byte)'\n'));
        return (int)Math.Min(Array.MaxLength / 2, ((long)(to - from) * lines / Math.Max(1, sample.Length) * 21 / 20) + 64);
    }

    /// <summary>One part: validated from <c>validateFrom</c>, tokenized from <c>from</c>, both up to <c>to</c>.</summary>
    private sealed class Part(ReadOnlyMemory<byte> text, int skipped, int validateFrom, int from, int to, byte separator, int columns)
    {
        private readonly CsvTokenizer _tokenizer = new(separator, columns);

        public bool Validated { get; init; }

        public CsvFormatException? Invalid { get; private set; }

        public CsvFormatException? Error { get; private set; }

        public CsvSegment? Segment { get; private set; }

        public bool EndedInQuotes => _tokenizer.EndedInQuotes;

        public void Run()
        {
            var span = text.Span;
            try
            {
                Segment = _tokenizer.Read(span, from, to, EstimateRows(span, from, to));
            }
            catch (CsvFormatException e)
            {
                Error = e;
            }

            // The tokenizer saw whether its bytes are plain ASCII; only otherwise (or when it stopped early) is the part
            // validated as UTF-8 in a pass of its own. The header, before the first part, is validated here too.
            if (Validated)
            {
                return;
            }

            try
            {
                CsvText.Validate(span, validateFrom, from, skipped);
                if (Error is not null || !_tokenizer.PlainText)
                {
                    CsvText.Validate(span, from, to, skipped);
                }
            }
            catch (CsvFormatException e)
            {
                Invalid = e;
            }
        }
    }
}

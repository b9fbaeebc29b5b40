namespace DataApps.Data;

/// <summary>Where each field of each row lies in the text, as one or more segments of rows (one per part tokenized on its own).</summary>
/// <remarks>
/// Note [Field offsets]: a row stores where it starts and where each of its fields ends (exclusive). Separators are one byte, so
/// field <c>c &gt; 0</c> starts one byte after field <c>c - 1</c> ends: two arrays describe a column and the tokenizer writes one
/// int per field. A quoted field keeps its quotes (its start is the opening quote), so the parser unescapes it. Segments are not
/// copied into one: the text was cut into parts tokenized in parallel, and builders walk the parts in order.
/// </remarks>
internal sealed class CsvIndex(int columns, IReadOnlyList<CsvSegment> segments)
{
    public int ColumnCount { get; } = columns;

    public IReadOnlyList<CsvSegment> Segments { get; } = segments;

    public int RowCount { get; } = segments.Sum(s => s.Count);

    /// <summary>Where row <paramref name="row"/> starts in the text.</summary>
    public int RowStart(int row)
    {
        foreach (var segment in Segments)
        {
            if (row < segment.Count)
            {
                return segment.RowStarts[row];
            }

            row -= segment.Count;
        }

        throw new ArgumentOutOfRangeException(nameof(row));
    }
}

/// <summary>The rows of one part of the text: each row's start, and the end of each of its fields per column.</summary>
internal sealed class CsvSegment
{
    public CsvSegment(int columns, int capacity)
    {
        capacity = Math.Max(capacity, 16);
        RowStarts = GC.AllocateUninitializedArray<int>(capacity);
        Ends = new int[columns][];
        for (var c = 0; c < columns; c++)
        {
            Ends[c] = GC.AllocateUninitializedArray<int>(capacity);
        }
    }

    public int[] RowStarts { get; private set; }

    public int[][] Ends { get; }

    public int Count { get; set; }

    public int Capacity => RowStarts.Length;

    /// <summary>The starts of column <paramref name="column"/>'s fields, before adding <see cref="StartShift"/>.</summary>
    public ReadOnlySpan<int> Starts(int column) => (column == 0 ? RowStarts : Ends[column - 1]).AsSpan(0, Count);

    /// <summary>What to add to <see cref="Starts"/>: 0 for the first column (a row start), 1 for the others (past the separator).</summary>
    public static int StartShift(int column) => column == 0 ? 0 : 1;

    public ReadOnlySpan<int> FieldEnds(int column) => Ends[column].AsSpan(0, Count);

    public void Grow()
    {
        var capacity = (int)Math.Min(Array.MaxLength, RowStarts.Length * 2L);
        var starts = RowStarts;
        Array.Resize(ref starts, capacity);
        RowStarts = starts;
        for (var c = 0; c < Ends.Length; c++)
        {
            Array.Resize(ref Ends[c], capacity);
        }
    }
}

using System.Runtime.CompilerServices;

namespace DataApps.Data;

/// <summary>Where each field of each column lies in the text (start inclusive, end exclusive), and the line each row starts on.</summary>
internal sealed class CsvIndex
{
    private int[][] _starts;
    private int[][] _ends;
    private int[] _lines;

    public CsvIndex(int columns, int capacity)
    {
        capacity = Math.Max(capacity, 16);
        ColumnCount = columns;
        _starts = new int[columns][];
        _ends = new int[columns][];
        for (var c = 0; c < columns; c++)
        {
            _starts[c] = GC.AllocateUninitializedArray<int>(capacity);
            _ends[c] = GC.AllocateUninitializedArray<int>(capacity);
        }

        _lines = GC.AllocateUninitializedArray<int>(capacity);
    }

    public int ColumnCount { get; }

    public int RowCount { get; private set; }

    /// <summary>The rows there is room for before growing.</summary>
    public int Capacity => _lines.Length;

    /// <summary>Forgets the rows from <paramref name="rows"/> on.</summary>
    public void Truncate(int rows) => RowCount = Math.Min(RowCount, rows);

    public ReadOnlySpan<int> Starts(int column) => _starts[column].AsSpan(0, RowCount);

    public ReadOnlySpan<int> Ends(int column) => _ends[column].AsSpan(0, RowCount);

    /// <summary>The line on which <paramref name="row"/> starts.</summary>
    public int LineOf(int row) => _lines[row];

    public int AddRow(int line)
    {
        if (RowCount == _lines.Length)
        {
            Grow();
        }

        _lines[RowCount] = line;
        return RowCount++;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Set(int column, int row, int start, int end)
    {
        _starts[column][row] = start;
        _ends[column][row] = end;
    }

    /// <summary>Appends the rows of <paramref name="other"/> (read from a later part of the same text), shifting its lines.</summary>
    public void Append(CsvIndex other, int lineOffset)
    {
        var total = checked(RowCount + other.RowCount);
        while (_lines.Length < total)
        {
            Grow();
        }

        for (var c = 0; c < ColumnCount; c++)
        {
            other.Starts(c).CopyTo(_starts[c].AsSpan(RowCount));
            other.Ends(c).CopyTo(_ends[c].AsSpan(RowCount));
        }

        for (var r = 0; r < other.RowCount; r++)
        {
            _lines[RowCount + r] = other._lines[r] + lineOffset;
        }

        RowCount = total;
    }

    private void Grow()
    {
        var capacity = (int)Math.Min(Array.MaxLength, _lines.Length * 2L);
        for (var c = 0; c < ColumnCount; c++)
        {
            Array.Resize(ref _starts[c], capacity);
            Array.Resize(ref _ends[c], capacity);
        }

        Array.Resize(ref _lines, capacity);
    }
}

using Microsoft.Data.Analysis;

namespace DataApps.Testing;

/// <summary>A static table (<c>ui.Table</c>) found in the last run: its headers and the cells it shows, as text.</summary>
/// <example><c>var table = app.Table(); Assert.Equal(["species", "mass"], table.Headers); Assert.Equal("3750", table.Rows[0][1]);</c></example>
public sealed class TableHandle
{
    internal TableHandle(TableElement element) => Element = element;

    /// <summary>The table's element as the last run produced it.</summary>
    public TableElement Element { get; }

    /// <summary>The column headers.</summary>
    public IReadOnlyList<string> Headers => Element.Headers;

    /// <summary>How many rows the table shows (at most its <c>maxRows</c>).</summary>
    public int RowCount => Element.RowCount;

    /// <summary>How many rows the data had (more than <see cref="RowCount"/> when the table was cut).</summary>
    public int TotalRows => Element.Total;

    /// <summary>The shown cells, row by row, as the table shows them.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Rows =>
        [.. Enumerable.Range(0, RowCount).Select(r => (IReadOnlyList<string>)[.. Element.Cells.Skip(r * Headers.Count).Take(Headers.Count)])];

    /// <summary>The shown rows as records: header → cell text (of two columns with the same header, the later one).</summary>
    public IReadOnlyList<IReadOnlyDictionary<string, string>> Records => [.. Rows.Select(Record)];

    private IReadOnlyDictionary<string, string> Record(IReadOnlyList<string> row)
    {
        var record = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < Headers.Count; i++)
        {
            record[Headers[i]] = row[i];
        }

        return record;
    }

    /// <summary>The shown rows as a frame of string columns named after the headers.</summary>
    /// <returns>A new frame.</returns>
    public DataFrame ToDataFrame()
    {
        var rows = Rows;
        return new DataFrame(Headers.Select((h, i) => (DataFrameColumn)new StringDataFrameColumn(h, rows.Select(r => r[i]))));
    }
}

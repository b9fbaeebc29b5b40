namespace DataApps.Editing;

/// <summary>A row as the editor shows it: an original row of the frame or a row the user added.</summary>
/// <param name="Original">The original row index, or <c>null</c>.</param>
/// <param name="Added">The index among the added rows, or <c>null</c>.</param>
internal readonly record struct ShownRow(int? Original, int? Added)
{
    /// <summary>The rows in the order the edited frame has them: original rows not deleted, then added rows.</summary>
    public static List<ShownRow> Of(long originalCount, DataEdits edits)
    {
        var deleted = edits.DeletedRows.ToHashSet();
        var rows = new List<ShownRow>((int)originalCount + edits.AddedRows.Count);
        for (var i = 0; i < originalCount; i++)
        {
            if (!deleted.Contains(i))
            {
                rows.Add(new ShownRow(i, null));
            }
        }

        for (var i = 0; i < edits.AddedRows.Count; i++)
        {
            rows.Add(new ShownRow(null, i));
        }

        return rows;
    }

    /// <summary>The edits with one cell of this row set to <paramref name="text"/>.</summary>
    public DataEdits Set(DataEdits edits, string column, string? text) =>
        Original is { } row ? edits.WithCell(row, column, text) : edits.WithAddedCell(Added!.Value, column, text);

    /// <summary>The edits without this row.</summary>
    public DataEdits Delete(DataEdits edits) => Original is { } row ? edits.WithDeletedRow(row) : edits.WithoutAddedRow(Added!.Value);
}

using System.Text.Json.Serialization;

namespace DataApps;

/// <summary>
/// The value of a <c>ui.DataEditor</c>: the user's edits to a frame, by original row index and column name, as
/// Streamlit's <c>edited_rows</c>, <c>added_rows</c> and <c>deleted_rows</c>. Cells are kept as the text the user
/// entered (invariant culture; <c>null</c> is an empty cell), so the value is plain JSON.
/// </summary>
/// <example><c>var edits = (DataEdits)ui.State["prices"]!;</c></example>
public sealed record DataEdits
{
    /// <summary>No edits.</summary>
    public static DataEdits None { get; } = new();

    /// <summary>Changed cells: original row index → column name → the entered text.</summary>
    public IReadOnlyDictionary<int, IReadOnlyDictionary<string, string?>> EditedRows { get; init; } = new Dictionary<int, IReadOnlyDictionary<string, string?>>();

    /// <summary>Rows added at the end, in order: column name → the entered text (missing columns are empty).</summary>
    public IReadOnlyList<IReadOnlyDictionary<string, string?>> AddedRows { get; init; } = [];

    /// <summary>Original row indices the user deleted, ascending.</summary>
    public IReadOnlyList<int> DeletedRows { get; init; } = [];

    /// <summary>Whether there are no edits at all.</summary>
    [JsonIgnore]
    public bool IsEmpty => EditedRows.Count == 0 && AddedRows.Count == 0 && DeletedRows.Count == 0;

    /// <summary>These edits with one more changed cell of an original row.</summary>
    /// <param name="row">The original row index.</param>
    /// <param name="column">The column name.</param>
    /// <param name="text">The entered text; <c>null</c> empties the cell.</param>
    /// <example><c>edits.WithCell(0, "price", "12.5")</c></example>
    public DataEdits WithCell(int row, string column, string? text)
    {
        var rows = new Dictionary<int, IReadOnlyDictionary<string, string?>>(EditedRows);
        var cells = rows.TryGetValue(row, out var existing) ? new Dictionary<string, string?>(existing) : [];
        cells[column] = text;
        rows[row] = cells;
        return this with { EditedRows = rows };
    }

    /// <summary>These edits with one more row added at the end.</summary>
    /// <param name="values">The new row's cells by column name; missing columns are empty.</param>
    /// <example><c>edits.WithAddedRow(new Dictionary&lt;string, string?&gt; { ["item"] = "Pears" })</c></example>
    public DataEdits WithAddedRow(IReadOnlyDictionary<string, string?>? values = null) =>
        this with { AddedRows = [.. AddedRows, new Dictionary<string, string?>(values ?? new Dictionary<string, string?>())] };

    /// <summary>These edits with one cell of an added row changed.</summary>
    /// <param name="addedRow">The index among the added rows.</param>
    /// <param name="column">The column name.</param>
    /// <param name="text">The entered text; <c>null</c> empties the cell.</param>
    /// <example><c>edits.WithAddedCell(0, "qty", "3")</c></example>
    public DataEdits WithAddedCell(int addedRow, string column, string? text)
    {
        var rows = AddedRows.ToList();
        rows[addedRow] = new Dictionary<string, string?>(rows[addedRow]) { [column] = text };
        return this with { AddedRows = rows };
    }

    /// <summary>These edits with an original row deleted (its cell edits are dropped).</summary>
    /// <param name="row">The original row index.</param>
    /// <example><c>edits.WithDeletedRow(3)</c></example>
    public DataEdits WithDeletedRow(int row)
    {
        var rows = new Dictionary<int, IReadOnlyDictionary<string, string?>>(EditedRows);
        rows.Remove(row);
        return this with { EditedRows = rows, DeletedRows = [.. DeletedRows.Append(row).Distinct().Order()] };
    }

    /// <summary>These edits without an added row.</summary>
    /// <param name="addedRow">The index among the added rows.</param>
    /// <example><c>edits.WithoutAddedRow(0)</c></example>
    public DataEdits WithoutAddedRow(int addedRow)
    {
        var rows = AddedRows.ToList();
        rows.RemoveAt(addedRow);
        return this with { AddedRows = rows };
    }

    /// <inheritdoc />
    public bool Equals(DataEdits? other) =>
        other is not null &&
        DeletedRows.SequenceEqual(other.DeletedRows) &&
        AddedRows.Count == other.AddedRows.Count &&
        AddedRows.Zip(other.AddedRows).All(p => SameCells(p.First, p.Second)) &&
        EditedRows.Count == other.EditedRows.Count &&
        EditedRows.All(r => other.EditedRows.TryGetValue(r.Key, out var cells) && SameCells(r.Value, cells));

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(EditedRows.Count, AddedRows.Count, DeletedRows.Count);

    private static bool SameCells(IReadOnlyDictionary<string, string?> a, IReadOnlyDictionary<string, string?> b) =>
        a.Count == b.Count && a.All(c => b.TryGetValue(c.Key, out var v) && v == c.Value);
}

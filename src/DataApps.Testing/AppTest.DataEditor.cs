using DataApps.Editing;

namespace DataApps.Testing;

public sealed partial class AppTest
{
    /// <summary>The data editor with this key (or label).</summary>
    /// <param name="keyOrLabel">The key given to <c>ui.DataEditor</c>, or its label.</param>
    /// <returns>A handle to edit cells, add and delete rows as a user would.</returns>
    /// <example><c>await app.DataEditor("prices").SetCell(0, "price", 4.5).RunAsync();</c></example>
    public DataEditorHandle DataEditor(string keyOrLabel) => new(this, Find<DataEditorElement>(keyOrLabel));
}

/// <summary>
/// A data editor: change cells, add and delete rows as a user would, then run. Rows are counted as the table shows them
/// (and as the edited frame has them): original rows not deleted, then added rows.
/// </summary>
public sealed class DataEditorHandle : WidgetHandle<DataEditorElement>
{
    private DataEdits _edits;

    internal DataEditorHandle(AppTest app, DataEditorElement element)
        : base(app, element) => _edits = element.Edits;

    /// <summary>The edits, including those made through this handle since the last run.</summary>
    public DataEdits Edits => _edits;

    /// <summary>Types <paramref name="value"/> into a cell (numbers and dates in invariant format); it applies on the next run.</summary>
    /// <param name="row">The row as the table shows it.</param>
    /// <param name="column">The column name.</param>
    /// <param name="value">The value or text to enter; <c>null</c> empties the cell.</param>
    /// <returns>This handle, to chain more edits or <see cref="RunAsync"/>.</returns>
    public DataEditorHandle SetCell(int row, string column, object? value)
    {
        var shown = Row(row);
        RequireEditable(column);
        return Apply(shown.Set(_edits, column, value as string ?? CellParser.ToText(value)));
    }

    /// <summary>Adds a row at the end with the given cells (others empty); only in a dynamic editor.</summary>
    /// <param name="cells">Column names and values.</param>
    /// <returns>This handle, to chain more edits or <see cref="RunAsync"/>.</returns>
    public DataEditorHandle AddRow(params (string Column, object? Value)[] cells)
    {
        RequireDynamic();
        Array.ForEach(cells, c => RequireEditable(c.Column));
        return Apply(_edits.WithAddedRow(cells.ToDictionary(c => c.Column, c => c.Value as string ?? CellParser.ToText(c.Value))));
    }

    /// <summary>Deletes a row; only in a dynamic editor.</summary>
    /// <param name="row">The row as the table shows it.</param>
    /// <returns>This handle, to chain more edits or <see cref="RunAsync"/>.</returns>
    public DataEditorHandle DeleteRow(int row)
    {
        RequireDynamic();
        return Apply(Row(row).Delete(_edits));
    }

    /// <summary>Runs the page with the edits.</summary>
    /// <returns>The test.</returns>
    public Task<AppTest> RunAsync() => App.RunAsync();

    private ShownRow Row(int row)
    {
        var rows = ShownRow.Of(Element.Data.Rows.Count, _edits);
        return row >= 0 && row < rows.Count ? rows[row] : throw new ArgumentOutOfRangeException(nameof(row), row, $"The table shows {rows.Count} rows.");
    }

    private void RequireEditable(string column)
    {
        var target = Element.Columns.FirstOrDefault(c => c.Name == column)
            ?? throw new ArgumentException($"The data editor '{Element.Label}' has no column '{column}'; its columns are {string.Join(", ", Element.Columns.Select(c => c.Name))}.", nameof(column));
        if (target.ReadOnly)
        {
            throw new InvalidOperationException($"The column '{column}' is read-only; a user could not edit it.");
        }
    }

    private void RequireDynamic()
    {
        if (!Element.Dynamic)
        {
            throw new InvalidOperationException($"The data editor '{Element.Label}' has fixed rows; pass numRows: EditorRows.Dynamic to add or delete rows.");
        }
    }

    private DataEditorHandle Apply(DataEdits edits)
    {
        _edits = edits;
        Send(edits);
        return this;
    }
}

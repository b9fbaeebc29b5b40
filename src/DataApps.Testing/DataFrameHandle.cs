using DataApps.Data;

namespace DataApps.Testing;

/// <summary>A grid (<c>ui.DataFrame</c>) found in the last run: its columns and rows as shown, and its selection.</summary>
public sealed class DataFrameHandle : WidgetHandle<DataFrameElement>
{
    private readonly TableModel? _model;
    private readonly string? _error;

    internal DataFrameHandle(AppTest app, DataFrameElement element)
        : base(app, element) => _model = TableModel.Create(element.Data, [.. element.Columns], out _error);

    /// <summary>The headers of the visible columns, pinned ones first, as the grid shows them.</summary>
    public IReadOnlyList<string> Columns => [.. Model.Columns.Select(c => c.Label)];

    /// <summary>The number of rows in the frame.</summary>
    public int RowCount => Model.TotalCount;

    /// <summary>The selected rows, as indices into the frame.</summary>
    public IReadOnlyList<int> Selection => Element.Selected;

    /// <summary>The shown text of the cells of rows <paramref name="start"/> to <paramref name="start"/> + <paramref name="count"/>, in frame order.</summary>
    /// <param name="start">The first row.</param>
    /// <param name="count">How many rows (fewer at the end).</param>
    public IReadOnlyList<IReadOnlyList<string>> Rows(int start = 0, int count = 20) =>
        [.. Model.GetRows(start, count).Select(r => (IReadOnlyList<string>)[.. r.Cells.Select(c => c.Text)])];

    /// <summary>Selects exactly these rows, as a user would by clicking; it applies on the next run.</summary>
    /// <param name="rows">Indices into the frame.</param>
    /// <returns>The test, to chain <c>RunAsync</c>.</returns>
    /// <exception cref="InvalidOperationException">The grid does not allow this selection.</exception>
    public AppTest Select(params int[] rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var allowed = Element.Selection switch
        {
            RowSelection.None => 0,
            RowSelection.SingleRow => 1,
            _ => int.MaxValue,
        };
        if (rows.Length > allowed)
        {
            throw new InvalidOperationException($"The grid's selection is {Element.Selection}; a user could not select {rows.Length} row(s).");
        }

        if (rows.Any(r => r < 0 || r >= RowCount))
        {
            throw new ArgumentOutOfRangeException(nameof(rows), $"The grid has {RowCount} rows; row {rows.First(r => r < 0 || r >= RowCount)} is not one of them.");
        }

        Send(rows);
        return App;
    }

    private TableModel Model => _model ?? throw new InvalidOperationException(_error);
}

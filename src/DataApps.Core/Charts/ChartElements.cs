namespace DataApps;

/// <summary>A chart drawn by a chart verb (<c>ui.LineChart</c>, <c>ui.BarChart</c>, …).</summary>
/// <param name="Chart">What the chart draws.</param>
public sealed record ChartElement(Chart Chart) : Element;

/// <summary>A chart whose selected points come back to the script (a chart verb with <c>selection:</c> or <c>onSelect:</c>).</summary>
/// <param name="WidgetId">The widget's identity.</param>
/// <param name="Label">The label: the chart title (shown above the chart), or empty.</param>
/// <param name="Chart">What the chart draws.</param>
/// <param name="Mode">How the user selects points.</param>
/// <param name="Selection">The points selected now.</param>
public sealed record SelectableChartElement(string WidgetId, string Label, Chart Chart, ChartSelectionMode Mode, ChartSelection Selection)
    : WidgetElement(WidgetId, Label);

/// <summary>The points selected on a chart, returned by a chart verb with <c>selection:</c> or <c>onSelect:</c>.</summary>
/// <param name="Points">The selected points, in the order the browser reported them (histograms, heatmaps and boxes: every row behind the selected bins, cells or boxes).</param>
public sealed record ChartSelection(EquatableArray<SelectedPoint> Points)
{
    /// <summary>Nothing selected.</summary>
    public static ChartSelection Empty { get; } = new(EquatableArray<SelectedPoint>.Empty);

    /// <summary>The clicked cells of a heatmap, in click order; empty for other charts.</summary>
    public EquatableArray<SelectedCell> Cells { get; init; } = EquatableArray<SelectedCell>.Empty;

    /// <summary>Whether nothing is selected.</summary>
    public bool IsEmpty => Points.Count == 0 && Cells.Count == 0;

    /// <summary>The distinct source rows of the selected points, ascending: indices into the chart's data.</summary>
    /// <example><c>var picked = df.Filter(selection.Rows);</c></example>
    public IReadOnlyList<int> Rows => [.. Points.Select(p => p.Row).Distinct().Order()];
}

/// <summary>One selected point.</summary>
/// <param name="Row">The row of the chart's data the point comes from (downsampling does not change it).</param>
/// <param name="Series">The name of the point's series (a y column or a colour value).</param>
/// <param name="X">The point's x value as the data holds it (the row number when the chart has no x column).</param>
/// <param name="Y">The point's y value as the data holds it.</param>
public sealed record SelectedPoint(int Row, string Series, object? X, object? Y);

/// <summary>One selected heatmap cell.</summary>
/// <param name="X">The cell's column label (an x value, or a column name of a matrix).</param>
/// <param name="Y">The cell's row label (a y value, or a row label of a matrix).</param>
/// <param name="Value">The number the cell shows (the mean, the count, or the matrix entry); <c>NaN</c> for an empty cell.</param>
public sealed record SelectedCell(string X, string Y, double Value);

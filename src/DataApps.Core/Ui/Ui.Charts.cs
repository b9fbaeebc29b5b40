using DataApps.Charts;
using Microsoft.Data.Analysis;

namespace DataApps;

public sealed partial class Ui
{
    /// <summary>Draws lines through the points: one series per y column, or per distinct value of <paramref name="color"/> (long data).</summary>
    /// <param name="data">A <see cref="DataFrame"/> or any sequence of records (converted once).</param>
    /// <param name="x">The x column; the row number when <c>null</c>.</param>
    /// <param name="y">One column (<c>"loss"</c>) or many (<c>["loss", "val_loss"]</c>); every numeric column when omitted.</param>
    /// <param name="color">A column whose distinct values become one series each.</param>
    /// <param name="title">The chart title.</param>
    /// <param name="height">The height in pixels (400 by default).</param>
    /// <param name="xLabel">The x axis title.</param>
    /// <param name="yLabel">The y axis title.</param>
    /// <param name="selection">Makes the chart a widget that returns the points the user selects this way.</param>
    /// <param name="onSelect">Called before the next run when the selection changes; implies box selection.</param>
    /// <param name="key">The widget key of a selectable chart.</param>
    /// <returns>The selected points; empty unless the chart is selectable.</returns>
    /// <remarks>Series longer than 4,000 points are downsampled on the server keeping their extremes; zooming in shows full detail.</remarks>
    /// <example><c>ui.LineChart(history, x: "epoch", y: ["loss", "val_loss"]);</c></example>
    public ChartSelection LineChart(object data, string? x = null, Columns y = default, string? color = null, string? title = null,
        int? height = null, string? xLabel = null, string? yLabel = null, ChartSelectionMode selection = ChartSelectionMode.None,
        Action? onSelect = null, string? key = null) =>
        Chart(ChartKind.Line, data, f => new Chart(ChartKind.Line, f) { X = x, Y = y, Color = color, Options = new(title, height, xLabel, yLabel) },
            selection, onSelect, key);

    /// <summary>Draws stacked filled areas: one series per y column, or per distinct value of <paramref name="color"/>.</summary>
    /// <param name="data">A <see cref="DataFrame"/> or any sequence of records (converted once).</param>
    /// <param name="x">The x column; the row number when <c>null</c>.</param>
    /// <param name="y">One column or many; every numeric column when omitted.</param>
    /// <param name="color">A column whose distinct values become one series each.</param>
    /// <param name="title">The chart title.</param>
    /// <param name="height">The height in pixels (400 by default).</param>
    /// <param name="xLabel">The x axis title.</param>
    /// <param name="yLabel">The y axis title.</param>
    /// <param name="selection">Makes the chart a widget that returns the points the user selects this way.</param>
    /// <param name="onSelect">Called before the next run when the selection changes; implies box selection.</param>
    /// <param name="key">The widget key of a selectable chart.</param>
    /// <returns>The selected points; empty unless the chart is selectable.</returns>
    /// <example><c>ui.AreaChart(sales, x: "month", y: "revenue", color: "region");</c></example>
    public ChartSelection AreaChart(object data, string? x = null, Columns y = default, string? color = null, string? title = null,
        int? height = null, string? xLabel = null, string? yLabel = null, ChartSelectionMode selection = ChartSelectionMode.None,
        Action? onSelect = null, string? key = null) =>
        Chart(ChartKind.Area, data, f => new Chart(ChartKind.Area, f) { X = x, Y = y, Color = color, Options = new(title, height, xLabel, yLabel) },
            selection, onSelect, key);

    /// <summary>Draws bars: several series side by side (grouped), <paramref name="stacked"/>, or <paramref name="horizontal"/>.</summary>
    /// <param name="data">A <see cref="DataFrame"/> or any sequence of records (converted once).</param>
    /// <param name="x">The category (or number) column along the bars' base; the row number when <c>null</c>.</param>
    /// <param name="y">One column or many: the bar lengths; every numeric column when omitted.</param>
    /// <param name="color">A column whose distinct values become one series each.</param>
    /// <param name="stacked">Stack the series instead of grouping them.</param>
    /// <param name="horizontal">Draw bars from the left instead of from the bottom.</param>
    /// <param name="title">The chart title.</param>
    /// <param name="height">The height in pixels (400 by default).</param>
    /// <param name="xLabel">The category axis title.</param>
    /// <param name="yLabel">The value axis title.</param>
    /// <param name="selection">Makes the chart a widget that returns the bars the user selects this way.</param>
    /// <param name="onSelect">Called before the next run when the selection changes; implies box selection.</param>
    /// <param name="key">The widget key of a selectable chart.</param>
    /// <returns>The selected bars; empty unless the chart is selectable.</returns>
    /// <example><c>ui.BarChart(medals, x: "country", y: ["gold", "silver", "bronze"], stacked: true);</c></example>
    public ChartSelection BarChart(object data, string? x = null, Columns y = default, string? color = null, bool stacked = false,
        bool horizontal = false, string? title = null, int? height = null, string? xLabel = null, string? yLabel = null,
        ChartSelectionMode selection = ChartSelectionMode.None, Action? onSelect = null, string? key = null) =>
        Chart(ChartKind.Bar, data, f => new Chart(ChartKind.Bar, f)
        {
            X = x, Y = y, Color = color,
            Options = new ChartOptions(title, height, xLabel, yLabel) { Stacked = stacked, Horizontal = horizontal },
        }, selection, onSelect, key);

    /// <summary>Draws markers at (x, y), coloured by a column (categories become series, numbers a colour scale) and sized by another.</summary>
    /// <param name="data">A <see cref="DataFrame"/> or any sequence of records (converted once).</param>
    /// <param name="x">The x column; the row number when <c>null</c>.</param>
    /// <param name="y">One column or many; every numeric column when omitted.</param>
    /// <param name="color">A column: distinct text values become series, numbers a colour scale.</param>
    /// <param name="size">A numeric column that sizes the markers.</param>
    /// <param name="title">The chart title.</param>
    /// <param name="height">The height in pixels (400 by default).</param>
    /// <param name="xLabel">The x axis title.</param>
    /// <param name="yLabel">The y axis title.</param>
    /// <param name="selection">Makes the chart a widget that returns the points the user selects this way.</param>
    /// <param name="onSelect">Called before the next run when the selection changes; implies box selection.</param>
    /// <param name="key">The widget key of a selectable chart.</param>
    /// <returns>The selected points; empty unless the chart is selectable.</returns>
    /// <example><c>var picked = ui.ScatterChart(penguins, x: "bill_length_mm", y: "bill_depth_mm", color: "species", selection: ChartSelectionMode.Box);</c></example>
    public ChartSelection ScatterChart(object data, string? x = null, Columns y = default, string? color = null, string? size = null,
        string? title = null, int? height = null, string? xLabel = null, string? yLabel = null,
        ChartSelectionMode selection = ChartSelectionMode.None, Action? onSelect = null, string? key = null) =>
        Chart(ChartKind.Scatter, data, f => new Chart(ChartKind.Scatter, f) { X = x, Y = y, Color = color, Size = size, Options = new(title, height, xLabel, yLabel) },
            selection, onSelect, key);

    /// <summary>Draws a histogram of a numeric column, binned on the server; <paramref name="color"/> splits it into stacked series.</summary>
    /// <param name="data">A <see cref="DataFrame"/> or any sequence of records (converted once).</param>
    /// <param name="x">The column to bin; the <paramref name="y"/> columns (or every numeric column) when <c>null</c>.</param>
    /// <param name="y">Several columns binned on the same edges, one series each.</param>
    /// <param name="color">A column whose distinct values become one series each.</param>
    /// <param name="bins">The number of bins; about √n up to 50 when <c>null</c>.</param>
    /// <param name="title">The chart title.</param>
    /// <param name="height">The height in pixels (400 by default).</param>
    /// <param name="xLabel">The x axis title.</param>
    /// <param name="yLabel">The y axis title (<c>count</c> by default).</param>
    /// <example><c>ui.Histogram(penguins, x: "body_mass_g", color: "species", bins: 30);</c></example>
    public void Histogram(object data, string? x = null, Columns y = default, string? color = null, int? bins = null, string? title = null,
        int? height = null, string? xLabel = null, string? yLabel = null) =>
        Chart(ChartKind.Histogram, data, f => new Chart(ChartKind.Histogram, f)
        {
            X = x, Y = y, Color = color,
            Options = new ChartOptions(title, height, xLabel, yLabel) { Bins = bins },
        }, ChartSelectionMode.None, null, null);

    /// <summary>Draws a colour matrix: the mean of <paramref name="value"/> (or the row count) per <paramref name="x"/> and <paramref name="y"/> value, or the numeric columns as a matrix.</summary>
    /// <param name="data">A <see cref="DataFrame"/> or any sequence of records (converted once).</param>
    /// <param name="x">The column across; with one <paramref name="y"/> column, a pivot. Without <paramref name="y"/>, the row labels.</param>
    /// <param name="y">The column down (a pivot), or the columns of a matrix (every numeric column when omitted).</param>
    /// <param name="value">The numeric column averaged per cell of a pivot; the count of rows when <c>null</c>.</param>
    /// <param name="title">The chart title.</param>
    /// <param name="height">The height in pixels (400 by default).</param>
    /// <param name="xLabel">The x axis title.</param>
    /// <param name="yLabel">The y axis title.</param>
    /// <example><c>ui.Heatmap(trips, x: "weekday", y: "hour", value: "duration");</c></example>
    public void Heatmap(object data, string? x = null, Columns y = default, string? value = null, string? title = null, int? height = null,
        string? xLabel = null, string? yLabel = null) =>
        Chart(ChartKind.Heatmap, data, f => new Chart(ChartKind.Heatmap, f) { X = x, Y = y, Value = value, Options = new(title, height, xLabel, yLabel) },
            ChartSelectionMode.None, null, null);

    /// <summary>Draws box plots (quartiles and 1.5 IQR whiskers, computed on the server) of the y columns, one box per value of <paramref name="x"/>.</summary>
    /// <param name="data">A <see cref="DataFrame"/> or any sequence of records (converted once).</param>
    /// <param name="x">A column whose distinct values get one box each.</param>
    /// <param name="y">One column or many; every numeric column when omitted.</param>
    /// <param name="color">A grouping column used when <paramref name="x"/> is not given.</param>
    /// <param name="title">The chart title.</param>
    /// <param name="height">The height in pixels (400 by default).</param>
    /// <param name="xLabel">The x axis title.</param>
    /// <param name="yLabel">The y axis title.</param>
    /// <example><c>ui.BoxChart(penguins, x: "species", y: "body_mass_g");</c></example>
    public void BoxChart(object data, string? x = null, Columns y = default, string? color = null, string? title = null, int? height = null,
        string? xLabel = null, string? yLabel = null) =>
        Chart(ChartKind.Box, data, f => new Chart(ChartKind.Box, f) { X = x, Y = y, Color = color, Options = new(title, height, xLabel, yLabel) },
            ChartSelectionMode.None, null, null);

    /// <summary>The one path of the chart verbs: data → chart → checks → element (or widget when selectable).</summary>
    private ChartSelection Chart(ChartKind kind, object data, Func<DataFrame, Chart> build, ChartSelectionMode selection, Action? onSelect, string? key)
    {
        Checkpoint();
        var frame = DataFrameConversion.AsSharedDataFrame(data);
        if (frame is null)
        {
            Error($"A {kind.ToString().ToLowerInvariant()} chart needs a DataFrame or a sequence of records, not {(data is null ? "null" : data.GetType().Name)}.");
            return ChartSelection.Empty;
        }

        var chart = build(frame);
        if (ChartData.Validate(chart) is { } error)
        {
            Error(error);
            return ChartSelection.Empty;
        }

        if (selection == ChartSelectionMode.None && onSelect is null)
        {
            Add(new ChartElement(chart));
            return ChartSelection.Empty;
        }

        var mode = selection == ChartSelectionMode.None ? ChartSelectionMode.Box : selection;
        return Widget(new ChartSelectionSpec(chart.Options.Title ?? "", chart, mode) { Key = key, OnChange = onSelect });
    }
}

using DataApps.Charts;
using Microsoft.Data.Analysis;

namespace DataApps;

public sealed partial class Ui
{
    /// <summary>Draws a histogram of a numeric column, binned on the server; <paramref name="color"/> splits it into stacked series.</summary>
    /// <typeparam name="T">The record type: each public property is a column (a dictionary of named series: one column per key).</typeparam>
    /// <param name="data">The rows (an array, a list, a query, a collection expression), converted once; or a <c>DataFrame</c>, held by reference.</param>
    /// <param name="x">The column to bin; the <paramref name="y"/> columns (or every numeric column) when <c>null</c>.</param>
    /// <param name="y">Several columns binned on the same edges, one series each.</param>
    /// <param name="color">A column whose distinct values become one series each.</param>
    /// <param name="bins">The number of bins; about √n up to 50 when <c>null</c>.</param>
    /// <param name="title">The chart title.</param>
    /// <param name="height">The height in pixels (400 by default).</param>
    /// <param name="xLabel">The x axis title.</param>
    /// <param name="yLabel">The y axis title (<c>count</c> by default).</param>
    /// <param name="selection">Makes the chart a widget that returns the rows of the bins the user selects (box, lasso or clicks).</param>
    /// <param name="onSelect">Called before the next run when the selection changes; implies box selection.</param>
    /// <param name="key">The widget key of a selectable chart.</param>
    /// <param name="rules">Reference lines and bands (<see cref="Rule"/>): <c>Rule.X</c> marks a value, <c>Rule.Y</c> a count.</param>
    /// <returns>One point per row in the selected bins (<see cref="SelectedPoint.X"/> is the row's value); empty unless the chart is selectable.</returns>
    /// <example><c>ui.Histogram(penguins, x: "body_mass_g", color: "species", bins: 30, rules: [Rule.X(4200, "mean")]);</c></example>
    public ChartSelection Histogram<T>(IEnumerable<T> data, string? x = null, Columns y = default, string? color = null, int? bins = null,
        string? title = null, int? height = null, string? xLabel = null, string? yLabel = null, ChartSelectionMode selection = ChartSelectionMode.None,
        Action? onSelect = null, string? key = null, IReadOnlyList<Rule>? rules = null) =>
        Chart(ChartKind.Histogram, ChartSources.Frame(data), f => new Chart(ChartKind.Histogram, f)
        {
            X = x, Y = y, Color = color, Options = new ChartOptions(title, height, xLabel, yLabel) { Bins = bins, Rules = Rules(rules) },
        }, selection, onSelect, key);

    /// <inheritdoc cref="Histogram{T}"/>
    /// <example><c>ui.Histogram(frame, x: "body_mass_g", bins: 30);</c></example>
    public ChartSelection Histogram(DataFrame data, string? x = null, Columns y = default, string? color = null, int? bins = null,
        string? title = null, int? height = null, string? xLabel = null, string? yLabel = null, ChartSelectionMode selection = ChartSelectionMode.None,
        Action? onSelect = null, string? key = null, IReadOnlyList<Rule>? rules = null) =>
        Chart(ChartKind.Histogram, ChartSources.Frame(data), f => new Chart(ChartKind.Histogram, f)
        {
            X = x, Y = y, Color = color, Options = new ChartOptions(title, height, xLabel, yLabel) { Bins = bins, Rules = Rules(rules) },
        }, selection, onSelect, key);

    /// <summary>Draws a colour matrix: the mean of <paramref name="value"/> (or the row count) per <paramref name="x"/> and <paramref name="y"/> value, or the numeric columns as a matrix.</summary>
    /// <typeparam name="T">The record type: each public property is a column (a dictionary of named series: one column per key).</typeparam>
    /// <param name="data">The rows (an array, a list, a query, a collection expression), converted once; or a <c>DataFrame</c>, held by reference.</param>
    /// <param name="x">The column across; with one <paramref name="y"/> column, a pivot. Without <paramref name="y"/>, the row labels.</param>
    /// <param name="y">The column down (a pivot), or the columns of a matrix (every numeric column when omitted).</param>
    /// <param name="value">The numeric column averaged per cell of a pivot; the count of rows when <c>null</c>.</param>
    /// <param name="title">The chart title.</param>
    /// <param name="height">The height in pixels (400 by default).</param>
    /// <param name="xLabel">The x axis title.</param>
    /// <param name="yLabel">The y axis title.</param>
    /// <param name="showValues">Writes each cell's number in the cell (a confusion matrix), in a colour that contrasts with the cell.</param>
    /// <param name="format">The .NET number format of the cell numbers (<c>"N0"</c>, <c>"0.00"</c>, <c>"P1"</c>); implies <paramref name="showValues"/>. Up to two decimals when <c>null</c>.</param>
    /// <param name="selection">Makes the chart a widget: clicking a cell selects it (<see cref="ChartSelectionMode.Points"/>, the only mode a heatmap has).</param>
    /// <param name="onSelect">Called before the next run when the selection changes; implies selection by click.</param>
    /// <param name="key">The widget key of a selectable chart.</param>
    /// <returns>The clicked cells (<see cref="ChartSelection.Cells"/>) and their rows; empty unless the chart is selectable.</returns>
    /// <example><c>ui.Heatmap(confusion, x: "actual", showValues: true, format: "N0");</c></example>
    public ChartSelection Heatmap<T>(IEnumerable<T> data, string? x = null, Columns y = default, string? value = null, string? title = null,
        int? height = null, string? xLabel = null, string? yLabel = null, bool showValues = false, string? format = null,
        ChartSelectionMode selection = ChartSelectionMode.None, Action? onSelect = null, string? key = null) =>
        Chart(ChartKind.Heatmap, ChartSources.Frame(data), f => new Chart(ChartKind.Heatmap, f)
        {
            X = x, Y = y, Value = value,
            Options = new ChartOptions(title, height, xLabel, yLabel) { ShowValues = showValues || format is not null, ValueFormat = format },
        }, selection, onSelect, key);

    /// <inheritdoc cref="Heatmap{T}"/>
    /// <example><c>ui.Heatmap(trips, x: "hour", y: "weekday", value: "minutes", showValues: true, format: "0");</c></example>
    public ChartSelection Heatmap(DataFrame data, string? x = null, Columns y = default, string? value = null, string? title = null,
        int? height = null, string? xLabel = null, string? yLabel = null, bool showValues = false, string? format = null,
        ChartSelectionMode selection = ChartSelectionMode.None, Action? onSelect = null, string? key = null) =>
        Chart(ChartKind.Heatmap, ChartSources.Frame(data), f => new Chart(ChartKind.Heatmap, f)
        {
            X = x, Y = y, Value = value,
            Options = new ChartOptions(title, height, xLabel, yLabel) { ShowValues = showValues || format is not null, ValueFormat = format },
        }, selection, onSelect, key);

    /// <summary>Draws box plots (quartiles and 1.5 IQR whiskers, computed on the server) of the y columns, one box per value of <paramref name="x"/>.</summary>
    /// <typeparam name="T">The record type: each public property is a column (a dictionary of named series: one column per key).</typeparam>
    /// <param name="data">The rows (an array, a list, a query, a collection expression), converted once; or a <c>DataFrame</c>, held by reference.</param>
    /// <param name="x">A column whose distinct values get one box each.</param>
    /// <param name="y">One column or many; every numeric column when omitted.</param>
    /// <param name="color">A grouping column used when <paramref name="x"/> is not given.</param>
    /// <param name="title">The chart title.</param>
    /// <param name="height">The height in pixels (400 by default).</param>
    /// <param name="xLabel">The x axis title.</param>
    /// <param name="yLabel">The y axis title.</param>
    /// <param name="selection">Makes the chart a widget: clicking a box selects its rows (<see cref="ChartSelectionMode.Points"/>, the only mode a box chart has).</param>
    /// <param name="onSelect">Called before the next run when the selection changes; implies selection by click.</param>
    /// <param name="key">The widget key of a selectable chart.</param>
    /// <param name="rules">Reference lines and bands (<see cref="Rule"/>): <c>Rule.Y</c> marks a value, <c>Rule.X</c> a box by name.</param>
    /// <returns>One point per row of the clicked boxes; empty unless the chart is selectable.</returns>
    /// <example><c>ui.BoxChart(penguins, x: "species", y: "body_mass_g", rules: [Rule.Y(4000, "target")]);</c></example>
    public ChartSelection BoxChart<T>(IEnumerable<T> data, string? x = null, Columns y = default, string? color = null, string? title = null,
        int? height = null, string? xLabel = null, string? yLabel = null, ChartSelectionMode selection = ChartSelectionMode.None,
        Action? onSelect = null, string? key = null, IReadOnlyList<Rule>? rules = null) =>
        Chart(ChartKind.Box, ChartSources.Frame(data), f => new Chart(ChartKind.Box, f)
        {
            X = x, Y = y, Color = color, Options = new ChartOptions(title, height, xLabel, yLabel) { Rules = Rules(rules) },
        }, selection, onSelect, key);

    /// <inheritdoc cref="BoxChart{T}"/>
    /// <example><c>ui.BoxChart(frame, x: "species", y: "body_mass_g");</c></example>
    public ChartSelection BoxChart(DataFrame data, string? x = null, Columns y = default, string? color = null, string? title = null,
        int? height = null, string? xLabel = null, string? yLabel = null, ChartSelectionMode selection = ChartSelectionMode.None,
        Action? onSelect = null, string? key = null, IReadOnlyList<Rule>? rules = null) =>
        Chart(ChartKind.Box, ChartSources.Frame(data), f => new Chart(ChartKind.Box, f)
        {
            X = x, Y = y, Color = color, Options = new ChartOptions(title, height, xLabel, yLabel) { Rules = Rules(rules) },
        }, selection, onSelect, key);

    private static EquatableArray<Rule> Rules(IReadOnlyList<Rule>? rules) => rules is null or { Count: 0 } ? EquatableArray<Rule>.Empty : rules.ToArray();

    /// <summary>The one path of the chart verbs: data → chart → checks → element (or widget when selectable).</summary>
    private ChartSelection Chart(ChartKind kind, ChartSource source, Func<DataFrame, Chart> build, ChartSelectionMode selection, Action? onSelect, string? key)
    {
        Checkpoint();
        if (source.Frame is not { } frame)
        {
            Error(source.Error(kind));
            return ChartSelection.Empty;
        }

        var chart = build(frame);
        if ((ChartData.Validate(chart) ?? ChartSelectionSpec.ValidateMode(chart, selection)) is { } error)
        {
            Error(error);
            return ChartSelection.Empty;
        }

        if (selection == ChartSelectionMode.None && onSelect is null)
        {
            Add(new ChartElement(chart));
            return ChartSelection.Empty;
        }

        var mode = selection != ChartSelectionMode.None ? selection : kind is ChartKind.Heatmap or ChartKind.Box ? ChartSelectionMode.Points : ChartSelectionMode.Box;
        return Widget(new ChartSelectionSpec(chart.Options.Title ?? "", chart, mode) { Key = key, OnChange = onSelect });
    }
}

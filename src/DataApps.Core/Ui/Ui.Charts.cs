using DataApps.Charts;
using Microsoft.Data.Analysis;

namespace DataApps;

// Note [Chart data overloads]: every chart verb has two overloads, a DataFrame and an IEnumerable<T> of records, rather
// than one `object data`. A collection expression (`[..train, ..test]`) needs a target type, and IEnumerable<T> gives it
// one (T is inferred from the elements); arrays, List<T>, LINQ queries and anonymous types bind to it too. A DataFrame
// is not an IEnumerable<T>, so no call is ambiguous. A dictionary of named series (`{ ["loss"] = [...] }`, Streamlit's
// dict of columns) arrives as an IEnumerable<KeyValuePair<string, TSeries>> and becomes one column per key
// (ChartSources). tests/DataApps.Core.Tests/Charts/ChartDataShapesTests.cs compiles every call shape.
public sealed partial class Ui
{
    /// <summary>Draws lines through the points: one series per y column, or per distinct value of <paramref name="color"/> (long data).</summary>
    /// <typeparam name="T">The record type: each public property is a column (a dictionary of named series: one column per key).</typeparam>
    /// <param name="data">The rows: an array, a list, a query, a collection expression (<c>[..train, ..test]</c>), converted once; or a <c>DataFrame</c>, held by reference (treat it as immutable).</param>
    /// <param name="x">The x column; the row number when <c>null</c>.</param>
    /// <param name="y">One column (<c>"loss"</c>) or many (<c>["loss", "val_loss"]</c>); every numeric column when omitted.</param>
    /// <param name="color">A column whose distinct values become one series each.</param>
    /// <param name="title">The chart title.</param>
    /// <param name="height">The height in pixels (400 by default).</param>
    /// <param name="xLabel">The x axis title; the x column name when <c>null</c> (Streamlit's <c>x_label</c>).</param>
    /// <param name="yLabel">The y axis title; the y column name when there is one y column (Streamlit's <c>y_label</c>).</param>
    /// <param name="selection">Makes the chart a widget that returns the points the user selects this way.</param>
    /// <param name="onSelect">Called before the next run when the selection changes; implies box selection.</param>
    /// <param name="key">The widget key of a selectable chart.</param>
    /// <param name="rules">Reference lines and bands: <c>[Rule.Y(0.5, "threshold"), Rule.Band(y0: 0.4, y1: 0.6, "target")]</c>.</param>
    /// <returns>The selected points; empty unless the chart is selectable.</returns>
    /// <remarks>Series longer than 4,000 points are downsampled on the server keeping their extremes; zooming in shows full detail.</remarks>
    /// <example><c>ui.LineChart(history, x: "epoch", y: ["loss", "val_loss"], yLabel: "loss", rules: [Rule.Y(0.5, "threshold")]);</c></example>
    public ChartSelection LineChart<T>(IEnumerable<T> data, string? x = null, Columns y = default, string? color = null, string? title = null,
        int? height = null, string? xLabel = null, string? yLabel = null, ChartSelectionMode selection = ChartSelectionMode.None,
        Action? onSelect = null, string? key = null, IReadOnlyList<Rule>? rules = null) =>
        Chart(ChartKind.Line, ChartSources.Frame(data), f => new Chart(ChartKind.Line, f)
        {
            X = x, Y = y, Color = color, Options = new ChartOptions(title, height, xLabel, yLabel) { Rules = Rules(rules) },
        }, selection, onSelect, key);

    /// <inheritdoc cref="LineChart{T}"/>
    /// <example><c>ui.LineChart(frame, x: "date", y: "close", rules: [Rule.X(new DateTime(2024, 3, 1), "release")]);</c></example>
    public ChartSelection LineChart(DataFrame data, string? x = null, Columns y = default, string? color = null, string? title = null,
        int? height = null, string? xLabel = null, string? yLabel = null, ChartSelectionMode selection = ChartSelectionMode.None,
        Action? onSelect = null, string? key = null, IReadOnlyList<Rule>? rules = null) =>
        Chart(ChartKind.Line, ChartSources.Frame(data), f => new Chart(ChartKind.Line, f)
        {
            X = x, Y = y, Color = color, Options = new ChartOptions(title, height, xLabel, yLabel) { Rules = Rules(rules) },
        }, selection, onSelect, key);

    /// <summary>Draws stacked filled areas: one series per y column, or per distinct value of <paramref name="color"/>.</summary>
    /// <typeparam name="T">The record type: each public property is a column (a dictionary of named series: one column per key).</typeparam>
    /// <param name="data">The rows (an array, a list, a query, a collection expression), converted once; or a <c>DataFrame</c>, held by reference.</param>
    /// <param name="x">The x column; the row number when <c>null</c>.</param>
    /// <param name="y">One column or many; every numeric column when omitted.</param>
    /// <param name="color">A column whose distinct values become one series each.</param>
    /// <param name="title">The chart title.</param>
    /// <param name="height">The height in pixels (400 by default).</param>
    /// <param name="xLabel">The x axis title; the x column name when <c>null</c>.</param>
    /// <param name="yLabel">The y axis title; the y column name when there is one y column.</param>
    /// <param name="selection">Makes the chart a widget that returns the points the user selects this way.</param>
    /// <param name="onSelect">Called before the next run when the selection changes; implies box selection.</param>
    /// <param name="key">The widget key of a selectable chart.</param>
    /// <param name="rules">Reference lines and bands (<see cref="Rule"/>).</param>
    /// <returns>The selected points; empty unless the chart is selectable.</returns>
    /// <example><c>ui.AreaChart(sales, x: "month", y: "revenue", color: "region");</c></example>
    public ChartSelection AreaChart<T>(IEnumerable<T> data, string? x = null, Columns y = default, string? color = null, string? title = null,
        int? height = null, string? xLabel = null, string? yLabel = null, ChartSelectionMode selection = ChartSelectionMode.None,
        Action? onSelect = null, string? key = null, IReadOnlyList<Rule>? rules = null) =>
        Chart(ChartKind.Area, ChartSources.Frame(data), f => new Chart(ChartKind.Area, f)
        {
            X = x, Y = y, Color = color, Options = new ChartOptions(title, height, xLabel, yLabel) { Rules = Rules(rules) },
        }, selection, onSelect, key);

    /// <inheritdoc cref="AreaChart{T}"/>
    /// <example><c>ui.AreaChart(frame, x: "month", y: "revenue", color: "region");</c></example>
    public ChartSelection AreaChart(DataFrame data, string? x = null, Columns y = default, string? color = null, string? title = null,
        int? height = null, string? xLabel = null, string? yLabel = null, ChartSelectionMode selection = ChartSelectionMode.None,
        Action? onSelect = null, string? key = null, IReadOnlyList<Rule>? rules = null) =>
        Chart(ChartKind.Area, ChartSources.Frame(data), f => new Chart(ChartKind.Area, f)
        {
            X = x, Y = y, Color = color, Options = new ChartOptions(title, height, xLabel, yLabel) { Rules = Rules(rules) },
        }, selection, onSelect, key);

    /// <summary>Draws bars: several series side by side (grouped), <paramref name="stacked"/>, or <paramref name="horizontal"/>.</summary>
    /// <typeparam name="T">The record type: each public property is a column (a dictionary of named series: one column per key).</typeparam>
    /// <param name="data">The rows (an array, a list, a query, a collection expression), converted once; or a <c>DataFrame</c>, held by reference.</param>
    /// <param name="x">The category (or number) column along the bars' base; the row number when <c>null</c>.</param>
    /// <param name="y">One column or many: the bar lengths; every numeric column when omitted.</param>
    /// <param name="color">A column whose distinct values become one series each.</param>
    /// <param name="stacked">Stack the series instead of grouping them.</param>
    /// <param name="horizontal">Draw bars from the left instead of from the bottom.</param>
    /// <param name="title">The chart title.</param>
    /// <param name="height">The height in pixels (400 by default).</param>
    /// <param name="xLabel">The title of the category axis (the x column's).</param>
    /// <param name="yLabel">The title of the value axis.</param>
    /// <param name="selection">Makes the chart a widget that returns the bars the user selects this way.</param>
    /// <param name="onSelect">Called before the next run when the selection changes; implies box selection.</param>
    /// <param name="key">The widget key of a selectable chart.</param>
    /// <param name="rules">Reference lines and bands (<see cref="Rule"/>); <c>Rule.Y</c> marks a bar length, also on horizontal bars.</param>
    /// <returns>The selected bars; empty unless the chart is selectable.</returns>
    /// <example><c>ui.BarChart(medals, x: "country", y: ["gold", "silver", "bronze"], stacked: true);</c></example>
    public ChartSelection BarChart<T>(IEnumerable<T> data, string? x = null, Columns y = default, string? color = null, bool stacked = false,
        bool horizontal = false, string? title = null, int? height = null, string? xLabel = null, string? yLabel = null,
        ChartSelectionMode selection = ChartSelectionMode.None, Action? onSelect = null, string? key = null, IReadOnlyList<Rule>? rules = null) =>
        Chart(ChartKind.Bar, ChartSources.Frame(data), f => new Chart(ChartKind.Bar, f)
        {
            X = x, Y = y, Color = color,
            Options = new ChartOptions(title, height, xLabel, yLabel) { Stacked = stacked, Horizontal = horizontal, Rules = Rules(rules) },
        }, selection, onSelect, key);

    /// <inheritdoc cref="BarChart{T}"/>
    /// <example><c>ui.BarChart(frame, x: "country", y: "gold", horizontal: true);</c></example>
    public ChartSelection BarChart(DataFrame data, string? x = null, Columns y = default, string? color = null, bool stacked = false,
        bool horizontal = false, string? title = null, int? height = null, string? xLabel = null, string? yLabel = null,
        ChartSelectionMode selection = ChartSelectionMode.None, Action? onSelect = null, string? key = null, IReadOnlyList<Rule>? rules = null) =>
        Chart(ChartKind.Bar, ChartSources.Frame(data), f => new Chart(ChartKind.Bar, f)
        {
            X = x, Y = y, Color = color,
            Options = new ChartOptions(title, height, xLabel, yLabel) { Stacked = stacked, Horizontal = horizontal, Rules = Rules(rules) },
        }, selection, onSelect, key);

    /// <summary>Draws markers at (x, y), coloured by a column (categories become series, numbers a colour scale) and sized by another.</summary>
    /// <typeparam name="T">The record type: each public property is a column (a dictionary of named series: one column per key).</typeparam>
    /// <param name="data">The rows (an array, a list, a query, a collection expression), converted once; or a <c>DataFrame</c>, held by reference.</param>
    /// <param name="x">The x column; the row number when <c>null</c>.</param>
    /// <param name="y">One column or many; every numeric column when omitted.</param>
    /// <param name="color">A column: distinct text values become series, numbers a colour scale.</param>
    /// <param name="size">A numeric column that sizes the markers.</param>
    /// <param name="title">The chart title.</param>
    /// <param name="height">The height in pixels (400 by default).</param>
    /// <param name="xLabel">The x axis title; the x column name when <c>null</c>.</param>
    /// <param name="yLabel">The y axis title; the y column name when there is one y column.</param>
    /// <param name="selection">Makes the chart a widget that returns the points the user selects this way.</param>
    /// <param name="onSelect">Called before the next run when the selection changes; implies box selection.</param>
    /// <param name="key">The widget key of a selectable chart.</param>
    /// <param name="rules">Reference lines and bands (<see cref="Rule"/>).</param>
    /// <returns>The selected points; empty unless the chart is selectable.</returns>
    /// <example><c>var picked = ui.ScatterChart(penguins, x: "bill_length_mm", y: "bill_depth_mm", color: "species", selection: ChartSelectionMode.Box);</c></example>
    public ChartSelection ScatterChart<T>(IEnumerable<T> data, string? x = null, Columns y = default, string? color = null, string? size = null,
        string? title = null, int? height = null, string? xLabel = null, string? yLabel = null,
        ChartSelectionMode selection = ChartSelectionMode.None, Action? onSelect = null, string? key = null, IReadOnlyList<Rule>? rules = null) =>
        Chart(ChartKind.Scatter, ChartSources.Frame(data), f => new Chart(ChartKind.Scatter, f)
        {
            X = x, Y = y, Color = color, Size = size, Options = new ChartOptions(title, height, xLabel, yLabel) { Rules = Rules(rules) },
        }, selection, onSelect, key);

    /// <inheritdoc cref="ScatterChart{T}"/>
    /// <example><c>ui.ScatterChart(frame, x: "bill_length_mm", y: "bill_depth_mm", color: "species");</c></example>
    public ChartSelection ScatterChart(DataFrame data, string? x = null, Columns y = default, string? color = null, string? size = null,
        string? title = null, int? height = null, string? xLabel = null, string? yLabel = null,
        ChartSelectionMode selection = ChartSelectionMode.None, Action? onSelect = null, string? key = null, IReadOnlyList<Rule>? rules = null) =>
        Chart(ChartKind.Scatter, ChartSources.Frame(data), f => new Chart(ChartKind.Scatter, f)
        {
            X = x, Y = y, Color = color, Size = size, Options = new ChartOptions(title, height, xLabel, yLabel) { Rules = Rules(rules) },
        }, selection, onSelect, key);
}

using Microsoft.Data.Analysis;

namespace DataApps;

/// <summary>What a chart verb draws: its kind, the data (held by reference) and the columns it reads.</summary>
/// <remarks>
/// Pure data without Plotly types: the renderer turns it into traces with <see cref="Charts.ChartData"/>.
/// The frame is compared by reference (treat frames as immutable), the rest by value.
/// </remarks>
public sealed record Chart
{
    internal Chart(ChartKind kind, DataFrame data)
    {
        Kind = kind;
        Data = data;
    }

    /// <summary>The kind of chart.</summary>
    public ChartKind Kind { get; init; }

    /// <summary>The data, held by reference.</summary>
    public DataFrame Data { get; init; }

    /// <summary>The column on the x axis, or <c>null</c> for the row number (histogram: the column binned when <see cref="Y"/> is empty).</summary>
    public string? X { get; init; }

    /// <summary>The columns on the y axis; empty means every numeric column but <see cref="X"/>.</summary>
    public Columns Y { get; init; }

    /// <summary>The column whose distinct values split the data into series (a numeric column colours scatter markers on a scale).</summary>
    public string? Color { get; init; }

    /// <summary>The numeric column that sizes scatter markers.</summary>
    public string? Size { get; init; }

    /// <summary>The numeric column a heatmap shows as colour (averaged per x/y cell).</summary>
    public string? Value { get; init; }

    /// <summary>Title, size, axis labels and kind-specific options.</summary>
    public ChartOptions Options { get; init; } = ChartOptions.Default;

    /// <summary>The y columns the chart draws: <see cref="Y"/>, or every numeric column except x, color and size.</summary>
    public IReadOnlyList<string> YColumns => Y.IsEmpty
        ? [.. Data.Columns.Where(c => Charts.ChartData.IsNumeric(c) && c.Name != X && c.Name != Color && c.Name != Size && c.Name != Value).Select(c => c.Name)]
        : Y.Names;
}

/// <summary>How a chart looks: title, height, axis labels, bar layout, histogram bins, rules and cell numbers.</summary>
/// <param name="Title">The chart title, or <c>null</c>.</param>
/// <param name="Height">The height in pixels; 400 when <c>null</c>.</param>
/// <param name="XLabel">The x axis title; the x column name when <c>null</c>.</param>
/// <param name="YLabel">The y axis title; the y column name when there is one and this is <c>null</c>.</param>
public sealed record ChartOptions(string? Title = null, int? Height = null, string? XLabel = null, string? YLabel = null)
{
    /// <summary>No title, default height and labels.</summary>
    public static ChartOptions Default { get; } = new();

    /// <summary>Bars of several series are stacked rather than side by side.</summary>
    public bool Stacked { get; init; }

    /// <summary>Bars grow from the y axis to the right.</summary>
    public bool Horizontal { get; init; }

    /// <summary>The number of histogram bins; chosen from the data when <c>null</c>.</summary>
    public int? Bins { get; init; }

    /// <summary>Line and area series with more points than this are downsampled on the server; 4,000 when <c>null</c>.</summary>
    public int? MaxPoints { get; init; }

    /// <summary>Reference lines and bands drawn across the plot (<c>rules:</c>).</summary>
    public EquatableArray<Rule> Rules { get; init; } = EquatableArray<Rule>.Empty;

    /// <summary>Whether a heatmap writes each cell's number in the cell.</summary>
    public bool ShowValues { get; init; }

    /// <summary>The .NET number format of a heatmap's cell numbers (<c>"N0"</c>, <c>"0.00"</c>, <c>"P1"</c>); up to two decimals when <c>null</c>.</summary>
    public string? ValueFormat { get; init; }
}

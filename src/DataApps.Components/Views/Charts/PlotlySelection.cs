using System.Globalization;
using System.Text.Json;

namespace DataApps;

/// <summary>What the user selected on a <c>ui.Plotly</c> figure (Streamlit's <c>event.selection</c> of <c>st.plotly_chart</c>).</summary>
/// <param name="Points">The selected points, in the order Plotly reported them.</param>
public sealed record PlotlySelection(EquatableArray<PlotlyPoint> Points)
{
    /// <summary>Nothing selected.</summary>
    public static PlotlySelection Empty { get; } = new(EquatableArray<PlotlyPoint>.Empty);

    /// <summary>The box the user dragged (axis units; dates as Plotly writes them), or <c>null</c>.</summary>
    public PlotlyRegion? Box { get; init; }

    /// <summary>The lasso the user drew: its outline in axis units, or <c>null</c>.</summary>
    public PlotlyRegion? Lasso { get; init; }

    /// <summary>Whether nothing is selected.</summary>
    public bool IsEmpty => Points.Count == 0;

    /// <summary>The point indices of the selected points (Streamlit's <c>point_indices</c>): indices into their traces' data.</summary>
    public IReadOnlyList<int> PointIndices => [.. Points.Select(p => p.PointIndex)];
}

/// <summary>One selected point of a <c>ui.Plotly</c> figure.</summary>
/// <param name="CurveNumber">The index of the point's trace in the figure.</param>
/// <param name="PointIndex">The index of the point in its trace's data (for a heatmap cell, its column).</param>
/// <param name="X">The x value (a number, or text for categories and dates).</param>
/// <param name="Y">The y value.</param>
public sealed record PlotlyPoint(int CurveNumber, int PointIndex, object? X, object? Y)
{
    /// <summary>The row of a heatmap cell (2-D traces); <c>null</c> for other traces.</summary>
    public int? Row { get; init; }

    /// <summary>The z value of a heatmap cell, or <c>null</c>.</summary>
    public object? Z { get; init; }

    /// <summary>The point's entry of the trace's <c>customdata</c>, or <c>null</c>.</summary>
    public object? CustomData { get; init; }
}

/// <summary>A box or lasso drawn on a figure: the x and y coordinates of its corners (box: two each) or outline (lasso).</summary>
/// <param name="X">The x coordinates.</param>
/// <param name="Y">The y coordinates.</param>
public sealed record PlotlyRegion(EquatableArray<object?> X, EquatableArray<object?> Y);

/// <summary>Reads the JSON dataapps-chart.js sends for a <c>ui.Plotly</c> selection.</summary>
internal static class PlotlySelectionJson
{
    public static PlotlySelection Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        var points = root.TryGetProperty("points", out var list) && list.ValueKind == JsonValueKind.Array
            ? list.EnumerateArray().Select(Point).ToArray()
            : [];
        return new PlotlySelection(points) { Box = Region(root, "box"), Lasso = Region(root, "lasso") };
    }

    private static PlotlyPoint Point(JsonElement p) => new(Int(p, "curve") ?? 0, Int(p, "index") ?? 0, Value(p, "x"), Value(p, "y"))
    {
        Row = Int(p, "row"),
        Z = Value(p, "z"),
        CustomData = Value(p, "customdata"),
    };

    private static PlotlyRegion? Region(JsonElement root, string name) =>
        root.TryGetProperty(name, out var region) && region.ValueKind == JsonValueKind.Object
        && region.TryGetProperty("x", out var x) && x.ValueKind == JsonValueKind.Array
        && region.TryGetProperty("y", out var y) && y.ValueKind == JsonValueKind.Array
            ? new PlotlyRegion(x.EnumerateArray().Select(Scalar).ToArray(), y.EnumerateArray().Select(Scalar).ToArray())
            : null;

    private static int? Int(JsonElement p, string name) =>
        p.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out var i) ? i : null;

    private static object? Value(JsonElement p, string name) => p.TryGetProperty(name, out var v) ? Scalar(v) : null;

    /// <summary>A number as a double, text as a string, a list as a list, and anything else (an object) as its JSON text.</summary>
    private static object? Scalar(JsonElement v) => v.ValueKind switch
    {
        JsonValueKind.Number => v.GetDouble(),
        JsonValueKind.String => v.GetString(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Array => new EquatableArray<object?>([.. v.EnumerateArray().Select(Scalar)]),
        JsonValueKind.Object => v.GetRawText(),
        _ => null,
    };

    /// <summary>Formats a value for a test's message.</summary>
    public static string Show(object? value) => value is IFormattable f ? f.ToString(null, CultureInfo.InvariantCulture) : value?.ToString() ?? "null";
}

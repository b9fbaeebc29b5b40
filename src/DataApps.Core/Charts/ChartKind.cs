namespace DataApps;

/// <summary>The kinds of chart the chart verbs draw.</summary>
public enum ChartKind
{
    /// <summary>Lines through the points (<c>ui.LineChart</c>).</summary>
    Line,

    /// <summary>Stacked filled areas (<c>ui.AreaChart</c>).</summary>
    Area,

    /// <summary>Bars (<c>ui.BarChart</c>): grouped, stacked or horizontal.</summary>
    Bar,

    /// <summary>Markers (<c>ui.ScatterChart</c>), optionally coloured and sized by columns.</summary>
    Scatter,

    /// <summary>Counts per bin of a numeric column (<c>ui.Histogram</c>), binned on the server.</summary>
    Histogram,

    /// <summary>A colour matrix (<c>ui.Heatmap</c>).</summary>
    Heatmap,

    /// <summary>Box plots of distributions (<c>ui.BoxChart</c>), summarized on the server.</summary>
    Box,
}

/// <summary>How the user selects points on a chart whose selection comes back to the script.</summary>
public enum ChartSelectionMode
{
    /// <summary>No selection: the chart is not a widget.</summary>
    None,

    /// <summary>Clicking points selects them (shift-click adds).</summary>
    Points,

    /// <summary>Dragging a rectangle selects the points inside.</summary>
    Box,

    /// <summary>Drawing a free-hand loop selects the points inside.</summary>
    Lasso,
}

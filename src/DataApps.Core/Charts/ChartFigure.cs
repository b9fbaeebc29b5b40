namespace DataApps.Charts;

/// <summary>How the x axis reads its values.</summary>
internal enum AxisType
{
    /// <summary>Numbers.</summary>
    Linear,

    /// <summary>Dates, as milliseconds since the Unix epoch (UTC).</summary>
    Date,

    /// <summary>Text labels (<see cref="ChartSeries.XText"/>).</summary>
    Category,
}

/// <summary>One series of points, ready for a trace: numeric x (or labels), y, and the source row of every point.</summary>
/// <param name="Name">The legend name.</param>
/// <param name="YColumn">The column the y values come from.</param>
/// <param name="X">The x values (dates as Unix milliseconds; categories as positions).</param>
/// <param name="XText">The x labels of a category axis, or <c>null</c>.</param>
/// <param name="Y">The y values.</param>
/// <param name="Rows">The source row of each point, for selections.</param>
internal sealed record ChartSeries(string Name, string YColumn, double[] X, string[]? XText, double[] Y, int[] Rows)
{
    /// <summary>Marker sizes in pixels (scatter with <c>size:</c>).</summary>
    public double[]? Size { get; init; }

    /// <summary>Values mapped to a colour scale (scatter with a numeric <c>color:</c>).</summary>
    public double[]? ColorValues { get; init; }

    /// <summary>How many points the full series has; more than <see cref="Y"/>.Length when downsampled.</summary>
    public int TotalPoints { get; init; }

    /// <summary>Whether the points are a downsampled subset of the series.</summary>
    public bool Downsampled => Y.Length < TotalPoints;

    /// <summary>Whether x is ascending, so ranges are found by binary search.</summary>
    public bool Sorted { get; init; }

    /// <summary>The points at <paramref name="indices"/>.</summary>
    public ChartSeries Take(int[] indices) => this with
    {
        X = Pick(X, indices)!,
        XText = Pick(XText, indices),
        Y = Pick(Y, indices)!,
        Rows = Pick(Rows, indices)!,
        Size = Pick(Size, indices),
        ColorValues = Pick(ColorValues, indices),
    };

    private static T[]? Pick<T>(T[]? values, int[] indices)
    {
        if (values is null)
        {
            return null;
        }

        var result = new T[indices.Length];
        for (var i = 0; i < indices.Length; i++)
        {
            result[i] = values[indices[i]];
        }

        return result;
    }
}

/// <summary>A box plot's summary of one distribution, computed on the server (Tukey fences at 1.5 IQR).</summary>
internal sealed record BoxStats(string Name, double Q1, double Median, double Q3, double LowerFence, double UpperFence, double Mean, int Count);

/// <summary>A heatmap's matrix: <c>Z[row][column]</c>, with labels.</summary>
internal sealed record HeatmapData(string[] XLabels, string[] YLabels, double[][] Z)
{
    /// <summary>The number written in each cell (<c>showValues:</c>), formatted on the server; <c>null</c> when cells show no text.</summary>
    public string[][]? Text { get; init; }

    /// <summary>Whether the first row is drawn at the top, as a table reads (a matrix of a frame's rows); a pivot keeps Plotly's bottom-up order.</summary>
    public bool RowsDown { get; init; }
}

/// <summary>Everything a renderer needs to draw a chart: series (or boxes, or a matrix) and axis information.</summary>
internal sealed record ChartFigure(ChartKind Kind, AxisType XAxis, string? XTitle, string? YTitle, IReadOnlyList<ChartSeries> Series)
{
    /// <summary>The boxes of a box chart.</summary>
    public IReadOnlyList<BoxStats> Boxes { get; init; } = [];

    /// <summary>The matrix of a heatmap.</summary>
    public HeatmapData? Heatmap { get; init; }

    /// <summary>The width of a histogram's bins.</summary>
    public double BinWidth { get; init; }

    /// <summary>Whether some series was reduced, so zooming in can show more detail.</summary>
    public bool Reduced => Series.Any(s => s.Downsampled);
}

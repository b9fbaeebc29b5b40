using DataApps.Charts;

namespace DataApps.Testing;

public sealed partial class AppTest
{
    /// <summary>The charts of the last run (chart verbs, selectable or not), in document order.</summary>
    public IReadOnlyList<ChartHandle> Charts => [.. Elements.Select(e => ChartHandle.From(this, e)).OfType<ChartHandle>()];

    /// <summary>The chart with this title (or, for a selectable chart, key).</summary>
    /// <param name="titleOrKey">The chart's title, or the key given to the verb.</param>
    /// <exception cref="InvalidOperationException">No such chart, or several.</exception>
    public ChartHandle Chart(string titleOrKey)
    {
        ArgumentNullException.ThrowIfNull(titleOrKey);
        var charts = Charts;
        var matches = charts.Where(c => c.Title == titleOrKey || c.HasKey(titleOrKey)).ToList();
        return matches.Count switch
        {
            1 => matches[0],
            0 => throw new InvalidOperationException($"No chart titled or keyed '{titleOrKey}' in the last run. Found: " +
                (charts.Count == 0 ? "none." : string.Join(", ", charts.Select(c => $"'{c.Title ?? c.Kind.ToString()}'")) + ".")),
            _ => throw new InvalidOperationException($"{matches.Count} charts are titled '{titleOrKey}'; give the selectable one a key."),
        };
    }
}

/// <summary>A chart found in the last run of an <see cref="AppTest"/>: its kind, its series as the browser gets them, and its selection.</summary>
public sealed class ChartHandle
{
    private readonly AppTest _app;
    private readonly SelectableChartElement? _widget;
    private IReadOnlyList<ChartSeriesInfo>? _series;

    private ChartHandle(AppTest app, Element element, Chart chart, SelectableChartElement? widget)
    {
        _app = app;
        Element = element;
        Chart = chart;
        _widget = widget;
    }

    /// <summary>The chart's element (<see cref="ChartElement"/> or <see cref="SelectableChartElement"/>).</summary>
    public Element Element { get; }

    /// <summary>What the chart draws: kind, data, columns and options.</summary>
    public Chart Chart { get; }

    /// <summary>The chart kind.</summary>
    public ChartKind Kind => Chart.Kind;

    /// <summary>The chart title, or <c>null</c>.</summary>
    public string? Title => Chart.Options.Title;

    /// <summary>Whether the user can select points that come back to the script.</summary>
    public bool Selectable => _widget is not null;

    /// <summary>The selection the last run returned (empty for a chart that is not selectable).</summary>
    public ChartSelection Selection => _widget?.Selection ?? ChartSelection.Empty;

    internal bool HasKey(string key) => _widget is not null && _widget.WidgetId == WidgetIdentity.ForKey(key);

    /// <summary>The series (traces) the browser gets for the whole x range: names and point counts after downsampling.</summary>
    public IReadOnlyList<ChartSeriesInfo> Series => _series ??= Describe(ChartData.Figure(ChartData.Prepare(Chart)));

    /// <summary>The title of the x column's axis: <c>xLabel:</c>, else the x column's name.</summary>
    public string? XTitle => ChartData.Prepare(Chart).XTitle;

    /// <summary>The title of the value axis: <c>yLabel:</c>, else the y column's name when there is one.</summary>
    public string? YTitle => ChartData.Prepare(Chart).YTitle;

    /// <summary>The reference lines and bands drawn across the chart (<c>rules:</c>).</summary>
    public IReadOnlyList<Rule> Rules => Chart.Options.Rules;

    /// <summary>A heatmap's cell numbers as the browser writes them (<c>showValues:</c>), row by row; <c>null</c> when cells show no text.</summary>
    public IReadOnlyList<IReadOnlyList<string>>? CellText => ChartData.Prepare(Chart).Heatmap?.Text;

    /// <summary>The series the browser gets when the user zooms the x axis to [<paramref name="low"/>, <paramref name="high"/>].</summary>
    /// <param name="low">The left end of the visible range.</param>
    /// <param name="high">The right end of the visible range.</param>
    public IReadOnlyList<ChartSeriesInfo> SeriesInRange(double low, double high) =>
        Describe(ChartData.Figure(ChartData.Prepare(Chart), Chart.Options.MaxPoints ?? ChartData.DefaultMaxPoints, (low, high)));

    /// <summary>Selects the points of these source rows, as a user would on the chart; it applies on the next run.</summary>
    /// <param name="rows">Row indices into the chart's data.</param>
    /// <returns>The test, to chain <c>RunAsync</c>.</returns>
    public AppTest Select(params int[] rows)
    {
        if (Kind is ChartKind.Histogram or ChartKind.Heatmap or ChartKind.Box)
        {
            throw new InvalidOperationException($"A {Kind} chart selects {(Kind == ChartKind.Histogram ? "bins: use SelectBins or SelectBox" : Kind == ChartKind.Heatmap ? "cells: use ClickCell" : "boxes: use ClickBox")}.");
        }

        var full = ChartData.Prepare(Chart).Series;
        var pairs = new List<int>();
        foreach (var row in rows)
        {
            // A series' rows ascend: they are the rows of its colour group that have a value.
            var series = full.Select((s, i) => (s, i)).FirstOrDefault(t => Array.BinarySearch(t.s.Rows, row) >= 0);
            if (series.s is null)
            {
                throw new InvalidOperationException($"Row {row} is not drawn on the chart (out of range, or a missing value).");
            }

            pairs.Add(series.i);
            pairs.Add(row);
        }

        return Send([.. pairs]);
    }

    /// <summary>Selects every point inside a rectangle in axis units (dates as Unix milliseconds), as a box drag would; on a histogram, the bins whose centre and count are inside.</summary>
    /// <param name="xMin">The left edge.</param>
    /// <param name="xMax">The right edge.</param>
    /// <param name="yMin">The bottom edge.</param>
    /// <param name="yMax">The top edge.</param>
    /// <returns>The test, to chain <c>RunAsync</c>.</returns>
    public AppTest SelectBox(double xMin, double xMax, double yMin, double yMax)
    {
        var pairs = new List<int>();
        var full = ChartData.Prepare(Chart).Series;
        for (var s = 0; s < full.Count; s++)
        {
            var series = full[s];
            for (var i = 0; i < series.Y.Length; i++)
            {
                if (series.X[i] >= xMin && series.X[i] <= xMax && series.Y[i] >= yMin && series.Y[i] <= yMax)
                {
                    pairs.Add(s);
                    pairs.Add(Kind == ChartKind.Histogram ? i : series.Rows[i]); // a histogram sends the bin
                }
            }
        }

        return Send([.. pairs]);
    }

    /// <summary>Selects bins of a histogram (in every series), as a box drag over their bars would; the selection holds their rows.</summary>
    /// <param name="bins">Bin indices, 0 for the leftmost.</param>
    /// <returns>The test, to chain <c>RunAsync</c>.</returns>
    public AppTest SelectBins(params int[] bins)
    {
        var figure = ChartData.Prepare(Chart);
        if (Kind != ChartKind.Histogram)
        {
            throw new InvalidOperationException($"SelectBins is for histograms; the chart '{Title}' is a {Kind} chart.");
        }

        var count = figure.Series.Count == 0 ? 0 : figure.Series[0].X.Length;
        var pairs = new List<int>();
        foreach (var bin in bins)
        {
            if (bin < 0 || bin >= count)
            {
                throw new InvalidOperationException($"The histogram has {count} bins; there is no bin {bin}.");
            }

            for (var s = 0; s < figure.Series.Count; s++)
            {
                pairs.Add(s);
                pairs.Add(bin);
            }
        }

        return Send([.. pairs]);
    }

    /// <summary>Clicks a heatmap cell, as a user would: the selection becomes that cell and its rows.</summary>
    /// <param name="x">The cell's column label (an x value, or a column name of a matrix).</param>
    /// <param name="y">The cell's row label.</param>
    /// <returns>The test, to chain <c>RunAsync</c>.</returns>
    public AppTest ClickCell(string x, string y)
    {
        if (Kind != ChartKind.Heatmap)
        {
            throw new InvalidOperationException($"ClickCell is for heatmaps; the chart '{Title}' is a {Kind} chart.");
        }

        var map = ChartData.Prepare(Chart).Heatmap!;
        var column = Array.IndexOf(map.XLabels, x);
        var row = Array.IndexOf(map.YLabels, y);
        if (column < 0 || row < 0)
        {
            throw new InvalidOperationException($"The heatmap has no cell ({x}, {y}). Columns: {string.Join(", ", map.XLabels)}; rows: {string.Join(", ", map.YLabels)}.");
        }

        return Send([row, column]);
    }

    /// <summary>Clicks a box of a box chart, as a user would: the selection becomes its rows.</summary>
    /// <param name="name">The box's name (its group, as the x axis shows it).</param>
    /// <returns>The test, to chain <c>RunAsync</c>.</returns>
    public AppTest ClickBox(string name)
    {
        if (Kind != ChartKind.Box)
        {
            throw new InvalidOperationException($"ClickBox is for box charts; the chart '{Title}' is a {Kind} chart.");
        }

        var boxes = ChartData.Prepare(Chart).Boxes;
        var index = boxes.Select(b => b.Name).ToList().IndexOf(name);
        if (index < 0)
        {
            throw new InvalidOperationException($"The box chart has no box '{name}'. Boxes: {string.Join(", ", boxes.Select(b => b.Name))}.");
        }

        return Send([index, 0]);
    }

    /// <summary>Clears the selection, as a double-click on the chart does.</summary>
    /// <returns>The test, to chain <c>RunAsync</c>.</returns>
    public AppTest ClearSelection() => Send([]);

    internal static ChartHandle? From(AppTest app, Element element) => element switch
    {
        ChartElement chart => new ChartHandle(app, element, chart.Chart, null),
        SelectableChartElement widget => new ChartHandle(app, element, widget.Chart, widget),
        _ => null,
    };

    private AppTest Send(int[] pairs)
    {
        if (_widget is null)
        {
            throw new InvalidOperationException($"The {Kind} chart '{Title}' is not selectable; pass selection: or onSelect: to the verb.");
        }

        _app.SetWidgetValue(_widget.WidgetId, pairs);
        return _app;
    }

    private static IReadOnlyList<ChartSeriesInfo> Describe(ChartFigure figure) => figure.Kind switch
    {
        ChartKind.Box => [.. figure.Boxes.Select(b => new ChartSeriesInfo(b.Name, 1, b.Count))],
        ChartKind.Heatmap => [new ChartSeriesInfo("heatmap", figure.Heatmap!.Z.Sum(r => r.Length), figure.Heatmap.Z.Sum(r => r.Length))],
        _ => [.. figure.Series.Select(s => new ChartSeriesInfo(s.Name, s.Y.Length, s.TotalPoints))],
    };
}

/// <summary>One series of a chart as the browser gets it.</summary>
/// <param name="Name">The legend name (a y column or a colour value).</param>
/// <param name="Points">How many points are sent (after downsampling); a box counts as one, a heatmap as its cells.</param>
/// <param name="TotalPoints">How many points the series has in the data (for a box, the sample size).</param>
public sealed record ChartSeriesInfo(string Name, int Points, int TotalPoints);

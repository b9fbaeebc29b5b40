using System.Collections.Concurrent;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Numerics;
using Microsoft.Data.Analysis;

namespace DataApps.Charts;

/// <summary>Turns a <see cref="Chart"/> into series on the server: reads the columns once, groups by colour, downsamples, bins and summarizes.</summary>
/// <remarks>
/// Note [Server-side charts]: the browser gets only what it draws. Line and area series longer than the
/// threshold are downsampled (<see cref="Downsampling"/>) and re-sampled for the visible x range when the
/// user zooms (<see cref="Figure"/> with a range); scatter series are thinned to <see cref="ScatterLimit"/>;
/// histograms are binned and box plots summarized here, so a million rows never travel to the browser.
/// </remarks>
internal static partial class ChartData
{
    /// <summary>The default most points of a downsampled line or area series.</summary>
    public const int DefaultMaxPoints = 4000;

    /// <summary>Above this many points a marker series is drawn with WebGL (<c>scattergl</c>).</summary>
    public const int WebGlThreshold = 1000;

    /// <summary>Above this many points a line or area series is drawn with WebGL; see Note [WebGL for lines].</summary>
    /// <remarks>
    /// Note [WebGL for lines]: a line is one SVG path, so its cost grows slowly with points, while a WebGL
    /// trace pays a fixed start-up (context, shaders). Measured in headless Chromium on this machine, a
    /// 4,000-point line took 43–132 ms to plot as SVG and 670–740 ms as <c>scattergl</c>. Downsampled lines
    /// never exceed the threshold of 4,000 points, so they stay SVG; markers (one node per point) switch at 1,000.
    /// </remarks>
    public static int LineWebGlThreshold { get; set; } = DefaultMaxPoints;

    /// <summary>The most points of a scatter series sent to the browser; more are thinned evenly.</summary>
    public const int ScatterLimit = 20_000;

    private static readonly DateTime Epoch = new(1970, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    /// <summary>Whether a column holds numbers.</summary>
    public static bool IsNumeric(DataFrameColumn column) => column.IsNumericColumn();

    /// <summary>The error message for a chart that names a column the frame does not have (or cannot draw), or <c>null</c>.</summary>
    /// <param name="chart">The chart.</param>
    public static string? Validate(Chart chart)
    {
        var names = chart.Data.Columns.Select(c => c.Name).ToHashSet(StringComparer.Ordinal);
        IEnumerable<(string Role, string? Name)> used =
        [
            ("x", chart.X), ("color", chart.Color), ("size", chart.Size), ("value", chart.Value),
            .. chart.Y.Names.Select(n => ("y", (string?)n)),
        ];
        foreach (var (role, name) in used)
        {
            if (name is not null && !names.Contains(name))
            {
                return $"The {KindName(chart.Kind)} has no column `{name}` (given as `{role}:`). Its columns are: {ColumnList(chart)}.";
            }
        }

        foreach (var (role, name) in used.Where(u => u.Role is "size" or "value" || (u.Role == "y" && chart.Kind != ChartKind.Heatmap)))
        {
            if (name is not null && !IsNumeric(chart.Data.Columns[name]))
            {
                return $"The {KindName(chart.Kind)} column `{name}` (given as `{role}:`) is not numeric. Numeric columns are: {NumericList(chart)}.";
            }
        }

        if ((ValidateRules(chart) ?? ValidateValueFormat(chart)) is { } optionError)
        {
            return optionError;
        }

        if (chart.Kind == ChartKind.Histogram)
        {
            return chart.X is null && chart.YColumns.Count == 0 ? $"The histogram has no numeric column to bin. Its columns are: {ColumnList(chart)}." : null;
        }

        if (chart.Kind != ChartKind.Heatmap && chart.YColumns.Count == 0)
        {
            return $"The {KindName(chart.Kind)} has no numeric column for y. Its columns are: {ColumnList(chart)}.";
        }

        return null;
    }

    private static readonly ConditionalWeakTable<DataFrame, ConcurrentDictionary<Chart, ChartFigure>> Shared = [];

    /// <summary>The full-resolution figure, shared by every session that draws an equal chart of the same frame.</summary>
    /// <remarks>
    /// Note [Shared figures]: a 1,000,000-point series costs about 20 MB (x, y and source rows). Frames are
    /// immutable and figures are never changed, so sessions showing the same chart (a cached or static frame)
    /// share one; the entry goes with the frame.
    /// </remarks>
    public static ChartFigure PrepareShared(Chart chart) => Shared.GetValue(chart.Data, static _ => new()).GetOrAdd(chart, Prepare);

    /// <summary>The full-resolution figure: every series with every point (histograms binned, boxes summarized).</summary>
    /// <param name="chart">A chart that passed <see cref="Validate"/>.</param>
    public static ChartFigure Prepare(Chart chart) => chart.Kind switch
    {
        ChartKind.Histogram => Histogram(chart),
        ChartKind.Box => Boxes(chart),
        ChartKind.Heatmap => HeatmapOf(chart),
        _ => Series(chart),
    };

    /// <summary>What the browser gets: the prepared figure with long series reduced, optionally to an x range only (zoom).</summary>
    /// <param name="full">The figure from <see cref="Prepare"/>.</param>
    /// <param name="maxPoints">The most points per line or area series.</param>
    /// <param name="range">The visible x range (axis units: dates as Unix milliseconds), or <c>null</c> for everything.</param>
    public static ChartFigure Figure(ChartFigure full, int maxPoints = DefaultMaxPoints, (double Low, double High)? range = null)
    {
        if (full.Kind is not (ChartKind.Line or ChartKind.Area or ChartKind.Scatter))
        {
            return full;
        }

        var series = full.Series.Select(s => Reduce(full.Kind, s, maxPoints, range)).ToArray();
        return full with { Series = series };
    }

    /// <summary>The x value as the chart's data holds it at <paramref name="row"/> (the row number without an x column).</summary>
    public static object? XAt(Chart chart, int row) => chart.X is null ? row : chart.Data.Columns[chart.X][row];

    /// <summary>The series names and y columns in trace order, as <see cref="Prepare"/> builds them.</summary>
    public static IReadOnlyList<(string Name, string YColumn)> SeriesNames(Chart chart) =>
        NamesOf(chart, ContinuousColor(chart) ? [new Group(null, [])] : ColorGroups(chart));

    private static ChartSeries Reduce(ChartKind kind, ChartSeries series, int maxPoints, (double Low, double High)? range)
    {
        var indices = range is { } r ? InRange(series, r.Low, r.High, neighbours: kind != ChartKind.Scatter) : null;
        var view = indices is null ? series : series.Take(indices);
        if (kind == ChartKind.Scatter)
        {
            return view.Y.Length <= ScatterLimit ? view : view.Take(Stride(view.Y.Length, ScatterLimit));
        }

        return view.Y.Length <= maxPoints ? view : view.Take(Downsampling.MinMaxLttb(view.X, view.Y, maxPoints));
    }

    /// <summary>The indices of points with x in [low, high], plus one neighbour each side so lines run to the edges.</summary>
    private static int[] InRange(ChartSeries series, double low, double high, bool neighbours)
    {
        var x = series.X;
        if (series.Sorted)
        {
            var start = LowerBound(x, low);
            var end = LowerBound(x, Math.BitIncrement(high));
            if (neighbours)
            {
                start = Math.Max(start - 1, 0);
                end = Math.Min(end + 1, x.Length);
            }

            return [.. Enumerable.Range(start, Math.Max(end - start, 0))];
        }

        var result = new List<int>();
        for (var i = 0; i < x.Length; i++)
        {
            if (x[i] >= low && x[i] <= high)
            {
                result.Add(i);
            }
        }

        return [.. result];
    }

    private static int LowerBound(double[] x, double value)
    {
        int lo = 0, hi = x.Length;
        while (lo < hi)
        {
            var mid = lo + ((hi - lo) / 2);
            if (x[mid] < value)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    private static int[] Stride(int count, int limit)
    {
        var result = new int[limit];
        var step = (double)count / limit;
        for (var i = 0; i < limit; i++)
        {
            result[i] = (int)(i * step);
        }

        return result;
    }

    private static string KindName(ChartKind kind) => kind switch
    {
        ChartKind.Histogram => "histogram",
        ChartKind.Heatmap => "heatmap",
        _ => kind.ToString().ToLowerInvariant() + " chart",
    };

    private static string ColumnList(Chart chart) => chart.Data.Columns.Count == 0
        ? "(none)"
        : string.Join(", ", chart.Data.Columns.Select(c => $"`{c.Name}`"));

    private static string NumericList(Chart chart)
    {
        var numeric = chart.Data.Columns.Where(IsNumeric).Select(c => $"`{c.Name}`").ToList();
        return numeric.Count == 0 ? "(none)" : string.Join(", ", numeric);
    }

    /// <summary>Reads a numeric or date column as doubles (dates as Unix milliseconds); missing values are NaN.</summary>
    public static double[] Doubles(DataFrameColumn column) => column switch
    {
        PrimitiveDataFrameColumn<double> c => Typed(c),
        PrimitiveDataFrameColumn<float> c => Typed(c),
        PrimitiveDataFrameColumn<int> c => Typed(c),
        PrimitiveDataFrameColumn<long> c => Typed(c),
        PrimitiveDataFrameColumn<short> c => Typed(c),
        PrimitiveDataFrameColumn<byte> c => Typed(c),
        PrimitiveDataFrameColumn<decimal> c => Typed(c),
        PrimitiveDataFrameColumn<DateTime> c => Dates(c),
        _ => Boxed(column),
    };

    private static double[] Typed<T>(PrimitiveDataFrameColumn<T> column)
        where T : unmanaged, INumberBase<T>
    {
        var result = new double[column.Length];
        for (var i = 0; i < result.Length; i++)
        {
            var value = column[i];
            result[i] = value.HasValue ? double.CreateTruncating(value.Value) : double.NaN;
        }

        return result;
    }

    private static double[] Dates(PrimitiveDataFrameColumn<DateTime> column)
    {
        var result = new double[column.Length];
        for (var i = 0; i < result.Length; i++)
        {
            var value = column[i];
            result[i] = value.HasValue ? ToUnixMs(value.Value) : double.NaN;
        }

        return result;
    }

    private static double[] Boxed(DataFrameColumn column)
    {
        var result = new double[column.Length];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = column[i] switch
            {
                null => double.NaN,
                bool b => b ? 1 : 0,
                string s => double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : double.NaN,
                IConvertible c => c.ToDouble(CultureInfo.InvariantCulture),
                _ => double.NaN,
            };
        }

        return result;
    }

    /// <summary>A date as Unix milliseconds (unspecified kinds are taken as UTC, as Plotly shows them).</summary>
    public static double ToUnixMs(DateTime value) =>
        (DateTime.SpecifyKind(value, value.Kind == DateTimeKind.Local ? DateTimeKind.Local : DateTimeKind.Utc).ToUniversalTime() - Epoch).TotalMilliseconds;

    /// <summary>Reads an axis value Plotly sends back (a number, or a date string on a date axis) in axis units.</summary>
    public static double? FromAxisValue(object? value, AxisType axis)
    {
        var text = value switch
        {
            System.Text.Json.JsonElement { ValueKind: System.Text.Json.JsonValueKind.Number } json => json.GetDouble().ToString("R", CultureInfo.InvariantCulture),
            System.Text.Json.JsonElement { ValueKind: System.Text.Json.JsonValueKind.String } json => json.GetString(),
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => value?.ToString(),
        };
        if (text is null)
        {
            return null;
        }

        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            return number;
        }

        return axis == AxisType.Date && DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var date)
            ? ToUnixMs(date)
            : null;
    }

    private static string Label(object? value) => value switch
    {
        null => "(null)",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}

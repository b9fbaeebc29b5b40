using Microsoft.Data.Analysis;

namespace DataApps.Charts;

internal static partial class ChartData
{
    private sealed record Group(string? Label, int[] Rows);

    /// <summary>Line, area, bar and scatter: one series per y column and colour value.</summary>
    private static ChartFigure Series(Chart chart)
    {
        var frame = chart.Data;
        var (axis, xs, xText) = XValues(chart);
        var continuous = ContinuousColor(chart);
        var colorValues = continuous ? Doubles(frame.Columns[chart.Color!]) : null;
        var sizes = chart.Kind == ChartKind.Scatter && chart.Size is { } size ? MarkerSizes(Doubles(frame.Columns[size])) : null;
        var groups = continuous ? [new Group(null, AllRows(frame))] : ColorGroups(chart);
        var yColumns = chart.YColumns;

        var series = new List<ChartSeries>();
        foreach (var y in yColumns)
        {
            var ys = Doubles(frame.Columns[y]);
            foreach (var group in groups)
            {
                var rows = Present(group.Rows, xs, ys);
                // Every row (ascending, distinct, as many as the frame has): the row order itself, so no copies.
                var all = rows.Length == xs.Length;
                var x = all ? xs : Pick(xs, rows);
                series.Add(new ChartSeries(SeriesName(y, group.Label, yColumns.Count), y, x, xText is null ? null : all ? xText : Pick(xText, rows), all ? ys : Pick(ys, rows), rows)
                {
                    Size = sizes is null ? null : Pick(sizes, rows),
                    ColorValues = colorValues is null ? null : Pick(colorValues, rows),
                    TotalPoints = rows.Length,
                    Sorted = IsAscending(x),
                });
            }
        }

        return new ChartFigure(chart.Kind, axis, chart.Options.XLabel ?? chart.X, chart.Options.YLabel ?? (yColumns.Count == 1 ? yColumns[0] : null), series);
    }

    /// <summary>Histogram: counts per bin of equal width over all binned columns and colour groups.</summary>
    private static ChartFigure Histogram(Chart chart)
    {
        var columns = chart.X is { } x ? [x] : chart.YColumns;
        var groups = ColorGroups(chart);
        var values = columns.Select(c => Doubles(chart.Data.Columns[c])).ToArray();
        double min = double.PositiveInfinity, max = double.NegativeInfinity;
        var count = 0;
        foreach (var v in values.SelectMany(a => a).Where(double.IsFinite))
        {
            min = Math.Min(min, v);
            max = Math.Max(max, v);
            count++;
        }

        if (count == 0)
        {
            min = 0;
            max = 1;
        }

        var bins = Math.Clamp(chart.Options.Bins ?? (int)Math.Ceiling(Math.Sqrt(count)), 1, chart.Options.Bins is null ? 50 : 10_000);
        var width = max > min ? (max - min) / bins : 1;
        var centers = Enumerable.Range(0, bins).Select(i => min + ((i + 0.5) * width)).ToArray();
        var series = new List<ChartSeries>();
        for (var c = 0; c < columns.Count; c++)
        {
            foreach (var group in groups)
            {
                var counts = new double[bins];
                foreach (var row in group.Rows)
                {
                    var v = values[c][row];
                    if (double.IsFinite(v))
                    {
                        counts[Math.Min((int)((v - min) / width), bins - 1)]++;
                    }
                }

                series.Add(new ChartSeries(SeriesName(columns[c], group.Label, columns.Count), columns[c], centers, null, counts, [])
                {
                    TotalPoints = bins,
                    Sorted = true,
                });
            }
        }

        return new ChartFigure(ChartKind.Histogram, AxisType.Linear, chart.Options.XLabel ?? (columns.Count == 1 ? columns[0] : null), chart.Options.YLabel ?? "count", series)
        {
            BinWidth = width,
        };
    }

    /// <summary>Box: quartiles and fences per y column and group (the x column, else the colour column).</summary>
    private static ChartFigure Boxes(Chart chart)
    {
        var groupColumn = chart.X ?? chart.Color;
        var groups = groupColumn is null ? [new Group(null, AllRows(chart.Data))] : GroupsBy(chart.Data.Columns[groupColumn]);
        var yColumns = chart.YColumns;
        var boxes = new List<BoxStats>();
        foreach (var y in yColumns)
        {
            var ys = Doubles(chart.Data.Columns[y]);
            foreach (var group in groups)
            {
                var sample = group.Rows.Select(r => ys[r]).Where(double.IsFinite).ToArray();
                Array.Sort(sample);
                boxes.Add(Summarize(SeriesName(y, group.Label, yColumns.Count), sample));
            }
        }

        return new ChartFigure(ChartKind.Box, AxisType.Category, chart.Options.XLabel ?? chart.X, chart.Options.YLabel ?? (yColumns.Count == 1 ? yColumns[0] : null), [])
        {
            Boxes = boxes,
        };
    }

    /// <summary>Heatmap: the mean of <c>value</c> (or the row count) per x and y value, or the numeric columns as a matrix.</summary>
    private static ChartFigure HeatmapOf(Chart chart)
    {
        var frame = chart.Data;
        HeatmapData data;
        if (chart.X is { } x && chart.Y.Count == 1)
        {
            var xGroups = GroupsBy(frame.Columns[x]);
            var yGroups = GroupsBy(frame.Columns[chart.Y.Names[0]]);
            var xIndex = new int[frame.Rows.Count];
            for (var i = 0; i < xGroups.Count; i++)
            {
                foreach (var r in xGroups[i].Rows)
                {
                    xIndex[r] = i;
                }
            }

            var values = chart.Value is { } v ? Doubles(frame.Columns[v]) : null;
            var z = new double[yGroups.Count][];
            for (var j = 0; j < yGroups.Count; j++)
            {
                var sum = new double[xGroups.Count];
                var n = new int[xGroups.Count];
                foreach (var r in yGroups[j].Rows)
                {
                    var value = values?[r] ?? 1;
                    if (double.IsFinite(value))
                    {
                        sum[xIndex[r]] += value;
                        n[xIndex[r]]++;
                    }
                }

                z[j] = [.. sum.Select((s, i) => n[i] == 0 ? double.NaN : values is null ? s : s / n[i])];
            }

            data = new HeatmapData([.. xGroups.Select(g => g.Label ?? "")], [.. yGroups.Select(g => g.Label ?? "")], z);
        }
        else
        {
            var columns = chart.YColumns;
            var matrix = columns.Select(c => Doubles(frame.Columns[c])).ToArray();
            var rows = (int)frame.Rows.Count;
            var yLabels = chart.X is { } labels
                ? [.. Enumerable.Range(0, rows).Select(r => Label(frame.Columns[labels][r]))]
                : Enumerable.Range(0, rows).Select(r => r.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();
            var z = Enumerable.Range(0, rows).Select(r => matrix.Select(m => m[r]).ToArray()).ToArray();
            data = new HeatmapData([.. columns], yLabels, z) { RowsDown = true };
        }

        return new ChartFigure(ChartKind.Heatmap, AxisType.Category, chart.Options.XLabel ?? chart.X, chart.Options.YLabel ?? (chart.Y.Count == 1 ? chart.Y.Names[0] : null), [])
        {
            Heatmap = chart.Options.ShowValues ? data with { Text = CellText(chart, data.Z) } : data,
        };
    }

    private static BoxStats Summarize(string name, double[] sorted)
    {
        if (sorted.Length == 0)
        {
            return new BoxStats(name, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, 0);
        }

        var q1 = Quantile(sorted, 0.25);
        var q3 = Quantile(sorted, 0.75);
        var iqr = q3 - q1;
        var lower = sorted.First(v => v >= q1 - (1.5 * iqr));
        var upper = sorted.Last(v => v <= q3 + (1.5 * iqr));
        return new BoxStats(name, q1, Quantile(sorted, 0.5), q3, lower, upper, sorted.Average(), sorted.Length);
    }

    /// <summary>The quantile with linear interpolation between closest ranks (numpy's default).</summary>
    internal static double Quantile(double[] sorted, double p)
    {
        var position = p * (sorted.Length - 1);
        var below = (int)Math.Floor(position);
        var above = Math.Min(below + 1, sorted.Length - 1);
        return sorted[below] + ((position - below) * (sorted[above] - sorted[below]));
    }

    private static (AxisType Axis, double[] X, string[]? Text) XValues(Chart chart)
    {
        var rows = (int)chart.Data.Rows.Count;
        if (chart.X is null)
        {
            return (AxisType.Linear, [.. Enumerable.Range(0, rows).Select(i => (double)i)], null);
        }

        var column = chart.Data.Columns[chart.X];
        if (column is PrimitiveDataFrameColumn<DateTime>)
        {
            return (AxisType.Date, Doubles(column), null);
        }

        if (IsNumeric(column))
        {
            return (AxisType.Linear, Doubles(column), null);
        }

        var text = new string[rows];
        for (var i = 0; i < rows; i++)
        {
            text[i] = Label(column[i]);
        }

        return (AxisType.Category, [.. Enumerable.Range(0, rows).Select(i => (double)i)], text);
    }

    private static bool ContinuousColor(Chart chart) =>
        chart.Kind == ChartKind.Scatter && chart.Color is { } color && IsNumeric(chart.Data.Columns[color]);

    private static IReadOnlyList<Group> ColorGroups(Chart chart) =>
        chart.Color is { } color && !ContinuousColor(chart) ? GroupsBy(chart.Data.Columns[color]) : [new Group(null, AllRows(chart.Data))];

    /// <summary>The rows of each distinct value, in the order values first appear (numbers ascending).</summary>
    private static List<Group> GroupsBy(DataFrameColumn column)
    {
        var order = new List<object?>();
        var rows = new Dictionary<object, List<int>>();
        var nullRows = new List<int>();
        for (var i = 0; i < column.Length; i++)
        {
            var value = column[i];
            if (value is null)
            {
                nullRows.Add(i);
                continue;
            }

            if (!rows.TryGetValue(value, out var list))
            {
                rows[value] = list = [];
                order.Add(value);
            }

            list.Add(i);
        }

        if (IsNumeric(column))
        {
            order.Sort((a, b) => Comparer<double>.Default.Compare(Convert.ToDouble(a, System.Globalization.CultureInfo.InvariantCulture), Convert.ToDouble(b, System.Globalization.CultureInfo.InvariantCulture)));
        }

        var groups = order.Select(v => new Group(Label(v), [.. rows[v!]])).ToList();
        if (nullRows.Count > 0)
        {
            groups.Add(new Group("(null)", [.. nullRows]));
        }

        return groups;
    }

    private static List<(string Name, string YColumn)> NamesOf(Chart chart, IReadOnlyList<Group> groups)
    {
        var y = chart.YColumns;
        return [.. y.SelectMany(c => groups.Select(g => (SeriesName(c, g.Label, y.Count), c)))];
    }

    private static string SeriesName(string y, string? group, int yCount) =>
        group is null ? y : yCount == 1 ? group : $"{y} · {group}";

    /// <summary>The rows with both values present; the same array when none is missing (the common case, no copy).</summary>
    private static int[] Present(int[] rows, double[] xs, double[] ys)
    {
        var missing = 0;
        foreach (var r in rows)
        {
            if (double.IsNaN(ys[r]) || double.IsNaN(xs[r]))
            {
                missing++;
            }
        }

        if (missing == 0)
        {
            return rows;
        }

        var result = new int[rows.Length - missing];
        var n = 0;
        foreach (var r in rows)
        {
            if (!double.IsNaN(ys[r]) && !double.IsNaN(xs[r]))
            {
                result[n++] = r;
            }
        }

        return result;
    }

    private static int[] AllRows(DataFrame frame) => [.. Enumerable.Range(0, (int)frame.Rows.Count)];

    private static double[] MarkerSizes(double[] values)
    {
        var finite = values.Where(double.IsFinite).ToArray();
        if (finite.Length == 0)
        {
            return [.. values.Select(_ => 8.0)];
        }

        double min = finite.Min(), max = finite.Max();
        return [.. values.Select(v => !double.IsFinite(v) ? 6 : max > min ? 6 + (24 * (v - min) / (max - min)) : 12)];
    }

    private static T[] Pick<T>(T[] values, int[] rows)
    {
        var result = new T[rows.Length];
        for (var i = 0; i < rows.Length; i++)
        {
            result[i] = values[rows[i]];
        }

        return result;
    }

    private static bool IsAscending(double[] x)
    {
        for (var i = 1; i < x.Length; i++)
        {
            if (x[i] < x[i - 1])
            {
                return false;
            }
        }

        return true;
    }
}

namespace DataApps.Charts;

internal static partial class ChartData
{
    /// <summary>The rows of the data whose value falls in <paramref name="bin"/> of histogram series <paramref name="series"/>, with the value's column.</summary>
    public static (int[] Rows, string Column)? HistogramRows(Chart chart, ChartFigure figure, int series, int bin)
    {
        var columns = chart.X is { } x ? [x] : chart.YColumns;
        var groups = ColorGroups(chart);
        if (series < 0 || series >= columns.Count * groups.Count || figure.Series.Count == 0 || bin < 0 || bin >= figure.Series[0].X.Length)
        {
            return null;
        }

        var column = columns[series / groups.Count];
        var values = Doubles(chart.Data.Columns[column]);
        var bins = figure.Series[0].X.Length;
        var min = figure.Series[0].X[0] - (figure.BinWidth / 2);
        var rows = groups[series % groups.Count].Rows
            .Where(r => double.IsFinite(values[r]) && Math.Clamp((int)((values[r] - min) / figure.BinWidth), 0, bins - 1) == bin)
            .ToArray();
        return (rows, column);
    }

    /// <summary>The rows behind heatmap cell (<paramref name="row"/>, <paramref name="column"/>): a pivot's rows with that x and y value, or a matrix's row.</summary>
    public static int[] HeatmapRows(Chart chart, int row, int column)
    {
        if (chart.X is { } x && chart.Y.Count == 1)
        {
            var xGroup = GroupsBy(chart.Data.Columns[x])[column].Rows;
            var yGroup = GroupsBy(chart.Data.Columns[chart.Y.Names[0]])[row].Rows.ToHashSet();
            return [.. xGroup.Where(yGroup.Contains)];
        }

        return [row];
    }

    /// <summary>The rows of box <paramref name="box"/> (its group, with a value in its y column) and that column.</summary>
    public static (int[] Rows, string Column) BoxRows(Chart chart, int box)
    {
        var groupColumn = chart.X ?? chart.Color;
        var groups = groupColumn is null ? [new Group(null, AllRows(chart.Data))] : GroupsBy(chart.Data.Columns[groupColumn]);
        var y = chart.YColumns[box / groups.Count];
        var values = Doubles(chart.Data.Columns[y]);
        return ([.. groups[box % groups.Count].Rows.Where(r => double.IsFinite(values[r]))], y);
    }
}

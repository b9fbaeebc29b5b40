using DataApps.Widgets;

namespace DataApps.Charts;

/// <summary>The widget behind a chart with <c>selection:</c> or <c>onSelect:</c>: its value is the selected points.</summary>
/// <remarks>
/// The browser sends flat pairs of ints, read by the chart's kind: lines, areas, bars and scatter send
/// <c>[series, row, …]</c> (the trace index and the source row of each selected point; the renderer keeps the source
/// row of every point it drew, so the rows stay right through downsampling and zoom re-sampling); histograms send
/// <c>[series, bin, …]</c>; heatmaps <c>[row, column, …]</c> of the clicked cells; box charts <c>[box, 0, …]</c>.
/// Values are read back from the frame here.
/// </remarks>
internal sealed class ChartSelectionSpec(string label, Chart chart, ChartSelectionMode mode) : WidgetSpec<ChartSelection>("chart", label)
{
    public Chart Chart { get; } = chart;

    public ChartSelectionMode Mode { get; } = mode;

    public override ChartSelection DefaultValue => ChartSelection.Empty;

    /// <summary>The error for a selection mode the chart cannot offer (heatmaps and box charts select by click), or <c>null</c>.</summary>
    public static string? ValidateMode(Chart chart, ChartSelectionMode mode) =>
        chart.Kind is ChartKind.Heatmap or ChartKind.Box && mode is ChartSelectionMode.Box or ChartSelectionMode.Lasso
            ? $"A {(chart.Kind == ChartKind.Heatmap ? "heatmap selects cells" : "box chart selects boxes")} by clicking: use selection: ChartSelectionMode.Points (or onSelect: alone), not {mode}."
            : null;

    public override void AddIdentity(ref WidgetIdentity identity)
    {
        identity.Add(Chart.Kind.ToString());
        identity.Add(Chart.X ?? "");
        identity.Add(Chart.Y.ToString());
        identity.Add(Chart.Color ?? "");
    }

    public override ChartSelection FromWire(object? wire)
    {
        if (wire is ChartSelection selection)
        {
            return selection;
        }

        var pairs = Wire.ToInts(wire).ToArray();
        if (pairs.Length % 2 != 0)
        {
            throw new FormatException("A chart selection is a list of pairs of numbers.");
        }

        var result = Chart.Kind switch
        {
            ChartKind.Histogram => Bins(pairs),
            ChartKind.Heatmap => Cells(pairs),
            ChartKind.Box => Boxes(pairs),
            _ => Points(pairs),
        };
        return result.IsEmpty ? ChartSelection.Empty : result;
    }

    public override WidgetElement CreateElement(string widgetId, ChartSelection value) =>
        new SelectableChartElement(widgetId, Label, Chart, Mode, value);

    private ChartSelection Points(int[] pairs)
    {
        var series = ChartData.SeriesNames(Chart);
        var rows = Chart.Data.Rows.Count;
        var points = new List<SelectedPoint>(pairs.Length / 2);
        for (var i = 0; i < pairs.Length; i += 2)
        {
            var (s, row) = (pairs[i], pairs[i + 1]);
            if (s < 0 || s >= series.Count || row < 0 || row >= rows)
            {
                throw new FormatException($"The chart has no point at series {s}, row {row}.");
            }

            points.Add(new SelectedPoint(row, series[s].Name, ChartData.XAt(Chart, row), Chart.Data.Columns[series[s].YColumn][row]));
        }

        return new ChartSelection(points.ToArray());
    }

    private ChartSelection Bins(int[] pairs)
    {
        var figure = ChartData.PrepareShared(Chart);
        var points = new List<SelectedPoint>();
        for (var i = 0; i < pairs.Length; i += 2)
        {
            if (ChartData.HistogramRows(Chart, figure, pairs[i], pairs[i + 1]) is not { } bin)
            {
                throw new FormatException($"The histogram has no bin {pairs[i + 1]} in series {pairs[i]}.");
            }

            var name = figure.Series[pairs[i]].Name;
            points.AddRange(bin.Rows.Select(r => new SelectedPoint(r, name, Chart.Data.Columns[bin.Column][r], null)));
        }

        return new ChartSelection(points.ToArray());
    }

    private ChartSelection Cells(int[] pairs)
    {
        var map = ChartData.PrepareShared(Chart).Heatmap!;
        var cells = new List<SelectedCell>();
        var points = new List<SelectedPoint>();
        var pivot = Chart.X is not null && Chart.Y.Count == 1;
        for (var i = 0; i < pairs.Length; i += 2)
        {
            var (row, column) = (pairs[i], pairs[i + 1]);
            if (row < 0 || row >= map.YLabels.Length || column < 0 || column >= map.XLabels.Length)
            {
                throw new FormatException($"The heatmap has no cell at row {row}, column {column}.");
            }

            cells.Add(new SelectedCell(map.XLabels[column], map.YLabels[row], map.Z[row][column]));
            foreach (var r in ChartData.HeatmapRows(Chart, row, column))
            {
                points.Add(pivot
                    ? new SelectedPoint(r, Chart.Value ?? "count", Chart.Data.Columns[Chart.X!][r], Chart.Data.Columns[Chart.Y.Names[0]][r])
                    : new SelectedPoint(r, map.XLabels[column], map.XLabels[column], map.Z[row][column]));
            }
        }

        return new ChartSelection(points.ToArray()) { Cells = cells.ToArray() };
    }

    private ChartSelection Boxes(int[] pairs)
    {
        var boxes = ChartData.PrepareShared(Chart).Boxes;
        var points = new List<SelectedPoint>();
        for (var i = 0; i < pairs.Length; i += 2)
        {
            var box = pairs[i];
            if (box < 0 || box >= boxes.Count)
            {
                throw new FormatException($"The box chart has no box {box}.");
            }

            var (rows, column) = ChartData.BoxRows(Chart, box);
            var group = Chart.X ?? Chart.Color;
            points.AddRange(rows.Select(r => new SelectedPoint(r, boxes[box].Name, group is null ? column : Chart.Data.Columns[group][r], Chart.Data.Columns[column][r])));
        }

        return new ChartSelection(points.ToArray());
    }
}

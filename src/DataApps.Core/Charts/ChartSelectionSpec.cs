using DataApps.Widgets;

namespace DataApps.Charts;

/// <summary>The widget behind a chart with <c>selection:</c> or <c>onSelect:</c>: its value is the selected points.</summary>
/// <remarks>
/// The browser sends flat pairs <c>[series, row, series, row, …]</c>: the trace index and the source row of
/// each selected point. The renderer keeps the source row of every point it drew, so the rows stay right
/// through downsampling and zoom re-sampling; x and y are read back from the frame here.
/// </remarks>
internal sealed class ChartSelectionSpec(string label, Chart chart, ChartSelectionMode mode) : WidgetSpec<ChartSelection>("chart", label)
{
    public Chart Chart { get; } = chart;

    public ChartSelectionMode Mode { get; } = mode;

    public override ChartSelection DefaultValue => ChartSelection.Empty;

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
            throw new FormatException("A chart selection is a list of (series, row) pairs.");
        }

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

        return points.Count == 0 ? ChartSelection.Empty : new ChartSelection(points.ToArray());
    }

    public override WidgetElement CreateElement(string widgetId, ChartSelection value) =>
        new SelectableChartElement(widgetId, Label, Chart, Mode, value);
}

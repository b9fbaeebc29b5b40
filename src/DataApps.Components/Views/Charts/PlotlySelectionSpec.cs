using DataApps.Widgets;
using Plotly.Blazor;
using PlotlyLayout = Plotly.Blazor.Layout;

namespace DataApps.Components.Views.Charts;

/// <summary>The widget behind <c>ui.Plotly(…, selection: …)</c>: its value is what the user selected on the figure.</summary>
/// <remarks>The browser sends the JSON of dataapps-chart.js <c>listen</c>; tests may set a <see cref="PlotlySelection"/> itself.</remarks>
internal sealed class PlotlySelectionSpec(IList<ITrace> traces, PlotlyLayout? layout, Config? config, int height, ChartSelectionMode mode)
    : WidgetSpec<PlotlySelection>("plotly", "")
{
    public override PlotlySelection DefaultValue => PlotlySelection.Empty;

    public override void AddIdentity(ref WidgetIdentity identity)
    {
        identity.Add(traces.Count);
        foreach (var trace in traces)
        {
            identity.Add(trace.GetType().Name);
        }
    }

    public override PlotlySelection FromWire(object? wire)
    {
        if (wire is PlotlySelection selection)
        {
            return selection;
        }

        try
        {
            var parsed = PlotlySelectionJson.Parse(Wire.ToText(wire));
            return parsed.IsEmpty && parsed.Box is null && parsed.Lasso is null ? PlotlySelection.Empty : parsed;
        }
        catch (System.Text.Json.JsonException e)
        {
            throw new FormatException($"A Plotly selection is JSON: {e.Message}", e);
        }
    }

    public override WidgetElement CreateElement(string widgetId, PlotlySelection value) =>
        new SelectablePlotlyElement(widgetId, traces, layout, config, height, mode, value);
}

using Plotly.Blazor;
using PlotlyLayout = Plotly.Blazor.Layout;

namespace DataApps;

/// <summary>A full Plotly.Blazor figure (<c>ui.Plotly</c>): traces, layout and config, held by reference.</summary>
/// <remarks>
/// It lives in the Components assembly because Core may not know Plotly; it is registered with
/// <c>AddElement&lt;PlotlyElement, PlotlyView&gt;()</c> exactly as a custom element would be. The figure is compared
/// by reference: pass new objects to redraw, and do not change a figure after passing it.
/// </remarks>
/// <param name="Data">The traces.</param>
/// <param name="Layout">The layout, or <c>null</c> for Plotly's defaults (themed).</param>
/// <param name="Config">The config, or <c>null</c> for a responsive chart without the Plotly logo.</param>
/// <param name="Height">The height in pixels.</param>
public sealed record PlotlyElement(IList<ITrace> Data, PlotlyLayout? Layout, Config? Config, int Height) : Element;

/// <summary>The <c>ui.Plotly</c> verb: any Plotly.Blazor figure on a page.</summary>
public static class PlotlyUiExtensions
{
    /// <summary>Draws a full Plotly.Blazor figure; use it for what the chart verbs do not cover (subplots, 3D, maps, annotations).</summary>
    /// <param name="ui">Where to draw.</param>
    /// <param name="traces">The traces, e.g. <c>new Scatter { X = …, Y = … }</c>.</param>
    /// <param name="layout">The layout; when it has no <c>Template</c>, the app theme's colours are applied through one.</param>
    /// <param name="config">The config; responsive without the Plotly logo when <c>null</c>.</param>
    /// <param name="height">The height in pixels.</param>
    /// <remarks>
    /// Scatter, scattergl, bar, histogram, heatmap, box and pie traces draw with the DataApps plotly.js bundle; a figure
    /// with any other trace type loads Plotly.Blazor's full plotly.js bundle first (docs/charts.md, "Which plotly.js").
    /// </remarks>
    /// <example><c>ui.Plotly([new Scatter { X = [1, 2, 3], Y = [2, 1, 3] }], new Layout { Title = new Title { Text = "Custom" } });</c></example>
    public static void Plotly(this Ui ui, IList<ITrace> traces, PlotlyLayout? layout = null, Config? config = null, int height = 400)
    {
        ArgumentNullException.ThrowIfNull(ui);
        ArgumentNullException.ThrowIfNull(traces);
        ui.Add(new PlotlyElement(traces, layout, config, height));
    }
}

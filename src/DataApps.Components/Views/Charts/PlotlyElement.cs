using DataApps.Components.Views.Charts;
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

/// <summary>A <c>ui.Plotly</c> figure whose selection comes back to the script (<c>selection:</c> or <c>onSelect:</c>).</summary>
/// <param name="WidgetId">The widget's identity.</param>
/// <param name="Data">The traces.</param>
/// <param name="Layout">The layout, or <c>null</c>.</param>
/// <param name="Config">The config, or <c>null</c>.</param>
/// <param name="Height">The height in pixels.</param>
/// <param name="Mode">How the user selects: box, lasso or clicks.</param>
/// <param name="Selection">What is selected now.</param>
public sealed record SelectablePlotlyElement(string WidgetId, IList<ITrace> Data, PlotlyLayout? Layout, Config? Config, int Height,
    ChartSelectionMode Mode, PlotlySelection Selection) : WidgetElement(WidgetId, "");

/// <summary>The <c>ui.Plotly</c> verb: any Plotly.Blazor figure on a page.</summary>
public static class PlotlyUiExtensions
{
    /// <summary>Draws a full Plotly.Blazor figure; use it for what the chart verbs do not cover (subplots, 3D, maps, annotations).</summary>
    /// <param name="ui">Where to draw.</param>
    /// <param name="traces">The traces, e.g. <c>new Scatter { X = …, Y = … }</c>.</param>
    /// <param name="layout">The layout; when it has no <c>Template</c>, the app theme's colours are applied through one.</param>
    /// <param name="config">The config; responsive without the Plotly logo when <c>null</c>.</param>
    /// <param name="height">The height in pixels.</param>
    /// <param name="selection">Makes the figure a widget that returns what the user selects this way (Streamlit's <c>selection_mode</c>): a box, a lasso, or clicked points. A click on a heatmap cell selects it in every mode.</param>
    /// <param name="onSelect">Called before the next run when the selection changes; implies box selection (Streamlit's <c>on_select</c>).</param>
    /// <param name="key">The widget key of a selectable figure (needed when a page has two with the same trace types).</param>
    /// <returns>The selected points, box and lasso; empty unless the figure is selectable.</returns>
    /// <remarks>
    /// Scatter, scattergl, bar, histogram, heatmap, box and pie traces draw with the DataApps plotly.js bundle; a figure
    /// with any other trace type loads Plotly.Blazor's full plotly.js bundle first (docs/charts.md, "Which plotly.js").
    /// A selection sets the layout's drag mode and click mode unless the layout sets them itself.
    /// </remarks>
    /// <example><c>var picked = ui.Plotly([new Scatter { X = xs, Y = ys, CustomData = ids }], selection: ChartSelectionMode.Lasso);</c></example>
    public static PlotlySelection Plotly(this Ui ui, IList<ITrace> traces, PlotlyLayout? layout = null, Config? config = null, int height = 400,
        ChartSelectionMode selection = ChartSelectionMode.None, Action? onSelect = null, string? key = null)
    {
        ArgumentNullException.ThrowIfNull(ui);
        ArgumentNullException.ThrowIfNull(traces);
        if (selection == ChartSelectionMode.None && onSelect is null)
        {
            ui.Add(new PlotlyElement(traces, layout, config, height));
            return PlotlySelection.Empty;
        }

        var mode = selection == ChartSelectionMode.None ? ChartSelectionMode.Box : selection;
        return ui.Widget(new PlotlySelectionSpec(traces, layout, config, height, mode) { Key = key, OnChange = onSelect });
    }
}

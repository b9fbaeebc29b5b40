using Microsoft.AspNetCore.Components;
using Plotly.Blazor;
using PlotlyLayout = Plotly.Blazor.Layout;

namespace DataApps.Components.Views.Charts;

/// <summary>Shows a <see cref="PlotlyElement"/>: the user's figure, themed through <c>layout.template</c> when it has none.</summary>
/// <remarks>
/// A figure whose traces are all in the DataApps plotly.js bundle is drawn by it; one with another trace type (3D, maps,
/// pie, …) loads the full bundle first (Note [Plotly bundles] in <see cref="PlotlyScriptGate"/>). The chart is keyed by
/// the bundle, so a figure that moves from one to the other is drawn anew by the right one.
/// </remarks>
public partial class PlotlyView
{
    private PlotlyChart? _plot;
    private PlotlyLayout _layout = new();
    private Config _config = ChartLayout.Config();
    private PlotlyElement? _shown;
    private object? _template;
    private bool? _dark;
    private bool _plotted;
    private bool _reactPending;
    private bool _full;

    /// <summary>Whether the app shows its dark theme (cascaded by the layout).</summary>
    [CascadingParameter(Name = ChartTheme.DarkModeName)]
    public bool Dark { get; set; }

    /// <inheritdoc />
    protected override async Task OnParametersSetAsync()
    {
        var changed = _shown is null || !_shown.Equals(Element);
        if (!changed && _dark == Dark)
        {
            return;
        }

        _shown = Element;
        _dark = Dark;
        _full = PlotlyBundles.NeedsFull(Element.Data);
        _layout = Element.Layout ?? _layout;
        _config = Element.Config ?? _config;
        if (_layout.Template is null || ReferenceEquals(_layout.Template, _template))
        {
            // Only a template this view set itself is replaced: a user's own template wins.
            _template = Template(Dark);
            _layout.Template = _template;
        }

        if (_plotted && _plot is not null)
        {
            if (changed)
            {
                _reactPending = true; // the new figure reaches PlotlyChart in this render; react after it
            }
            else
            {
                await _plot.React(); // the theme alone: the layout object was updated in place
            }
        }
    }

    /// <inheritdoc />
    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (_reactPending && _plot is not null)
        {
            _reactPending = false;
            await _plot.React();
        }
    }

    private void OnPlotted() => _plotted = true;

    private static object Template(bool dark)
    {
        var theme = ChartTheme.For(dark);
        var axis = new Dictionary<string, object> { ["gridcolor"] = theme.Grid, ["zerolinecolor"] = theme.Grid, ["linecolor"] = theme.Grid };
        return new Dictionary<string, object>
        {
            ["layout"] = new Dictionary<string, object>
            {
                ["paper_bgcolor"] = "rgba(0,0,0,0)",
                ["plot_bgcolor"] = "rgba(0,0,0,0)",
                ["font"] = new Dictionary<string, object> { ["color"] = theme.Text },
                ["xaxis"] = axis,
                ["yaxis"] = axis,
            },
        };
    }
}

using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;
using Plotly.Blazor;
using Plotly.Blazor.LayoutLib;
using PlotlyLayout = Plotly.Blazor.Layout;

namespace DataApps.Components.Views.Charts;

/// <summary>Draws a <c>ui.Plotly</c> figure: the user's traces, themed through <c>layout.template</c> when it has none, and its selection.</summary>
/// <remarks>
/// A figure whose traces are all in the DataApps plotly.js bundle is drawn by it; one with another trace type (3D, maps,
/// pie, …) loads the full bundle first (Note [Plotly bundles] in <see cref="PlotlyScriptGate"/>). The chart is keyed by
/// the bundle, so a figure that moves from one to the other is drawn anew by the right one.
///
/// Note [Plotly selection]: Plotly.Blazor's selected event carries neither customdata nor the box or lasso drawn, so a
/// selectable figure listens with dataapps-chart.js (<c>listen</c>), which sends one JSON text per selection
/// (plotly_selected; plotly_click on traces Plotly cannot select, such as heatmaps; an empty one on plotly_deselect and
/// plotly_doubleclick). The mode sets <c>dragmode</c> (select, lasso) and <c>clickmode</c> (event+select) unless the
/// user's layout sets them.
/// </remarks>
public partial class PlotlyFigure : ComponentBase, IAsyncDisposable
{
    private const string Module = "./_content/DataApps.Components/dataapps-chart.js";
    private PlotlyChart? _plot;
    private PlotlyLayout _layout = new();
    private Config _config = ChartLayout.Config();
    private (IList<ITrace>, PlotlyLayout?, Config?, int)? _shown;
    private object? _template;
    private bool? _dark;
    private bool _plotted;
    private bool _reactPending;
    private bool _full;
    private bool _listening;
    private ElementReference _root;
    private IJSObjectReference? _module;
    private IJSObjectReference? _listener;
    private DotNetObjectReference<PlotlyFigure>? _self;
    private bool _disposed;

    /// <summary>The traces.</summary>
    [Parameter, EditorRequired]
    public IList<ITrace> Data { get; set; } = default!;

    /// <summary>The user's layout, or <c>null</c>.</summary>
    [Parameter]
    public PlotlyLayout? Layout { get; set; }

    /// <summary>The user's config, or <c>null</c>.</summary>
    [Parameter]
    public Config? Config { get; set; }

    /// <summary>The height in pixels.</summary>
    [Parameter]
    public int Height { get; set; } = 400;

    /// <summary>How the user selects; <see cref="ChartSelectionMode.None"/> for a figure that is not a widget.</summary>
    [Parameter]
    public ChartSelectionMode Mode { get; set; }

    /// <summary>Receives a selection as the JSON of dataapps-chart.js.</summary>
    [Parameter]
    public Action<string>? OnSelect { get; set; }

    /// <summary>Whether the app shows its dark theme (cascaded by the layout).</summary>
    [CascadingParameter(Name = ChartTheme.DarkModeName)]
    public bool Dark { get; set; }

    [Inject]
    private IJSRuntime JS { get; set; } = default!;

    /// <summary>The layout drawn now (for tests).</summary>
    internal PlotlyLayout ShownLayout => _layout;

    /// <inheritdoc />
    protected override async Task OnParametersSetAsync()
    {
        var figure = (Data, Layout, Config, Height);
        var changed = _shown is not { } shown || !ReferenceEquals(shown.Item1, Data) || !ReferenceEquals(shown.Item2, Layout)
            || !ReferenceEquals(shown.Item3, Config) || shown.Item4 != Height;
        if (!changed && _dark == Dark)
        {
            return;
        }

        _shown = figure;
        _dark = Dark;
        _full = PlotlyBundles.NeedsFull(Data);
        _layout = Layout ?? _layout;
        _config = Config ?? _config;
        if (_layout.Template is null || ReferenceEquals(_layout.Template, _template))
        {
            // Only a template this view set itself is replaced: a user's own template wins.
            _template = Template(Dark);
            _layout.Template = _template;
        }

        if (Mode != ChartSelectionMode.None)
        {
            _layout.DragMode ??= Mode switch
            {
                ChartSelectionMode.Lasso => DragModeEnum.Lasso,
                ChartSelectionMode.Box => DragModeEnum.Select,
                _ => DragModeEnum.Zoom,
            };
            _layout.ClickMode ??= ClickModeFlag.Event | ClickModeFlag.Select;
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

    private async void OnPlotted()
    {
        _plotted = true;
        if (Mode == ChartSelectionMode.None || _module is not null || _disposed)
        {
            return;
        }

        try
        {
            _module = await JS.InvokeAsync<IJSObjectReference>("import", Module);
            _self ??= DotNetObjectReference.Create(this);
            _listener = await _module.InvokeAsync<IJSObjectReference?>("listen", _root, _self);
            if (_disposed)
            {
                await DisposeAsync(); // the figure left the page while the script was attaching
                return;
            }

            // data-ready: the figure now hears selections (tests wait for it).
            _listening = true;
            await InvokeAsync(StateHasChanged);
        }
        catch (Exception ex) when (ex is JSDisconnectedException or TaskCanceledException)
        {
            // The circuit went away while the figure was being set up.
        }
    }

    /// <summary>A selection in the browser (Note [Plotly selection]), as JSON.</summary>
    /// <param name="json">The points, box and lasso.</param>
    /// <returns>A completed task.</returns>
    [JSInvokable]
    public Task Selected(string json)
    {
        if (!_disposed)
        {
            OnSelect?.Invoke(json);
        }

        return Task.CompletedTask;
    }

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

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        _disposed = true;
        try
        {
            if (_listener is not null)
            {
                await _listener.InvokeVoidAsync("dispose");
                await _listener.DisposeAsync();
                _listener = null;
            }

            if (_module is not null)
            {
                await _module.DisposeAsync();
            }
        }
        catch (Exception ex) when (ex is JSDisconnectedException or TaskCanceledException or JSException)
        {
            // The circuit is gone, and the DOM with it.
        }

        _self?.Dispose();
        GC.SuppressFinalize(this);
    }
}

using System.Globalization;
using System.Text.Json;
using DataApps.Charts;
using Microsoft.AspNetCore.Components;
using Plotly.Blazor;
using Microsoft.JSInterop;
using Plotly.Blazor.Interop;
using Plotly.Blazor.Traces;
using PlotlyLayout = Plotly.Blazor.Layout;

namespace DataApps.Components.Views.Charts;

/// <summary>Draws a <see cref="DataApps.Chart"/> with Plotly.Blazor, re-sampling long series for the x range the user zooms to.</summary>
/// <remarks>
/// Note [Plotly updates]: changing <c>PlotlyChart.Data</c> does not re-plot. This component swaps the trace list and
/// layout and then calls <c>React()</c> once the new parameters reached the chart (after render). The layout's
/// <c>uirevision</c> stays the same across zoom re-sampling and theme changes, so Plotly keeps the user's zoom;
/// it changes when the chart itself changes, which resets the view.
///
/// Note [Clearing a selection]: Plotly fires <c>plotly_deselect</c> when the user clears a selection (a double-click on
/// the plot, or a new box that catches no point) and <c>plotly_selected</c> without event data in some click modes.
/// Plotly.Blazor hears neither (its selected handler reads <c>data.points</c>), so dataapps-chart.js listens for both and
/// calls <see cref="Deselected"/>, which sends an empty selection. Its listeners are attached before Plotly.Blazor's, so a
/// throw in Plotly.Blazor's handler cannot stop them. The double-click also resets the zoom (<see cref="OnRelayout"/>).
///
/// Note [Selection by click]: heatmap cells and server-summarized boxes are not points Plotly can select (a box
/// trace with precomputed quartiles has no sample points, a heatmap no select support), so on those charts a click
/// is the selection: dataapps-chart.js hears plotly_click and sends the cell (<c>pointIndex</c> is <c>[row, column]</c>)
/// or the box (the trace) to <see cref="Clicked"/>; a click replaces the selection with that cell or box, and a
/// double-click clears it (plotly_doubleclick). Both go through the same script and .NET object, so they arrive in the
/// order they happened; Plotly also emits plotly_click for the second click of a double-click, after the double-click,
/// and the script drops it (<c>event.detail</c> 2), so the clear is the last word. Histogram bars are selectable like bars: box, lasso or click.
/// </remarks>
public partial class ChartPlot : ComponentBase, IAsyncDisposable
{
    private const string Module = "./_content/DataApps.Components/dataapps-chart.js";
    private PlotlyChart? _plot;
    private List<ITrace> _data = [];
    private PlotlyLayout _layout = new();
    private readonly Config _config = ChartLayout.Config();
    private Chart? _builtFor;
    private bool? _builtDark;
    private ChartFigure? _full;
    private ChartFigure? _shown;
    private (double Low, double High)? _range;
    private int _revision;
    private int _points;
    private int _total;
    private bool _webGl;
    private bool _plotted;
    private bool _listening;
    private bool _reactPending;
    private ElementReference _root;
    private IJSObjectReference? _module;
    private IJSObjectReference? _deselect;
    private DotNetObjectReference<ChartPlot>? _self;
    private bool _disposed;

    /// <summary>What to draw.</summary>
    [Parameter, EditorRequired]
    public Chart Chart { get; set; } = default!;

    /// <summary>How the user selects points; <see cref="ChartSelectionMode.None"/> for a chart that is not a widget.</summary>
    [Parameter]
    public ChartSelectionMode Mode { get; set; }

    /// <summary>Receives a selection as flat (series, source row) pairs.</summary>
    [Parameter]
    public Action<int[]>? OnSelect { get; set; }

    /// <summary>Whether Plotly draws the chart title (a selectable chart shows it as its widget label instead).</summary>
    [Parameter]
    public bool ShowTitle { get; set; } = true;

    /// <summary>Whether the app shows its dark theme (cascaded by the layout).</summary>
    [CascadingParameter(Name = ChartTheme.DarkModeName)]
    public bool Dark { get; set; }

    [Inject]
    private IJSRuntime JS { get; set; } = default!;

    private string KindName => Chart.Kind.ToString().ToLowerInvariant();

    /// <summary>The figure drawn now (for tests).</summary>
    internal ChartFigure? Shown => _shown;

    /// <summary>The traces drawn now (for tests).</summary>
    internal IReadOnlyList<ITrace> Traces => _data;

    /// <summary>The layout drawn now (for tests).</summary>
    internal PlotlyLayout Layout => _layout;

    /// <inheritdoc />
    protected override void OnParametersSet()
    {
        if (_builtFor is null || !(ReferenceEquals(_builtFor, Chart) || _builtFor.Equals(Chart)))
        {
            _builtFor = Chart;
            _full = ChartData.PrepareShared(Chart);
            _range = null;
            _revision++;
            Show(ChartData.Figure(_full, MaxPoints));
            _builtDark = Dark;
            _reactPending = _plotted;
        }
        else if (_builtDark != Dark)
        {
            _builtDark = Dark;
            _layout = ChartLayout.Build(_shown!, Chart, Mode, Dark, _revision, ShowTitle);
            _reactPending = _plotted;
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

    private int MaxPoints => Chart.Options.MaxPoints ?? ChartData.DefaultMaxPoints;

    private void Show(ChartFigure figure)
    {
        _shown = figure;
        _data = ChartTraces.Build(figure, Chart, Mode);
        _layout = ChartLayout.Build(figure, Chart, Mode, Dark, _revision, ShowTitle);
        _points = figure.Series.Sum(s => s.Y.Length);
        _total = figure.Series.Sum(s => s.TotalPoints);
        _webGl = _data.Any(t => t is ScatterGl);
    }

    private async void OnPlotted()
    {
        _plotted = true;
        try
        {
            if (_plot is null)
            {
                return;
            }

            if (Chart.Kind is ChartKind.Line or ChartKind.Area or ChartKind.Scatter)
            {
                await _plot.SubscribeRelayoutEvent();
            }

            if (Mode != ChartSelectionMode.None)
            {
                await ListenForDeselectAsync();
                if (!ByClick)
                {
                    await _plot.SubscribeSelectedEvent();
                }
            }

            // data-ready: the chart now hears zooms and selections (tests and benchmarks wait for it).
            _listening = true;
            await InvokeAsync(StateHasChanged);
        }
        catch (JSDisconnectedException)
        {
            // The circuit went away while the chart was being set up.
        }
        catch (TaskCanceledException)
        {
        }
    }

    /// <summary>Attaches dataapps-chart.js to the plot once: see Note [Clearing a selection].</summary>
    private async Task ListenForDeselectAsync()
    {
        if (_module is not null || _disposed)
        {
            return;
        }

        _module = await JS.InvokeAsync<IJSObjectReference>("import", Module);
        _self ??= DotNetObjectReference.Create(this);
        _deselect = await _module.InvokeAsync<IJSObjectReference?>("attach", _root, _self, ByClick);
        if (_disposed)
        {
            await DisposeAsync(); // the chart left the page while the script was attaching
        }
    }

    /// <summary>The user cleared the selection in the browser (see Note [Clearing a selection]): sends an empty selection.</summary>
    /// <returns>A completed task.</returns>
    [JSInvokable]
    public Task Deselected()
    {
        if (!_disposed)
        {
            OnSelect?.Invoke([]);
        }

        return Task.CompletedTask;
    }

    /// <summary>Zoom in: the server re-samples the visible x range at full detail; a reset (double-click) shows the overview again.</summary>
    internal void OnRelayout(RelayoutEventData data)
    {
        if (_full is null || data.RawData is null)
        {
            return;
        }

        (double, double)? range;
        if (data.RawData.ContainsKey("xaxis.autorange"))
        {
            range = null;
        }
        else if (data.RawData.TryGetValue("xaxis.range[0]", out var low) && data.RawData.TryGetValue("xaxis.range[1]", out var high)
                 && ChartData.FromAxisValue(low, _full.XAxis) is { } lo && ChartData.FromAxisValue(high, _full.XAxis) is { } hi)
        {
            range = (Math.Min(lo, hi), Math.Max(lo, hi));
        }
        else if (data.RawData.TryGetValue("xaxis.range", out var pair) && pair.ValueKind == JsonValueKind.Array && pair.GetArrayLength() == 2
                 && ChartData.FromAxisValue(pair[0], _full.XAxis) is { } l && ChartData.FromAxisValue(pair[1], _full.XAxis) is { } h)
        {
            range = (Math.Min(l, h), Math.Max(l, h));
        }
        else
        {
            return; // a resize or a y-only change: nothing to re-sample
        }

        // Only re-sample when it shows something new: a different range of a series the overview reduced.
        if (range == _range || !Reducible(_full))
        {
            return;
        }

        _range = range;
        Show(ChartData.Figure(_full, MaxPoints, range));
        _reactPending = true;
        _ = InvokeAsync(StateHasChanged);
    }

    /// <summary>Whether some series is longer than what the browser gets, so a zoom can show more.</summary>
    private bool Reducible(ChartFigure full) =>
        full.Series.Any(s => s.Y.Length > (full.Kind == ChartKind.Scatter ? ChartData.ScatterLimit : MaxPoints));

    /// <summary>Whether a click is the selection (heatmaps and boxes): see Note [Selection by click].</summary>
    private bool ByClick => Chart.Kind is ChartKind.Heatmap or ChartKind.Box;

    /// <summary>A click on a heatmap cell or a box (Note [Selection by click]): sends (row, column) or (box, 0) pairs.</summary>
    /// <param name="points">Per clicked point: its trace, and its row and column (a heatmap cell) or -1, -1.</param>
    /// <returns>A completed task.</returns>
    [JSInvokable]
    public Task Clicked(int[][] points)
    {
        if (OnSelect is null || _shown is null || !ByClick || _disposed)
        {
            return Task.CompletedTask;
        }

        var clicked = new List<int>();
        foreach (var point in points ?? [])
        {
            if (point is not [var trace, var row, var column])
            {
                continue;
            }

            if (Chart.Kind == ChartKind.Heatmap && row >= 0 && column >= 0)
            {
                clicked.Add(row);
                clicked.Add(column);
            }
            else if (Chart.Kind == ChartKind.Box && BoxIndex(trace) is { } box)
            {
                clicked.Add(box);
                clicked.Add(0);
            }
        }

        OnSelect(clicked.ToArray());
        return Task.CompletedTask;
    }

    /// <summary>The index in the figure's boxes of a drawn box trace (boxes without values are not drawn).</summary>
    private int? BoxIndex(int trace)
    {
        var drawn = -1;
        for (var i = 0; i < _shown!.Boxes.Count; i++)
        {
            if (_shown.Boxes[i].Count > 0 && ++drawn == trace)
            {
                return i;
            }
        }

        return null;
    }

    /// <summary>Maps each selected point through the trace's source rows (right even after downsampling) and sends (series, row) pairs.</summary>
    internal void OnSelected(IEnumerable<EventDataPoint> points)
    {
        if (OnSelect is null || _shown is null)
        {
            return;
        }

        var pairs = new List<int>();
        foreach (var point in points ?? [])
        {
            var trace = point.TraceIndex;
            if (trace < 0 || trace >= _shown.Series.Count || ToIndex(point.PointIndex ?? point.PointNumber) is not { } index)
            {
                continue;
            }

            if (Chart.Kind == ChartKind.Histogram)
            {
                pairs.Add(trace);
                pairs.Add(index); // the bin: the server finds its rows
                continue;
            }

            var rows = _shown.Series[trace].Rows;
            if (index >= 0 && index < rows.Length)
            {
                pairs.Add(trace);
                pairs.Add(rows[index]);
            }
        }

        OnSelect(pairs.ToArray());
    }

    private static int? ToIndex(object? value) => value switch
    {
        int i => i,
        long l => (int)l,
        double d => (int)d,
        System.Text.Json.JsonElement { ValueKind: JsonValueKind.Number } json => json.GetInt32(),
        string s when int.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out var i) => i,
        _ => null,
    };

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        _disposed = true;
        try
        {
            if (_deselect is not null)
            {
                await _deselect.InvokeVoidAsync("dispose");
                await _deselect.DisposeAsync();
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

using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;

namespace DataApps.Components.Views.Charts;

/// <summary>Renders its content (a <c>PlotlyChart</c>) only after plotly.js has loaded: the DataApps bundle, or also the full one.</summary>
/// <remarks>
/// Note [Plotly loading]: Plotly.Blazor queues every chart's first plot until its script has loaded and then runs the
/// queue in one loop; a queued chart whose element left the page meanwhile (a rerun replaced it) throws and the charts
/// queued after it are never drawn. Loading the script first, through the same interop module Plotly.Blazor imports (so
/// its "ready" flag is set), means no chart is ever queued.
///
/// Note [Plotly bundles]: Plotly.Blazor would load the package's full plotly.js (4.85 MB, about 3 s to compile on a
/// first visit). The gate loads the DataApps bundle instead (wwwroot/plotly-dataapps.min.js, built in
/// src/DataApps.Components/plotly: scatter, scattergl, bar, histogram, heatmap and box, the traces the chart verbs
/// draw, and pie) through Plotly.Blazor's own <c>importScript</c> and then marks the script element as Plotly.Blazor's
/// full bundle, so Plotly.Blazor finds "its" script and loads nothing. A <c>ui.Plotly</c> figure with another trace type sets
/// <see cref="Full"/>: the full bundle is loaded beside the small one, and dataapps-plotly.js routes each chart's calls
/// to the bundle that draws it (see <see cref="PlotlyBundles"/>).
///
/// Note [Plotly preload]: the gate runs only once the circuit has rendered the page. So that the download does not wait
/// for that, the Components JS initializers (wwwroot/DataApps.Components.lib.module.js) add a low-priority
/// <c>&lt;link rel="preload" as="script"&gt;</c> for the DataApps bundle: when blazor.web.js starts if the prerendered page
/// has a chart, otherwise once the circuit runs and the browser is idle. The bundle (about 0.4 MB compressed) then downloads
/// while the circuit starts, or after the page has settled, and runs nothing until a chart loads it. (Preloading on every
/// page at start put the download into the first second of pages without charts: 0.76 MB instead of 0.29 MB before the
/// 1M-row grid page was interactive.) On a page that never draws a chart Chromium notes the unused preload in the console;
/// a <c>prefetch</c> would not, but the chart's script then downloaded the bundle a second time.
/// </remarks>
public sealed partial class PlotlyScriptGate : ComponentBase, IAsyncDisposable
{
    private IJSObjectReference? _interop;
    private IJSObjectReference? _loader;
    private bool _ready;
    private bool _loading;
    private bool _fullLoaded;

    /// <summary>What to show once plotly.js is ready.</summary>
    [Parameter]
    public RenderFragment? ChildContent { get; set; }

    /// <summary>Whether the content needs the full plotly.js bundle (a trace type the DataApps bundle does not have).</summary>
    [Parameter]
    public bool Full { get; set; }

    [Inject]
    private IJSRuntime JS { get; set; } = default!;

    /// <inheritdoc />
    protected override void OnParametersSet()
    {
        if (Full && !_fullLoaded)
        {
            _ready = false; // hide the content until the full bundle is there
        }
    }

    /// <inheritdoc />
    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (_ready || _loading)
        {
            return;
        }

        _loading = true;
        try
        {
            while (!_ready)
            {
                var full = Full;
                if (_interop is null || _loader is null)
                {
                    // Both imports in one round trip to the browser.
                    var interop = JS.InvokeAsync<IJSObjectReference>("import", PlotlyBundles.InteropModule).AsTask();
                    var loader = JS.InvokeAsync<IJSObjectReference>("import", PlotlyBundles.LoaderModule).AsTask();
                    (_interop, _loader) = (await interop, await loader);
                }

                await _loader.InvokeVoidAsync("load", _interop, PlotlyBundles.Small, PlotlyBundles.Full, full);
                _fullLoaded |= full;
                _ready = !Full || _fullLoaded; // Full may have changed while the script loaded
            }
        }
        catch (JSDisconnectedException)
        {
            return;
        }
        catch (TaskCanceledException)
        {
            return;
        }
        finally
        {
            _loading = false;
        }

        StateHasChanged();
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        foreach (var module in new[] { _interop, _loader })
        {
            if (module is null)
            {
                continue;
            }

            try
            {
                await module.DisposeAsync();
            }
            catch (JSDisconnectedException)
            {
            }
        }
    }
}

using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;

namespace DataApps.Components.Views.Charts;

/// <summary>Renders its content (a <c>PlotlyChart</c>) only after plotly.js has loaded.</summary>
/// <remarks>
/// Note [Plotly loading]: Plotly.Blazor queues every chart's first plot until its script has loaded and then runs the
/// queue in one loop; a queued chart whose element left the page meanwhile (a rerun replaced it) throws and the charts
/// queued after it are never drawn. Loading the script first, through the same interop module Plotly.Blazor imports (so
/// its "ready" flag is set), means no chart is ever queued.
/// </remarks>
public sealed partial class PlotlyScriptGate : ComponentBase, IAsyncDisposable
{
    // The paths Plotly.Blazor 7.2.0 uses; the same import string gives the same module instance.
    private const string InteropModule = "./_content/Plotly.Blazor/plotly-interop-7.2.0.js";
    private const string PlotlyScript = "./_content/Plotly.Blazor/plotly-3.7.0.min.js";
    private const string ScriptId = "plotly-import";

    private IJSObjectReference? _interop;
    private IJSObjectReference? _loaded;
    private bool _ready;

    /// <summary>What to show once plotly.js is ready.</summary>
    [Parameter]
    public RenderFragment? ChildContent { get; set; }

    [Inject]
    private IJSRuntime JS { get; set; } = default!;

    /// <inheritdoc />
    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (!firstRender)
        {
            return;
        }

        try
        {
            _interop = await JS.InvokeAsync<IJSObjectReference>("import", InteropModule);
            await _interop.InvokeVoidAsync("importScript", ScriptId, PlotlyScript);

            // Another chart may have started the load: importScript then resolves before the script ran.
            _loaded = await JS.InvokeAsync<IJSObjectReference>("import", "./_content/DataApps.Components/dataapps-plotly.js");
            await _loaded.InvokeVoidAsync("loaded");
        }
        catch (JSDisconnectedException)
        {
            return;
        }
        catch (TaskCanceledException)
        {
            return;
        }

        _ready = true;
        StateHasChanged();
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        foreach (var module in new[] { _interop, _loaded })
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

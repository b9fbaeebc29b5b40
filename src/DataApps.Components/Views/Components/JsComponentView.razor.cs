using System.Text;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Options;
using Microsoft.JSInterop;

namespace DataApps.Components.Views.Components;

/// <summary>Renders <c>ui.Component</c>: mounts the registered ES module once, updates it with new arguments, and sends the values it sets.</summary>
public sealed partial class JsComponentView
{
    /// <summary>The loader script, a JS module in this library's static assets.</summary>
    internal const string LoaderPath = "./_content/DataApps.Components/jsComponent.js";

    private ElementReference _host;
    private string? _modulePath;
    private IJSObjectReference? _loader;
    private IJSObjectReference? _instance;
    private DotNetObjectReference<JsComponentView>? _self;
    private string? _sentArgs;
    private string? _sentValue;
    private string? _error;
    private bool _mounting;
    private bool _mounted;
    private bool _disposed;

    [Inject]
    private IJSRuntime JS { get; set; } = default!;

    [Inject]
    private IOptions<JsComponentOptions> Components { get; set; } = default!;

    /// <summary>The message shown for a component name no module is registered under.</summary>
    /// <param name="name">The name the script used.</param>
    internal static string UnregisteredMessage(string name) =>
        $"JS component '{name}' is not registered. Register its module on the server: " +
        $"`builder.Services.AddDataApps().AddJsComponent(\"{name}\", \"_content/YourLibrary/{name}.js\")`.";

    /// <summary>Called by the loader with the JSON the module passed to <c>setValue</c> (small values).</summary>
    /// <param name="json">The value as JSON.</param>
    [JSInvokable]
    public void OnValue(string json)
    {
        if (Encoding.UTF8.GetByteCount(json) > Element.MaxSize)
        {
            OnTooLarge(Encoding.UTF8.GetByteCount(json));
            return;
        }

        _sentValue = json;
        ClearError();
        SendValue(json);
    }

    /// <summary>Called by the loader with a large value, streamed in chunks so it stays under the circuit's message size.</summary>
    /// <param name="stream">The value as UTF-8 JSON.</param>
    /// <returns>A task that completes when the value is read.</returns>
    [JSInvokable]
    public async Task OnValueStream(IJSStreamReference stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        if (stream.Length > Element.MaxSize)
        {
            OnTooLarge(stream.Length);
            return;
        }

        await using var data = await stream.OpenReadStreamAsync(Element.MaxSize);
        using var reader = new StreamReader(data, Encoding.UTF8);
        OnValue(await reader.ReadToEndAsync());
    }

    /// <summary>Called by the loader when the module set a value larger than the limit: it is not sent, and a message says why.</summary>
    /// <param name="size">The value's size in bytes.</param>
    [JSInvokable]
    public void OnTooLarge(long size)
    {
        _error = $"The value of component '{Element.Name}' is {size:N0} bytes, more than its limit of {Element.MaxSize:N0}; it was not sent.";
        Refresh();
    }

    /// <summary>Called by the loader when the module failed to load or threw.</summary>
    /// <param name="message">What went wrong.</param>
    [JSInvokable]
    public void OnError(string message)
    {
        _error = $"Component '{Element.Name}' failed: {message}";
        Refresh();
    }

    /// <inheritdoc />
    protected override void OnParametersSet() => _modulePath = Components.Value.ModuleFor(Element.Name);

    /// <inheritdoc />
    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (_modulePath is null || _disposed)
        {
            return;
        }

        if (_instance is null)
        {
            if (_mounting)
            {
                return; // the mount in progress applies the newest element when it ends
            }

            _mounting = true;
            _self = DotNetObjectReference.Create(this);
            _loader = await JS.InvokeAsync<IJSObjectReference>("import", LoaderPath);
            _sentArgs = Element.Args;
            _sentValue = Element.Value;
            _instance = await _loader.InvokeAsync<IJSObjectReference>("mount", _host, _modulePath, Element.Args, Element.Value, _self, Element.MaxSize);
            if (_disposed)
            {
                await DisposeAsync(); // left the page while mounting
                return;
            }

            _mounted = true;
            Refresh();
        }

        if (_disposed)
        {
            return;
        }

        if (Element.Args != _sentArgs || Element.Value != _sentValue)
        {
            // New arguments (or a value set by the script): update the mounted module, keeping its state.
            _sentArgs = Element.Args;
            _sentValue = Element.Value;
            await _instance.InvokeVoidAsync("update", Element.Args, Element.Value);
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        _disposed = true;
        try
        {
            if (_instance is not null)
            {
                await _instance.InvokeVoidAsync("dispose");
                await _instance.DisposeAsync();
            }

            if (_loader is not null)
            {
                await _loader.DisposeAsync();
            }
        }
        catch (JSDisconnectedException)
        {
            // The circuit is gone: nothing left to clean in the browser.
        }

        _self?.Dispose();
    }

    private void ClearError()
    {
        if (_error is not null)
        {
            _error = null;
            Refresh();
        }
    }
}

using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;

namespace DataApps.Components.Views.Widgets;

// Note [Large text]: Blazor sends the value of a change event inside one circuit message, and SignalR closes the circuit
// on a message over 32 KB (HubOptions.MaximumReceiveMessageSize). A pasted 40,000-character text closed the socket: the
// value was lost, the page stopped answering and nothing said why. Raising the hub's limit would raise it for every message
// of every client; instead a listener of the field's (largeText.js, ahead of Blazor's) lets small values go through @onchange and
// streams larger ones in chunks (as JS components do), up to DataAppsOptions.MaxTextLength characters. Over that the
// browser does not send the value and the field says so; the server checks the limit again on what it reads.
// A field renders with data-large-text="pending" until its listener is attached; a large value changed in between is held
// by a guard on the window (DataApps.Components.lib.module.js, installed before Blazor starts) and sent when it attaches.

/// <summary>The channel of one text field for values too large for a Blazor event: streams them in, refuses them over the limit.</summary>
internal sealed class LargeTextChannel(Action<string> send, Action<string?> report, int maxLength) : IAsyncDisposable
{
    /// <summary>The listener script, a JS module in this library's static assets.</summary>
    internal const string ScriptPath = "./_content/DataApps.Components/largeText.js";

    private DotNetObjectReference<LargeTextChannel>? _self;
    private IJSObjectReference? _listener;
    private bool _disposed;

    /// <summary>The most characters a value may have.</summary>
    public int MaxLength => maxLength;

    /// <summary>The message shown under a field whose value was not sent.</summary>
    /// <param name="length">The value's length in characters.</param>
    /// <param name="maxLength">The limit.</param>
    internal static string TooLongMessage(long length, int maxLength) => string.Create(CultureInfo.InvariantCulture,
        $"This text has {length:N0} characters, more than the {maxLength:N0} this field accepts; it was not sent.");

    /// <summary>Attaches the listener to <paramref name="field"/>; call once, after the first render.</summary>
    public async Task AttachAsync(IJSRuntime js, ElementReference field)
    {
        _self = DotNetObjectReference.Create(this);
        await using var module = await js.InvokeAsync<IJSObjectReference>("import", ScriptPath);
        if (module is null)
        {
            return; // a test renderer without a browser
        }

        _listener = await module.InvokeAsync<IJSObjectReference>("attach", field, _self, maxLength);
        if (_disposed)
        {
            await DisposeAsync();
        }
    }

    /// <summary>Called by the listener with a value too large for one circuit message, as UTF-8.</summary>
    /// <param name="stream">The text.</param>
    /// <returns>A task that completes when the value is read and sent.</returns>
    [JSInvokable]
    public async Task OnTextStream(IJSStreamReference stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var maxBytes = (long)maxLength * 3; // UTF-8 spends at most 3 bytes per UTF-16 unit
        if (stream.Length > maxBytes)
        {
            report(string.Create(CultureInfo.InvariantCulture, $"This text is {stream.Length:N0} bytes, more than the {maxLength:N0} characters this field accepts; it was not sent."));
            return;
        }

        await using var data = await stream.OpenReadStreamAsync(maxBytes);
        using var reader = new StreamReader(data, Encoding.UTF8);
        var text = await reader.ReadToEndAsync();
        if (text.Length > maxLength)
        {
            report(TooLongMessage(text.Length, maxLength));
            return;
        }

        report(null);
        send(text);
    }

    /// <summary>Called by the listener when the value is over the limit: it was not sent.</summary>
    /// <param name="length">The value's length in characters.</param>
    [JSInvokable]
    public void OnTooLong(int length) => report(TooLongMessage(length, maxLength));

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
        }
        catch (JSDisconnectedException)
        {
            // The circuit is gone: nothing left to clean in the browser.
        }

        _self?.Dispose();
    }
}

using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;

namespace DataApps.Components.Views.Media;

/// <summary>
/// What the camera and microphone widgets share: the capture script (mediaCapture.js) records in the browser and uploads over HTTP;
/// this view shows its progress and refusals, and sends the upload id (or <c>null</c> to clear) as the widget's value.
/// </summary>
/// <typeparam name="TElement">The widget's element.</typeparam>
public abstract class CaptureView<TElement> : ElementView<TElement>, IAsyncDisposable
    where TElement : WidgetElement
{
    /// <summary>The capture script, a JS module in this library's static assets.</summary>
    internal const string ScriptPath = "./_content/DataApps.Components/mediaCapture.js";

    private IJSObjectReference? _module;
    private DotNetObjectReference<CaptureView<TElement>>? _self;

    /// <summary>The widget's root DOM node, which the script attaches to.</summary>
    protected ElementReference Root { get; set; }

    /// <summary>The script instance attached to <see cref="Root"/>.</summary>
    protected IJSObjectReference? Capture { get; private set; }

    /// <summary>What the widget is doing (uploading), or <c>null</c>.</summary>
    protected string? Status { get; private set; }

    /// <summary>Why capturing failed (the browser refused the device, the upload was refused), or <c>null</c>.</summary>
    protected string? Error { get; private set; }

    /// <summary>Whether the device is running (the camera preview shows, the microphone records).</summary>
    protected bool Active { get; private set; }

    /// <summary>The session's upload endpoint.</summary>
    protected abstract string UploadUrl { get; }

    /// <summary>The script's function that attaches to the widget (<c>attachCamera</c>).</summary>
    protected abstract string AttachFunction { get; }

    /// <summary>Runs the capture script.</summary>
    [Inject]
    private IJSRuntime JS { get; set; } = default!;

    /// <summary>Called by the script when the device is running (or stopped).</summary>
    /// <param name="active">Whether it runs.</param>
    [JSInvokable]
    public void OnReady(bool active)
    {
        Active = active;
        Error = null;
        Refresh();
    }

    /// <summary>Called by the script when the microphone starts or stops recording.</summary>
    /// <param name="recording">Whether it records.</param>
    [JSInvokable]
    public void OnRecording(bool recording) => OnReady(recording);

    /// <summary>Called by the script while it uploads.</summary>
    /// <param name="status">What it does.</param>
    [JSInvokable]
    public void OnBusy(string status)
    {
        Status = status;
        Error = null;
        Refresh();
    }

    /// <summary>Called by the script when the capture is uploaded: the widget's value becomes it.</summary>
    /// <param name="uploadId">The upload's id.</param>
    [JSInvokable]
    public void OnUploaded(string uploadId)
    {
        Status = null;
        SendValue(uploadId);
        Refresh();
    }

    /// <summary>Called by the script when the browser refused the device, or the upload failed; the message is for the user.</summary>
    /// <param name="message">What went wrong.</param>
    [JSInvokable]
    public void OnRejected(string message)
    {
        Status = null;
        Error = message;
        Active = false;
        Refresh();
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        try
        {
            if (Capture is not null)
            {
                await Capture.InvokeVoidAsync("dispose");
                await Capture.DisposeAsync();
            }

            if (_module is not null)
            {
                await _module.DisposeAsync();
            }
        }
        catch (JSDisconnectedException)
        {
            // The circuit is gone; so is the page (and the browser stopped the device with it).
        }

        _self?.Dispose();
        GC.SuppressFinalize(this);
    }

    /// <summary>Clears the held capture, as the widget's Clear button does.</summary>
    protected void Clear()
    {
        Error = null;
        SendValue(null);
    }

    /// <summary>Called after the script is attached and after every render; the camera turns its preview on and off here.</summary>
    /// <param name="firstRender">Whether this is the first render.</param>
    protected virtual Task AfterRenderAsync(bool firstRender) => Task.CompletedTask;

    /// <inheritdoc />
    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (firstRender)
        {
            _self = DotNetObjectReference.Create(this);
            _module = await JS.InvokeAsync<IJSObjectReference>("import", ScriptPath);
            Capture = _module is null ? null : await _module.InvokeAsync<IJSObjectReference>(AttachFunction, Root, _self, UploadUrl, Element.WidgetId);
            Refresh(); // the script's buttons work from now on (a click before it attached would be lost)
        }

        await AfterRenderAsync(firstRender);
    }
}

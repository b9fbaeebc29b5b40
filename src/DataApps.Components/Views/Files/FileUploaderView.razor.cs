using DataApps.Components.Views.Widgets;
using DataApps.Files;
using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;

namespace DataApps.Components.Views.Files;

/// <summary>Shows a <see cref="FileUploaderElement"/>: drop zone, Browse button, progress, the uploaded files with remove buttons, and refusals.</summary>
public partial class FileUploaderView
{
    private static readonly MarkupString UploadIcon = Icon("M19.35 10.04C18.67 6.59 15.64 4 12 4 9.11 4 6.6 5.64 5.35 8.04 2.34 8.36 0 10.91 0 14c0 3.31 2.69 6 6 6h13c2.76 0 5-2.24 5-5 0-2.64-2.05-4.78-4.65-4.96zM14 13v4h-4v-4H7l5-5 5 5h-3z", "large");
    private static readonly MarkupString FileIcon = Icon("M14 2H6c-1.1 0-1.99.9-1.99 2L4 20c0 1.1.89 2 1.99 2H18c1.1 0 2-.9 2-2V8l-6-6zm2 16H8v-2h8v2zm0-4H8v-2h8v2zm-3-5V3.5L18.5 9H13z", "small");
    private static readonly MarkupString CloseIcon = Icon("M19 6.41 17.59 5 12 10.59 6.41 5 5 6.41 10.59 12 5 17.59 6.41 19 12 13.41 17.59 19 19 17.59 13.41 12z", "small");

    /// <summary>The upload script, a JS module in this library's static assets.</summary>
    internal const string ScriptPath = "./_content/DataApps.Components/fileUploader.js";

    private ElementReference _root;
    private string? _id;
    private IJSObjectReference? _module;
    private IJSObjectReference? _uploader;
    private DotNetObjectReference<FileUploaderView>? _self;
    private Progress? _progress;
    private string? _error;
    private bool _dragging;
    private string[]? _held;

    /// <summary>Runs the upload script.</summary>
    [Inject]
    private IJSRuntime JS { get; set; } = default!;

    private string? AcceptAttribute => Element.Accept.Count == 0 ? null : string.Join(",", Element.Accept);

    private string LimitText => $"Limit {FileSizes.Format(Element.MaxSize)} per file" +
        (Element.Accept.Count == 0 ? "" : " • " + string.Join(", ", Element.Accept.Select(a => a.TrimStart('.').ToUpperInvariant())));

    /// <summary>Called by the script when a file starts uploading or makes progress.</summary>
    /// <param name="name">The file name.</param>
    /// <param name="sent">Bytes sent so far.</param>
    /// <param name="total">The file size.</param>
    [JSInvokable]
    public void OnProgress(string name, long sent, long total)
    {
        _progress = new Progress(name, sent, total);
        _error = null;
        Refresh();
    }

    /// <summary>Called by the script when a file is completely uploaded: the widget's value gains it.</summary>
    /// <param name="uploadId">The upload's id.</param>
    [JSInvokable]
    public void OnUploaded(string uploadId)
    {
        _progress = null;
        _held = Element.Multiple ? [.. Held, uploadId] : [uploadId];
        SendValue(_held);
        Refresh();
    }

    /// <summary>Called by the script when the server (or the network) refused a file; the message names the limit and the size.</summary>
    /// <param name="message">What went wrong.</param>
    [JSInvokable]
    public void OnRejected(string message)
    {
        _progress = null;
        _error = message;
        Refresh();
    }

    /// <summary>Called by the script while files are dragged over the zone.</summary>
    /// <param name="dragging">Whether files are over the zone.</param>
    [JSInvokable]
    public void OnDragging(bool dragging)
    {
        _dragging = dragging;
        Refresh();
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        try
        {
            if (_uploader is not null)
            {
                await _uploader.InvokeVoidAsync("dispose");
                await _uploader.DisposeAsync();
            }

            if (_module is not null)
            {
                await _module.DisposeAsync();
            }
        }
        catch (JSDisconnectedException)
        {
            // The circuit is gone; so is the page.
        }

        _self?.Dispose();
        GC.SuppressFinalize(this);
    }

    /// <inheritdoc />
    protected override void OnParametersSet()
    {
        _id ??= WidgetChrome.DomId(Element.WidgetId);
        _held = null; // the element is the truth again after a rerun
    }

    /// <inheritdoc />
    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (firstRender)
        {
            _self = DotNetObjectReference.Create(this);
            _module = await JS.InvokeAsync<IJSObjectReference>("import", ScriptPath);
            _uploader = _module is null ? null : await _module.InvokeAsync<IJSObjectReference>("attach", _root, _self, Element.UploadUrl, Element.WidgetId, Element.Multiple);
        }
    }

    /// <summary>The ids the widget holds, including uploads completed since the last rerun.</summary>
    private string[] Held => _held ?? [.. Element.Files.Select(f => f.Id)];

    private void Remove(string uploadId)
    {
        _held = [.. Held.Where(id => id != uploadId)];
        _error = null;
        SendValue(_held);
    }

    private static int Percent(Progress p) => p.Total <= 0 ? 100 : (int)Math.Clamp(p.Sent * 100 / p.Total, 0, 100);

    private static string Size(long bytes) => FileSizes.Format(bytes);

    private static MarkupString Icon(string path, string size) => new(
        $"<svg class=\"mud-icon-root mud-svg-icon mud-icon-size-{size}\" focusable=\"false\" viewBox=\"0 0 24 24\" aria-hidden=\"true\"><path d=\"{path}\"/></svg>");

    private sealed record Progress(string Name, long Sent, long Total);
}

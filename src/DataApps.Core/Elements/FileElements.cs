namespace DataApps;

/// <summary>A file picker with drag and drop (<c>ui.FileUploader</c>); files go to <see cref="UploadUrl"/> over HTTP, the browser sends the ids of completed uploads.</summary>
/// <param name="WidgetId">The widget's identity.</param>
/// <param name="Label">The label.</param>
/// <param name="UploadUrl">The session's upload endpoint (it holds the session's secret token).</param>
/// <param name="Accept">Accepted extensions (<c>.csv</c>) or content types (<c>image/*</c>); empty accepts any file.</param>
/// <param name="Multiple">Whether several files can be uploaded.</param>
/// <param name="MaxSize">The largest file accepted, in bytes (the smaller of the widget's and the app's limit).</param>
/// <param name="Files">The files the widget holds.</param>
public sealed record FileUploaderElement(string WidgetId, string Label, string UploadUrl, EquatableArray<string> Accept, bool Multiple, long MaxSize,
    EquatableArray<UploadedFileEntry> Files) : WidgetElement(WidgetId, Label);

/// <summary>A file held by a <see cref="FileUploaderElement"/>.</summary>
/// <param name="Id">The upload's id, which the browser sends back as part of the widget's value.</param>
/// <param name="Name">The file name.</param>
/// <param name="Size">The size in bytes.</param>
public sealed record UploadedFileEntry(string Id, string Name, long Size);

/// <summary>A button that downloads a file over HTTP (<c>ui.DownloadButton</c>); its value is <c>true</c> in the run after a click.</summary>
/// <param name="WidgetId">The widget's identity.</param>
/// <param name="Label">The button text.</param>
/// <param name="Url">The session's download URL of this button.</param>
/// <param name="FileName">The name the browser saves the file under.</param>
/// <param name="Primary">Whether the button is drawn as the primary action.</param>
public sealed record DownloadButtonElement(string WidgetId, string Label, string Url, string FileName, bool Primary) : WidgetElement(WidgetId, Label)
{
    /// <summary>The keyboard shortcut that clicks it, in canonical form (<c>ctrl+enter</c>, <c>a</c>), or <c>null</c>.</summary>
    public string? Shortcut { get; init; }
}

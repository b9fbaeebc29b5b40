using System.Text.Json;
using DataApps.Files;

namespace DataApps.Widgets;

/// <summary>
/// A file uploader: its value is the completed uploads it holds. The browser sends the ids of those uploads; only uploads of this
/// session, sent to this widget and complete, are accepted, so a crafted id cannot reach another session's file.
/// </summary>
internal sealed class FileUploaderSpec(string label, SessionFiles files, IReadOnlyList<string> accept, bool multiple, long? maxSize)
    : WidgetSpec<IReadOnlyList<UploadedFile>>("file-uploader", label)
{
    private static readonly UploadedFile[] None = [];

    // The identity is computed by Ui.Widget after the spec is built; CreateElement learns it, and FromWire (called on the spec
    // of the last run that rendered the widget, so always after CreateElement) uses it to accept only this widget's uploads.
    private string? _widgetId;

    public override IReadOnlyList<UploadedFile> DefaultValue => None;

    public override void AddIdentity(ref WidgetIdentity identity)
    {
        identity.Add(multiple);
        identity.Add(string.Join('|', accept));
        identity.Add(maxSize ?? -1);
    }

    public override IReadOnlyList<UploadedFile> FromWire(object? wire)
    {
        var ids = wire switch
        {
            null => [],
            string id => [id],
            IEnumerable<string> many => many.ToArray(),
            System.Text.Json.JsonElement { ValueKind: JsonValueKind.Array } json => json.EnumerateArray().Select(e => e.GetString() ?? "").ToArray(),
            System.Text.Json.JsonElement { ValueKind: JsonValueKind.String } json => [json.GetString() ?? ""],
            _ => throw new FormatException($"The file uploader '{Label}' takes a list of upload ids, not {wire.GetType().Name}."),
        };
        var completed = files.Completed(_widgetId ?? "", ids);
        return multiple || completed.Count <= 1 ? completed : [completed[^1]];
    }

    public override WidgetElement CreateElement(string widgetId, IReadOnlyList<UploadedFile> value)
    {
        _widgetId = widgetId;
        files.RegisterUploader(widgetId, maxSize, accept);
        files.Retain(widgetId, value);
        var entries = value.Select(f => new UploadedFileEntry(f.Id, f.Name, f.Size)).ToArray();
        return new FileUploaderElement(widgetId, Label, $"{files.BaseUrl}/uploads", new EquatableArray<string>([.. accept]), multiple,
            files.LimitOf(widgetId), new EquatableArray<UploadedFileEntry>(entries)) { Help = Help, Disabled = Disabled };
    }
}

/// <summary>A download button: a trigger like a button, whose element links to the data registered for it in the session's files.</summary>
internal sealed class DownloadButtonSpec(string label, SessionFiles files, DownloadData data, string fileName, string contentType, bool primary)
    : WidgetSpec<bool>("download-button", label)
{
    public string? Shortcut { get; init; }

    public override bool IsTrigger => true;

    public override bool DefaultValue => false;

    public override void AddIdentity(ref WidgetIdentity identity)
    {
        identity.Add(fileName);
        identity.Add(primary);
    }

    public override bool FromWire(object? wire) => true;

    public override WidgetElement CreateElement(string widgetId, bool value)
    {
        var url = files.SetDownload(widgetId, new DownloadSource(data.Open, fileName, contentType, data.Length));
        return new DownloadButtonElement(widgetId, Label, url, fileName, primary) { Help = Help, Disabled = Disabled, Shortcut = Shortcut };
    }
}

using System.Text.Json;
using DataApps.Files;
using DataApps.Media;

namespace DataApps.Widgets;

/// <summary>
/// A capture widget (<c>ui.CameraInput</c>, <c>ui.AudioInput</c>): the browser records, uploads the bytes through the session's chunked
/// upload endpoint, and sends the upload's id; the value is that upload, as a file uploader's (only a completed upload of this session
/// sent to this widget is accepted). <c>null</c> on the wire clears it.
/// </summary>
internal sealed class CaptureSpec(string kind, string label, SessionFiles files, string accept, long? maxSize,
    Func<string, string, string, long, UploadedFileEntry?, string?, WidgetElement> element)
    : WidgetSpec<UploadedFile?>(kind, label)
{
    private string? _widgetId; // learnt in CreateElement, used by FromWire (see FileUploaderSpec)

    public override UploadedFile? DefaultValue => null;

    public override void AddIdentity(ref WidgetIdentity identity) => identity.Add(maxSize ?? -1);

    public override UploadedFile? FromWire(object? wire)
    {
        var id = wire switch
        {
            null => null,
            string s => s,
            System.Text.Json.JsonElement { ValueKind: JsonValueKind.String } json => json.GetString(),
            System.Text.Json.JsonElement { ValueKind: JsonValueKind.Null } => null,
            _ => throw new FormatException($"The {Kind} '{Label}' takes an upload id, not {wire.GetType().Name}."),
        };
        return id is null ? null : files.Completed(_widgetId ?? "", [id]) is [var file, ..] ? file : null;
    }

    public override WidgetElement CreateElement(string widgetId, UploadedFile? value)
    {
        _widgetId = widgetId;
        files.RegisterUploader(widgetId, maxSize, [accept]);
        files.Retain(widgetId, value is null ? [] : [value]);
        var entry = value is null ? null : new UploadedFileEntry(value.Id, value.Name, value.Size);
        var preview = value is null ? null : MediaRegistry.Resolve(value, files, Label).Url;
        return element(widgetId, Label, $"{files.BaseUrl}/uploads", files.LimitOf(widgetId), entry, preview);
    }
}

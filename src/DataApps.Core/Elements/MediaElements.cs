namespace DataApps;

/// <summary>One image or a grid of images (<c>ui.Image</c>), each loaded by the browser from its URL.</summary>
/// <param name="Images">The images in order; more than one is shown as a wrapping grid.</param>
/// <param name="Width">The width of each image in CSS pixels, or <c>null</c> for its natural width (never wider than its column).</param>
public sealed record ImageElement(EquatableArray<ImageItem> Images, int? Width) : Element;

/// <summary>One image of an <see cref="ImageElement"/>.</summary>
/// <param name="Url">The session's media URL of the image, or an http(s) URL given by the page.</param>
/// <param name="Caption">The caption under the image, or <c>null</c>.</param>
/// <param name="ContentType">The content type when known (empty for outside URLs).</param>
public sealed record ImageItem(string Url, string? Caption, string ContentType);

/// <summary>An audio player (<c>ui.Audio</c>).</summary>
/// <param name="Url">The session's media URL, or an http(s) URL given by the page.</param>
/// <param name="ContentType">The content type when known (empty for outside URLs).</param>
/// <param name="StartTime">Where playback starts.</param>
/// <param name="EndTime">Where playback stops, or <c>null</c> for the end.</param>
/// <param name="Loop">Whether playback starts again at the end.</param>
/// <param name="Autoplay">Whether playback starts on its own (browsers may refuse until the user has interacted with the page).</param>
public sealed record AudioElement(string Url, string ContentType, TimeSpan StartTime, TimeSpan? EndTime, bool Loop, bool Autoplay) : Element;

/// <summary>A video player (<c>ui.Video</c>).</summary>
/// <param name="Url">The session's media URL, or an http(s) URL given by the page.</param>
/// <param name="ContentType">The content type when known (empty for outside URLs).</param>
/// <param name="StartTime">Where playback starts.</param>
/// <param name="EndTime">Where playback stops, or <c>null</c> for the end.</param>
/// <param name="Loop">Whether playback starts again at the end.</param>
/// <param name="Autoplay">Whether playback starts on its own (browsers allow it only when muted).</param>
/// <param name="Muted">Whether the sound starts muted.</param>
/// <param name="Width">The width in CSS pixels, or <c>null</c> for the column's width.</param>
public sealed record VideoElement(string Url, string ContentType, TimeSpan StartTime, TimeSpan? EndTime, bool Loop, bool Autoplay, bool Muted, int? Width)
    : Element;

/// <summary>A webcam snapshot widget (<c>ui.CameraInput</c>): the browser takes the photo and uploads it to <see cref="UploadUrl"/> over HTTP.</summary>
/// <param name="WidgetId">The widget's identity.</param>
/// <param name="Label">The label.</param>
/// <param name="UploadUrl">The session's upload endpoint (it holds the session's secret token).</param>
/// <param name="MaxSize">The largest snapshot accepted, in bytes.</param>
/// <param name="File">The snapshot the widget holds, or <c>null</c>.</param>
/// <param name="PreviewUrl">The session's media URL of that snapshot, shown in the widget, or <c>null</c>.</param>
public sealed record CameraInputElement(string WidgetId, string Label, string UploadUrl, long MaxSize, UploadedFileEntry? File, string? PreviewUrl)
    : WidgetElement(WidgetId, Label);

/// <summary>A microphone recorder (<c>ui.AudioInput</c>): the browser records WAV and uploads it to <see cref="UploadUrl"/> over HTTP.</summary>
/// <param name="WidgetId">The widget's identity.</param>
/// <param name="Label">The label.</param>
/// <param name="UploadUrl">The session's upload endpoint (it holds the session's secret token).</param>
/// <param name="MaxSize">The largest recording accepted, in bytes.</param>
/// <param name="File">The recording the widget holds, or <c>null</c>.</param>
/// <param name="PreviewUrl">The session's media URL of that recording, shown in the widget, or <c>null</c>.</param>
public sealed record AudioInputElement(string WidgetId, string Label, string UploadUrl, long MaxSize, UploadedFileEntry? File, string? PreviewUrl)
    : WidgetElement(WidgetId, Label);

namespace DataApps.Components.Tests.Support;

/// <summary>Sample media elements and capture widgets.</summary>
internal static class SomeMedia
{
    public const string UploadUrl = "/_dataapps/files/token/uploads";

    public static ImageElement Image(int count = 1, int? width = null, params string?[] captions) =>
        new(new EquatableArray<ImageItem>([.. Enumerable.Range(0, count).Select(i => new ImageItem($"/_dataapps/files/token/media/img{i}.png", i < captions.Length ? captions[i] : null, "image/png"))]), width);

    public static AudioElement Audio(TimeSpan? start = null, TimeSpan? end = null, bool loop = false, bool autoplay = false) =>
        new("/_dataapps/files/token/media/tone.wav", "audio/wav", start ?? TimeSpan.Zero, end, loop, autoplay);

    public static VideoElement Video(bool loop = false, bool autoplay = false, bool muted = false, int? width = null) =>
        new("/_dataapps/files/token/media/clip.webm", "video/webm", TimeSpan.Zero, null, loop, autoplay, muted, width);

    public static CameraInputElement Camera(bool withPhoto = false, bool disabled = false) =>
        new("camera-input-1", "Photo", UploadUrl, 1024, withPhoto ? new UploadedFileEntry("up-1", "photo.jpg", 100) : null,
            withPhoto ? "/_dataapps/files/token/media/photo.jpg" : null) { Disabled = disabled };

    public static AudioInputElement Recorder(bool withRecording = false, bool disabled = false) =>
        new("audio-input-1", "Voice", UploadUrl, 1024, withRecording ? new UploadedFileEntry("up-2", "recording.wav", 100) : null,
            withRecording ? "/_dataapps/files/token/media/recording.wav" : null) { Disabled = disabled };

    public static IEnumerable<Element> Displays() => [Image(), Audio(), Video()];

    public static IEnumerable<WidgetElement> Widgets() => [Camera(), Recorder()];
}

using DataApps.Media;
using DataApps.Widgets;

namespace DataApps;

public sealed partial class Ui
{
    /// <summary>Shows an image from bytes, a stream, a file path, an uploaded file or an http(s) URL.</summary>
    /// <remarks>
    /// The content is served over HTTP from this session only (never through the page's connection); the same content shown again
    /// keeps its URL, so reruns do not download it again. An unusable source (a missing file, a URL scheme other than http or https)
    /// shows an error in its place and the page goes on.
    /// </remarks>
    /// <param name="image">The image: PNG, JPEG, GIF, WebP, SVG, BMP or anything the browser shows.</param>
    /// <param name="caption">A caption under the image.</param>
    /// <param name="width">The width in CSS pixels; the image's natural width (at most the column's) when <c>null</c>.</param>
    /// <example><c>ui.Image("Data/penguin.png", caption: "Adélie penguin", width: 300);</c></example>
    public void Image(MediaSource image, string? caption = null, int? width = null)
    {
        ArgumentNullException.ThrowIfNull(image);
        Image([image], caption is null ? null : [caption], width);
    }

    /// <summary>Shows several images side by side, wrapping like a grid.</summary>
    /// <remarks>A sequence of byte arrays or paths converts with a spread: <c>ui.Image([.. pngs])</c>. See the single-image overload.</remarks>
    /// <param name="images">The images.</param>
    /// <param name="captions">A caption per image, in order (fewer captions leave the last images without).</param>
    /// <param name="width">The width of each image in CSS pixels; natural widths when <c>null</c>.</param>
    /// <example><c>ui.Image([.. thumbnails], captions: names, width: 120);</c></example>
    public void Image(IEnumerable<MediaSource> images, IEnumerable<string?>? captions = null, int? width = null)
    {
        ArgumentNullException.ThrowIfNull(images);
        CheckWidth(width);
        var run = Checkpoint();
        var texts = captions?.ToArray() ?? [];
        var items = new List<ImageItem>();
        var index = 0;
        foreach (var image in images)
        {
            ArgumentNullException.ThrowIfNull(image, nameof(images));
            var caption = index < texts.Length ? texts[index] : null;
            index++;
            if (Resolve(image, "ui.Image", run) is { } resolution)
            {
                items.Add(new ImageItem(resolution.Url!, caption, resolution.ContentType));
            }
        }

        if (items.Count > 0)
        {
            _session.Emit(run, Block(run), new ImageElement(new EquatableArray<ImageItem>([.. items]), width));
        }
    }

    /// <summary>Shows an audio player for bytes, a stream, a file path, an uploaded file or an http(s) URL.</summary>
    /// <remarks>Served like <see cref="Image(MediaSource, string?, int?)"/>, with HTTP ranges so the player can seek.</remarks>
    /// <param name="audio">The audio (WAV, MP3, OGG, FLAC, …); <see cref="MediaSource.FromSamples"/> makes a WAV from samples.</param>
    /// <param name="contentType">The content type (<c>audio/wav</c>); detected from the bytes or the extension when <c>null</c>.</param>
    /// <param name="startTime">Where playback starts.</param>
    /// <param name="endTime">Where playback stops.</param>
    /// <param name="loop">Start again at the end.</param>
    /// <param name="autoplay">Start playing on its own (browsers may wait until the user has interacted with the page).</param>
    /// <example><c>ui.Audio("Data/chirp.wav", startTime: TimeSpan.FromSeconds(1));</c></example>
    public void Audio(MediaSource audio, string? contentType = null, TimeSpan? startTime = null, TimeSpan? endTime = null,
        bool loop = false, bool autoplay = false)
    {
        ArgumentNullException.ThrowIfNull(audio);
        var start = CheckTimes(startTime, endTime);
        var run = Checkpoint();
        if (Resolve(WithType(audio, contentType), "ui.Audio", run) is { } resolution)
        {
            _session.Emit(run, Block(run), new AudioElement(resolution.Url!, resolution.ContentType, start, endTime, loop, autoplay));
        }
    }

    /// <summary>Shows a video player for bytes, a stream, a file path, an uploaded file or an http(s) URL.</summary>
    /// <remarks>Served like <see cref="Image(MediaSource, string?, int?)"/>, with HTTP ranges so the player can seek; pass a file path for large videos.</remarks>
    /// <param name="video">The video (MP4, WebM, Ogg).</param>
    /// <param name="contentType">The content type (<c>video/mp4</c>); detected from the bytes or the extension when <c>null</c>.</param>
    /// <param name="startTime">Where playback starts.</param>
    /// <param name="endTime">Where playback stops.</param>
    /// <param name="loop">Start again at the end.</param>
    /// <param name="autoplay">Start playing on its own; browsers allow it only together with <paramref name="muted"/>.</param>
    /// <param name="muted">Start with the sound off.</param>
    /// <param name="width">The width in CSS pixels; the column's width when <c>null</c>.</param>
    /// <example><c>ui.Video("Data/clip.webm", loop: true, autoplay: true, muted: true);</c></example>
    public void Video(MediaSource video, string? contentType = null, TimeSpan? startTime = null, TimeSpan? endTime = null,
        bool loop = false, bool autoplay = false, bool muted = false, int? width = null)
    {
        ArgumentNullException.ThrowIfNull(video);
        CheckWidth(width);
        var start = CheckTimes(startTime, endTime);
        var run = Checkpoint();
        if (Resolve(WithType(video, contentType), "ui.Video", run) is { } resolution)
        {
            _session.Emit(run, Block(run), new VideoElement(resolution.Url!, resolution.ContentType, start, endTime, loop, autoplay, muted, width));
        }
    }

    /// <summary>Shows a webcam preview with a button that takes a photo; returns the photo (a JPEG), or <c>null</c> until one is taken.</summary>
    /// <remarks>
    /// The browser asks the user for the camera; a refusal is explained in the widget. The photo travels over HTTP like an upload
    /// (not through the page's connection) and is kept until the user clears it or takes another.
    /// </remarks>
    /// <param name="label">The label.</param>
    /// <param name="key">A unique key; makes the identity the key alone.</param>
    /// <param name="help">A tooltip.</param>
    /// <param name="disabled">Show it greyed out, without turning the camera on.</param>
    /// <param name="onChange">Called before the next run when a photo is taken or cleared.</param>
    /// <returns>The photo, or <c>null</c>.</returns>
    /// <example>
    /// <code>
    /// var photo = ui.CameraInput("Take a picture");
    /// if (photo is not null) ui.Image(photo.ReadAllBytes());
    /// </code>
    /// </example>
    public UploadedFile? CameraInput(string label, string? key = null, string? help = null, bool disabled = false, Action? onChange = null)
    {
        _session.WatchMedia();
        return Widget(new CaptureSpec("camera-input", label, _session.Files, "image/*", null,
            static (id, l, url, max, file, preview) => new CameraInputElement(id, l, url, max, file, preview))
        {
            Key = key, Help = help, Disabled = disabled, OnChange = onChange,
        });
    }

    /// <summary>Shows a microphone recorder; returns the recording as a WAV file, or <c>null</c> until one is made.</summary>
    /// <remarks>
    /// The browser asks the user for the microphone; a refusal is explained in the widget. The browser encodes 16-bit PCM WAV and
    /// uploads it over HTTP like a file (not through the page's connection); the recording is kept until cleared or replaced.
    /// </remarks>
    /// <param name="label">The label.</param>
    /// <param name="key">A unique key; makes the identity the key alone.</param>
    /// <param name="help">A tooltip.</param>
    /// <param name="disabled">Show it greyed out.</param>
    /// <param name="onChange">Called before the next run when a recording is made or cleared.</param>
    /// <returns>The recording (<c>audio/wav</c>), or <c>null</c>.</returns>
    /// <example>
    /// <code>
    /// var voice = ui.AudioInput("Say something");
    /// if (voice is not null) ui.Audio(voice);
    /// </code>
    /// </example>
    public UploadedFile? AudioInput(string label, string? key = null, string? help = null, bool disabled = false, Action? onChange = null)
    {
        _session.WatchMedia();
        return Widget(new CaptureSpec("audio-input", label, _session.Files, "audio/*", null,
            static (id, l, url, max, file, preview) => new AudioInputElement(id, l, url, max, file, preview))
        {
            Key = key, Help = help, Disabled = disabled, OnChange = onChange,
        });
    }

    /// <summary>Registers the source's content (or checks its URL); an unusable source shows an error element instead.</summary>
    private MediaResolution? Resolve(MediaSource source, string verb, Runtime.PageRun run)
    {
        _session.WatchMedia();
        var resolution = MediaRegistry.Resolve(source, _session.Files, verb);
        if (resolution.Error is { } error)
        {
            _session.Emit(run, Block(run), new ErrorElement(error));
            return null;
        }

        return resolution;
    }

    private static MediaSource WithType(MediaSource source, string? contentType) =>
        contentType is null || source.Origin == MediaOrigin.Url ? source : source.WithContentType(contentType);

    private static TimeSpan CheckTimes(TimeSpan? startTime, TimeSpan? endTime)
    {
        var start = startTime ?? TimeSpan.Zero;
        if (start < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(startTime), startTime, "The start time cannot be negative.");
        }

        if (endTime is { } end && end <= start)
        {
            throw new ArgumentOutOfRangeException(nameof(endTime), endTime, $"The end time must come after the start time ({start}).");
        }

        return start;
    }

    private static void CheckWidth(int? width)
    {
        if (width is <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(width), width, "The width must be a positive number of CSS pixels.");
        }
    }
}

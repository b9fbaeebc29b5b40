using DataApps.Files;
using DataApps.Media;

namespace DataApps.Testing;

public sealed partial class AppTest
{
    /// <summary>The image element (<c>ui.Image</c>, one image or a grid) at <paramref name="index"/> in document order.</summary>
    /// <param name="index">0 for the first image element of the page.</param>
    /// <exception cref="InvalidOperationException">The last run has fewer image elements.</exception>
    /// <example><c>Assert.Equal("image/png", app.Image().ContentType(0));</c></example>
    public ImageHandle Image(int index = 0) => new(this, Nth<ImageElement>(index, "image"));

    /// <summary>The audio player (<c>ui.Audio</c>) at <paramref name="index"/> in document order.</summary>
    /// <param name="index">0 for the first player.</param>
    /// <example><c>var wav = app.Audio().ReadBytes();</c></example>
    public MediaHandle<AudioElement> Audio(int index = 0)
    {
        var element = Nth<AudioElement>(index, "audio");
        return new(this, element, element.Url, element.ContentType);
    }

    /// <summary>The video player (<c>ui.Video</c>) at <paramref name="index"/> in document order.</summary>
    /// <param name="index">0 for the first player.</param>
    /// <example><c>Assert.True(app.Video().Element.Loop);</c></example>
    public MediaHandle<VideoElement> Video(int index = 0)
    {
        var element = Nth<VideoElement>(index, "video");
        return new(this, element, element.Url, element.ContentType);
    }

    /// <summary>The camera input with this label or key.</summary>
    /// <param name="labelOrKey">The label or key.</param>
    /// <example><c>await app.CameraInput("Photo").Take(jpeg).RunAsync();</c></example>
    public CameraInputHandle CameraInput(string labelOrKey) => new(this, Find<CameraInputElement>(labelOrKey));

    /// <summary>The audio input with this label or key.</summary>
    /// <param name="labelOrKey">The label or key.</param>
    /// <example><c>await app.AudioInput("Voice").Record(wav).RunAsync();</c></example>
    public AudioInputHandle AudioInput(string labelOrKey) => new(this, Find<AudioInputElement>(labelOrKey));

    /// <summary>Reads what the session serves at a media URL, as the browser would load it.</summary>
    /// <param name="url">A media URL of this session (from an element).</param>
    /// <returns>The bytes.</returns>
    /// <exception cref="InvalidOperationException">The URL is not one of this session's media (an outside URL, or released).</exception>
    /// <example><c>var png = app.ReadMedia(app.Image().Urls[0]);</c></example>
    public byte[] ReadMedia(string url)
    {
        ArgumentNullException.ThrowIfNull(url);
        var files = _session.Files;
        if (MediaRegistry.IdOf(url, files) is not { } id)
        {
            throw new InvalidOperationException($"'{url}' is not a media URL of this session (an outside URL is loaded by the browser itself).");
        }

        if (!files.TryGetMedia(id, out var source))
        {
            throw new InvalidOperationException($"The session no longer serves '{url}': the page stopped showing it.");
        }

        using var stream = source.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    /// <summary>Whether the session serves <paramref name="url"/> now (media stay served while the last completed run shows them).</summary>
    /// <param name="url">A media URL.</param>
    /// <example><c>Assert.False(app.Serves(oldUrl));</c></example>
    public bool Serves(string url)
    {
        ArgumentNullException.ThrowIfNull(url);
        return MediaRegistry.IdOf(url, _session.Files) is { } id && _session.Files.TryGetMedia(id, out _);
    }

    private TElement Nth<TElement>(int index, string what)
        where TElement : Element
    {
        var all = Get<TElement>();
        return index >= 0 && index < all.Count
            ? all[index]
            : throw new InvalidOperationException($"The last run has {all.Count} {what} element(s); there is no {what} {index}.");
    }
}

/// <summary>An image element: its URLs, captions and width, and the bytes the browser would load.</summary>
public sealed class ImageHandle
{
    private readonly AppTest _app;

    internal ImageHandle(AppTest app, ImageElement element)
    {
        _app = app;
        Element = element;
    }

    /// <summary>The element as the last run produced it.</summary>
    public ImageElement Element { get; }

    /// <summary>The URL of each image.</summary>
    public IReadOnlyList<string> Urls => [.. Element.Images.Select(i => i.Url)];

    /// <summary>The caption of each image (<c>null</c> where there is none).</summary>
    public IReadOnlyList<string?> Captions => [.. Element.Images.Select(i => i.Caption)];

    /// <summary>The width in CSS pixels, or <c>null</c>.</summary>
    public int? Width => Element.Width;

    /// <summary>The content type of image <paramref name="index"/> (empty for an outside URL).</summary>
    /// <param name="index">The image's position.</param>
    public string ContentType(int index = 0) => Element.Images[index].ContentType;

    /// <summary>The bytes the browser would load for image <paramref name="index"/>.</summary>
    /// <param name="index">The image's position.</param>
    /// <returns>The bytes.</returns>
    /// <example><c>Assert.Equal(png, app.Image().ReadBytes());</c></example>
    public byte[] ReadBytes(int index = 0) => _app.ReadMedia(Element.Images[index].Url);
}

/// <summary>An audio or video player: its element and the bytes the browser would load.</summary>
/// <typeparam name="TElement">The player's element.</typeparam>
public sealed class MediaHandle<TElement>
    where TElement : Element
{
    private readonly AppTest _app;

    internal MediaHandle(AppTest app, TElement element, string url, string contentType)
    {
        _app = app;
        Element = element;
        Url = url;
        ContentType = contentType;
    }

    /// <summary>The element as the last run produced it.</summary>
    public TElement Element { get; }

    /// <summary>The URL the browser loads.</summary>
    public string Url { get; }

    /// <summary>The content type (empty for an outside URL).</summary>
    public string ContentType { get; }

    /// <summary>The bytes the browser would load.</summary>
    /// <returns>The bytes.</returns>
    public byte[] ReadBytes() => _app.ReadMedia(Url);
}

/// <summary>A camera input: <see cref="Take"/> a photo as the browser would (uploaded through the session's files), then run.</summary>
public sealed class CameraInputHandle : WidgetHandle<CameraInputElement>
{
    internal CameraInputHandle(AppTest app, CameraInputElement element)
        : base(app, element)
    {
    }

    /// <summary>The photo the widget holds after the last run, or <c>null</c>.</summary>
    public UploadedFileEntry? Photo => Element.File;

    /// <summary>Takes a photo with these bytes; the verb returns it from the next run.</summary>
    /// <param name="image">The image bytes (the browser sends a JPEG).</param>
    /// <param name="contentType">The content type.</param>
    /// <returns>The test, to chain <c>RunAsync</c>.</returns>
    /// <example><c>await app.CameraInput("Photo").Take(jpeg).RunAsync();</c></example>
    public AppTest Take(byte[] image, string contentType = "image/jpeg")
    {
        Send(CaptureUpload.Upload(App, Element, "photo" + MediaTypes.ExtensionFor(contentType), image, contentType));
        return App;
    }

    /// <summary>Clears the photo, as the Clear photo button does.</summary>
    /// <returns>The test, to chain <c>RunAsync</c>.</returns>
    public AppTest Clear()
    {
        Send(null);
        return App;
    }
}

/// <summary>An audio input: <see cref="Record"/> a recording as the browser would (uploaded through the session's files), then run.</summary>
public sealed class AudioInputHandle : WidgetHandle<AudioInputElement>
{
    internal AudioInputHandle(AppTest app, AudioInputElement element)
        : base(app, element)
    {
    }

    /// <summary>The recording the widget holds after the last run, or <c>null</c>.</summary>
    public UploadedFileEntry? Recording => Element.File;

    /// <summary>Records these bytes; the verb returns them from the next run.</summary>
    /// <param name="audio">The recording (the browser sends 16-bit PCM WAV).</param>
    /// <param name="contentType">The content type.</param>
    /// <returns>The test, to chain <c>RunAsync</c>.</returns>
    /// <example><c>await app.AudioInput("Voice").Record(wav).RunAsync();</c></example>
    public AppTest Record(byte[] audio, string contentType = "audio/wav")
    {
        Send(CaptureUpload.Upload(App, Element, "recording" + MediaTypes.ExtensionFor(contentType), audio, contentType));
        return App;
    }

    /// <summary>Clears the recording, as the Clear recording button does.</summary>
    /// <returns>The test, to chain <c>RunAsync</c>.</returns>
    public AppTest Clear()
    {
        Send(null);
        return App;
    }
}

/// <summary>Uploads a capture through the session's files, as mediaCapture.js does over HTTP.</summary>
internal static class CaptureUpload
{
    public static string Upload(AppTest app, WidgetElement element, string name, byte[] content, string contentType)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (element.Disabled)
        {
            throw new InvalidOperationException($"'{element.Label}' is disabled; a user could not use it.");
        }

        var files = app.Session.Files;
        try
        {
            var id = files.BeginUpload(element.WidgetId, name, content.Length, contentType);
            using var data = new MemoryStream(content, writable: false);
            files.AppendAsync(id, 0, data, CancellationToken.None).GetAwaiter().GetResult();
            return id;
        }
        catch (UploadRejectedException e)
        {
            throw new InvalidOperationException(e.Message, e);
        }
    }
}

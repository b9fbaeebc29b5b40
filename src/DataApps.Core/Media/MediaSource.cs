using System.Text.RegularExpressions;
using DataApps.Media;

namespace DataApps;

/// <summary>What <c>ui.Image</c>, <c>ui.Audio</c> and <c>ui.Video</c> show: bytes, a stream, a file path or an http(s) URL.</summary>
/// <remarks>
/// Bytes, streams, paths and uploaded files are served to the browser over HTTP from the session (never through the page's
/// SignalR connection); a URL is handed to the browser as it is. A string is a URL when it starts with a scheme (<c>https:</c>),
/// otherwise a file path. Byte arrays, strings, streams, <see cref="Uri"/>s and <see cref="UploadedFile"/>s convert implicitly.
/// </remarks>
/// <example>
/// <code>
/// ui.Image(pngBytes, caption: "Chart");
/// ui.Image("Data/penguin.png");
/// ui.Audio(MediaSource.FromSamples(tone, sampleRate: 44_100));
/// ui.Video("https://example.com/clip.mp4");
/// </code>
/// </example>
public sealed partial class MediaSource
{
    private MediaSource(MediaOrigin origin, string? contentType)
    {
        Origin = origin;
        ContentType = string.IsNullOrWhiteSpace(contentType) ? null : contentType.Trim();
    }

    internal MediaOrigin Origin { get; }

    /// <summary>The content type given by the caller, or <c>null</c> to detect it.</summary>
    internal string? ContentType { get; }

    internal byte[]? Bytes { get; private init; }

    internal Stream? Stream { get; private init; }

    internal string? Path { get; private init; }

    internal string? Url { get; private init; }

    /// <summary>These bytes.</summary>
    /// <param name="bytes">The contents; not copied, so do not change them afterwards.</param>
    /// <param name="contentType">The content type (<c>image/png</c>); detected from the bytes when <c>null</c>.</param>
    /// <returns>The source.</returns>
    /// <example><c>ui.Image(MediaSource.FromBytes(svg, "image/svg+xml"));</c></example>
    public static MediaSource FromBytes(byte[] bytes, string? contentType = null)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        return new(MediaOrigin.Bytes, contentType) { Bytes = bytes };
    }

    /// <summary>The rest of a stream, read to its end when the verb is called (the caller keeps ownership of the stream).</summary>
    /// <param name="stream">The stream, read from its current position.</param>
    /// <param name="contentType">The content type; detected from the bytes when <c>null</c>.</param>
    /// <returns>The source.</returns>
    /// <example><c>ui.Audio(MediaSource.FromStream(response.Content.ReadAsStream(), "audio/mpeg"));</c></example>
    public static MediaSource FromStream(Stream stream, string? contentType = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return new(MediaOrigin.Stream, contentType) { Stream = stream };
    }

    /// <summary>A file on the server, served as it is when the browser asks (with HTTP ranges, so video can seek).</summary>
    /// <remarks>
    /// A relative path is taken from the current directory (the content root), then from the app's output folder (where
    /// <c>CopyToOutputDirectory</c> puts data files). Any path the page names is served: the page is trusted code, and the
    /// browser only ever sees an id, never the path.
    /// </remarks>
    /// <param name="path">The file path.</param>
    /// <param name="contentType">The content type; from the extension when <c>null</c>.</param>
    /// <returns>The source.</returns>
    /// <example><c>ui.Video(MediaSource.FromFile("Data/clip.webm"));</c></example>
    public static MediaSource FromFile(string path, string? contentType = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        return new(MediaOrigin.File, contentType) { Path = path };
    }

    /// <summary>A URL the browser loads itself; only <c>http</c> and <c>https</c> are allowed (the verb shows an error for others).</summary>
    /// <param name="url">The absolute URL.</param>
    /// <returns>The source.</returns>
    /// <example><c>ui.Image(MediaSource.FromUrl("https://example.com/logo.png"));</c></example>
    public static MediaSource FromUrl(string url)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(url);
        return new(MediaOrigin.Url, null) { Url = url.Trim() };
    }

    /// <summary>A URL when <paramref name="pathOrUrl"/> starts with a scheme (<c>https://…</c>), otherwise a file path.</summary>
    /// <param name="pathOrUrl">A file path or an absolute URL.</param>
    /// <returns>The source.</returns>
    /// <example><c>ui.Image(MediaSource.FromPathOrUrl(settings.Logo));</c></example>
    public static MediaSource FromPathOrUrl(string pathOrUrl)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(pathOrUrl);
        // Two letters at least: "C:\x" is a Windows path, not a URL with the scheme "c".
        return SchemePattern().IsMatch(pathOrUrl) ? FromUrl(pathOrUrl) : FromFile(pathOrUrl);
    }

    /// <summary>Audio samples in [-1, 1] as a 16-bit PCM WAV file (what Streamlit's <c>st.audio</c> does with a NumPy array).</summary>
    /// <param name="samples">The samples; interleaved when there are several channels.</param>
    /// <param name="sampleRate">Samples per second per channel, e.g. 44100.</param>
    /// <param name="channels">The number of channels.</param>
    /// <returns>The source.</returns>
    /// <example><c>ui.Audio(MediaSource.FromSamples(tone, sampleRate: 44_100));</c></example>
    public static MediaSource FromSamples(ReadOnlySpan<float> samples, int sampleRate, int channels = 1) =>
        FromBytes(Wav.Encode(samples, sampleRate, channels), "audio/wav");

    /// <summary>These bytes.</summary>
    /// <param name="bytes">The contents.</param>
    public static implicit operator MediaSource(byte[] bytes) => FromBytes(bytes);

    /// <summary>A file path, or a URL when it starts with a scheme.</summary>
    /// <param name="pathOrUrl">The path or URL.</param>
    public static implicit operator MediaSource(string pathOrUrl) => FromPathOrUrl(pathOrUrl);

    /// <summary>The rest of a stream.</summary>
    /// <param name="stream">The stream.</param>
    public static implicit operator MediaSource(Stream stream) => FromStream(stream);

    /// <summary>A URL (a <c>file:</c> URI is a file path).</summary>
    /// <param name="uri">The absolute URI.</param>
    public static implicit operator MediaSource(Uri uri)
    {
        ArgumentNullException.ThrowIfNull(uri);
        return uri.IsAbsoluteUri && uri.IsFile ? FromFile(uri.LocalPath) : FromUrl(uri.OriginalString);
    }

    /// <summary>An uploaded file (from <c>ui.FileUploader</c>, <c>ui.CameraInput</c> or <c>ui.AudioInput</c>), with its content type.</summary>
    /// <param name="file">The file.</param>
    public static implicit operator MediaSource(UploadedFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        return FromFile(file.Path, file.ContentType);
    }

    /// <summary>The same content with a content type given by the caller.</summary>
    internal MediaSource WithContentType(string contentType) =>
        new(Origin, contentType) { Bytes = Bytes, Stream = Stream, Path = Path, Url = Url };

    /// <inheritdoc />
    public override string ToString() => Origin switch
    {
        MediaOrigin.Bytes => $"{Bytes!.Length:N0} bytes",
        MediaOrigin.Stream => "a stream",
        MediaOrigin.File => Path!,
        _ => Url!,
    };

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9+.-]+:")]
    private static partial Regex SchemePattern();
}

using System.Runtime.CompilerServices;

namespace DataApps.Components.ImageAnnotator;

/// <summary>The image an annotator shows: a URL the browser loads, or bytes sent along as a <c>data:</c> URL.</summary>
/// <remarks>
/// Note [Image bytes]: the framework serves <c>ui.Image</c>'s bytes over HTTP from the session, but that is internal to it
/// (and keeps media only while an image element shows them), so a library cannot publish bytes that way. Bytes therefore travel
/// inside the component's arguments as a base64 <c>data:</c> URL, once per change of image (the component is updated, not
/// re-sent, while the bytes stay the same). That suits images up to a few MB; for larger ones pass a URL: a path of the app's
/// <c>wwwroot</c> (<c>images/street.jpg</c>) or an http(s) URL.
/// </remarks>
/// <example><c>ui.ImageAnnotator(AnnotatorImage.FromBytes(png), ["cat", "dog"]);</c></example>
public sealed class AnnotatorImage
{
    // Bytes passed again by reference (kept in ui.Cache or a static) are encoded once.
    private static readonly ConditionalWeakTable<byte[], string> Encoded = [];

    private AnnotatorImage(string url) => Url = url;

    /// <summary>The URL handed to the browser: a path in the app, an http(s) URL, or a <c>data:image/…</c> URL.</summary>
    public string Url { get; }

    /// <summary>An image the browser loads from a URL.</summary>
    /// <param name="url">A path in the app (<c>images/street.svg</c>, resolved against the page's base), an http(s) URL, or a <c>data:image/…</c> URL.</param>
    /// <returns>The image.</returns>
    /// <exception cref="ArgumentException">The URL has another scheme (<c>javascript:</c>, <c>file:</c>, …).</exception>
    /// <example><c>ui.ImageAnnotator(AnnotatorImage.FromUrl("https://example.com/cat.jpg"), ["cat"]);</c></example>
    public static AnnotatorImage FromUrl(string url)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(url);
        url = url.Trim();
        var colon = url.IndexOf(':', StringComparison.Ordinal);
        var slash = url.IndexOf('/', StringComparison.Ordinal);
        var hasScheme = colon > 0 && (slash < 0 || colon < slash);
        if (hasScheme && !IsAllowedScheme(url))
        {
            throw new ArgumentException($"The image URL must be a path in the app, an http(s) URL or a data:image/ URL, not '{Shorten(url)}'.", nameof(url));
        }

        return new(url);
    }

    /// <summary>An image from bytes (PNG, JPEG, GIF, WebP, SVG, …), sent to the browser as a <c>data:</c> URL.</summary>
    /// <param name="bytes">The image file's contents; not copied, so do not change them afterwards.</param>
    /// <param name="contentType">The content type (<c>image/png</c>); detected from the first bytes when <c>null</c>.</param>
    /// <returns>The image.</returns>
    /// <exception cref="ArgumentException">The content type is not given and the bytes are not a PNG, JPEG, GIF, WebP, BMP or SVG image.</exception>
    /// <example><c>ui.ImageAnnotator(AnnotatorImage.FromBytes(File.ReadAllBytes("Data/cat.png")), ["cat"]);</c></example>
    public static AnnotatorImage FromBytes(byte[] bytes, string? contentType = null)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        if (contentType is null && Encoded.TryGetValue(bytes, out var known))
        {
            return new(known);
        }

        var type = contentType ?? Sniff(bytes)
            ?? throw new ArgumentException("The bytes are not a PNG, JPEG, GIF, WebP, BMP or SVG image; pass the content type.", nameof(bytes));
        if (!type.StartsWith("image/", StringComparison.OrdinalIgnoreCase))
        {
            throw new ArgumentException($"The content type must be an image type (image/png), not '{type}'.", nameof(contentType));
        }

        var url = $"data:{type};base64,{Convert.ToBase64String(bytes)}";
        if (contentType is null)
        {
            Encoded.AddOrUpdate(bytes, url);
        }

        return new(url);
    }

    /// <summary>A URL or a path in the app (see <see cref="FromUrl"/>).</summary>
    /// <param name="url">The URL.</param>
    public static implicit operator AnnotatorImage(string url) => FromUrl(url);

    /// <summary>The bytes of an image file (see <see cref="FromBytes"/>).</summary>
    /// <param name="bytes">The bytes.</param>
    public static implicit operator AnnotatorImage(byte[] bytes) => FromBytes(bytes);

    /// <inheritdoc />
    public override string ToString() => Shorten(Url);

    private static bool IsAllowedScheme(string url) =>
        url.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
        || url.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
        || url.StartsWith("data:image/", StringComparison.OrdinalIgnoreCase);

    private static string? Sniff(ReadOnlySpan<byte> b)
    {
        if (b.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47]))
        {
            return "image/png";
        }

        if (b.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]))
        {
            return "image/jpeg";
        }

        if (b.StartsWith("GIF8"u8))
        {
            return "image/gif";
        }

        if (b.Length >= 12 && b.StartsWith("RIFF"u8) && b[8..12].SequenceEqual("WEBP"u8))
        {
            return "image/webp";
        }

        if (b.StartsWith("BM"u8))
        {
            return "image/bmp";
        }

        var head = System.Text.Encoding.UTF8.GetString(b[..Math.Min(b.Length, 512)]);
        return head.Contains("<svg", StringComparison.OrdinalIgnoreCase) ? "image/svg+xml" : null;
    }

    private static string Shorten(string text) => text.Length <= 80 ? text : text[..77] + "…";
}

using DataApps.Files;

namespace DataApps.Media;

/// <summary>Content types of media: detected from the first bytes, or from a file extension.</summary>
internal static class MediaTypes
{
    private static readonly Dictionary<string, string> ByExtension = new(StringComparer.OrdinalIgnoreCase)
    {
        [".bmp"] = "image/bmp",
        [".ico"] = "image/x-icon",
        [".avif"] = "image/avif",
        [".ogg"] = "audio/ogg",
        [".oga"] = "audio/ogg",
        [".opus"] = "audio/ogg",
        [".flac"] = "audio/flac",
        [".m4a"] = "audio/mp4",
        [".aac"] = "audio/aac",
        [".weba"] = "audio/webm",
        [".webm"] = "video/webm",
        [".ogv"] = "video/ogg",
        [".mov"] = "video/quicktime",
        [".m4v"] = "video/mp4",
    };

    private static readonly Dictionary<string, string> ExtensionByType = new(StringComparer.OrdinalIgnoreCase)
    {
        ["image/png"] = ".png",
        ["image/jpeg"] = ".jpg",
        ["image/gif"] = ".gif",
        ["image/webp"] = ".webp",
        ["image/svg+xml"] = ".svg",
        ["image/bmp"] = ".bmp",
        ["audio/wav"] = ".wav",
        ["audio/mpeg"] = ".mp3",
        ["audio/ogg"] = ".ogg",
        ["audio/flac"] = ".flac",
        ["audio/webm"] = ".weba",
        ["video/mp4"] = ".mp4",
        ["video/webm"] = ".webm",
        ["video/ogg"] = ".ogv",
    };

    /// <summary>The content type of a file, from its extension.</summary>
    public static string ForPath(string path) => ByExtension.TryGetValue(Path.GetExtension(path), out var type)
        ? type
        : ContentTypes.For(path, "application/octet-stream");

    /// <summary>The content type of media bytes from their signature, or <c>application/octet-stream</c>.</summary>
    public static string Sniff(ReadOnlySpan<byte> b)
    {
        if (b.StartsWith((ReadOnlySpan<byte>)[0x89, (byte)'P', (byte)'N', (byte)'G']))
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

        if (b.StartsWith("BM"u8) && b.Length > 14)
        {
            return "image/bmp";
        }

        if (b.Length >= 12 && b.StartsWith("RIFF"u8))
        {
            return b[8..12].SequenceEqual("WEBP"u8) ? "image/webp" : b[8..12].SequenceEqual("WAVE"u8) ? "audio/wav" : "application/octet-stream";
        }

        if (b.StartsWith("ID3"u8) || (b.Length > 1 && b[0] == 0xFF && (b[1] & 0xE0) == 0xE0))
        {
            return "audio/mpeg";
        }

        if (b.StartsWith("OggS"u8))
        {
            return "audio/ogg";
        }

        if (b.StartsWith("fLaC"u8))
        {
            return "audio/flac";
        }

        if (b.StartsWith((ReadOnlySpan<byte>)[0x1A, 0x45, 0xDF, 0xA3]))
        {
            return "video/webm";
        }

        if (b.Length >= 12 && b[4..8].SequenceEqual("ftyp"u8))
        {
            return b[8..11].SequenceEqual("M4A"u8) ? "audio/mp4" : "video/mp4";
        }

        var head = System.Text.Encoding.UTF8.GetString(b[..Math.Min(b.Length, 512)]).TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        return head.StartsWith("<svg", StringComparison.Ordinal) ||
               (head.StartsWith("<?xml", StringComparison.Ordinal) && head.Contains("<svg", StringComparison.Ordinal))
            ? "image/svg+xml"
            : "application/octet-stream";
    }

    /// <summary>An extension for a content type (it makes media URLs readable), or an empty string.</summary>
    public static string ExtensionFor(string contentType) =>
        ExtensionByType.TryGetValue(contentType.Split(';')[0].Trim(), out var extension) ? extension : "";
}

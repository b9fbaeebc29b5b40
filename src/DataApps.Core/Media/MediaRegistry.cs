using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using DataApps.Files;

namespace DataApps.Media;

/// <summary>What a media verb shows: a URL for the browser and its content type, or why it cannot be shown.</summary>
internal readonly record struct MediaResolution(string? Url, string ContentType, string? Error);

/// <summary>Turns a <see cref="MediaSource"/> into a URL: content is registered in the session's files, URLs pass through.</summary>
/// <remarks>
/// Note [Media]: content is served from <c>/_dataapps/files/{token}/media/{id}</c>, the session's secret token making it unreadable
/// from any other session. The id is derived from the content, so a rerun that shows the same media yields the same URL and the
/// browser neither re-downloads nor even re-renders it:
/// - bytes and streams: the first 128 bits of the SHA-256 of the bytes (an array passed again by reference is not hashed again);
/// - a file: a hash of its full path, length and last write time (a file changed on disk gets a new URL).
/// Media stay registered while shown: when a run completes, everything the completed page does not show is released
/// (AppSession.Media.cs), so memory is bounded by what the page shows, not by how often it reran. Responses are cacheable
/// privately and forever (the URL changes with the content), carry <c>nosniff</c> and a sandboxing CSP (an SVG opened directly
/// cannot run script in the app's origin), and answer HTTP range requests (video seeking).
/// </remarks>
internal static class MediaRegistry
{
    // Bytes the page passes again by reference (kept in ui.Cache or a static) are hashed once; MediaSource.FromBytes says not to
    // change them afterwards, as DownloadData.FromBytes does.
    private static readonly ConditionalWeakTable<byte[], string> HashOfArray = [];

    /// <summary>The schemes of URLs handed to the browser as they are.</summary>
    public static bool IsAllowedUrl(string url, out string problem)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            problem = $"'{Shorten(url)}' is not an absolute URL.";
            return false;
        }

        if (uri.Scheme is not ("http" or "https"))
        {
            problem = $"the URL scheme '{uri.Scheme}:' is not allowed; use an http or https URL, bytes, a stream or a file path.";
            return false;
        }

        problem = "";
        return true;
    }

    /// <summary>Registers the content of <paramref name="source"/> in <paramref name="files"/> (or checks its URL).</summary>
    /// <param name="source">What to show.</param>
    /// <param name="files">The session's files.</param>
    /// <param name="verb">The verb, for messages (<c>ui.Image</c>).</param>
    public static MediaResolution Resolve(MediaSource source, SessionFiles files, string verb)
    {
        switch (source.Origin)
        {
            case MediaOrigin.Url:
                return IsAllowedUrl(source.Url!, out var problem)
                    ? new MediaResolution(source.Url, source.ContentType ?? "", null)
                    : new MediaResolution(null, "", $"{verb}: {problem}");
            case MediaOrigin.File:
                return ResolveFile(source, files, verb);
            default:
                var bytes = source.Bytes ?? ReadToEnd(source.Stream!);
                var type = source.ContentType ?? MediaTypes.Sniff(bytes);
                var id = HashOf(bytes, cache: source.Bytes is not null) + MediaTypes.ExtensionFor(type);
                var url = files.SetMedia(id, new DownloadSource(() => new MemoryStream(bytes, writable: false), id, type, bytes.LongLength));
                return new MediaResolution(url, type, null);
        }
    }

    /// <summary>The media id inside a URL of this session's files, or <c>null</c> for an outside URL.</summary>
    public static string? IdOf(string url, SessionFiles files)
    {
        var prefix = files.BaseUrl + "/media/";
        return url.StartsWith(prefix, StringComparison.Ordinal) ? Uri.UnescapeDataString(url[prefix.Length..]) : null;
    }

    private static MediaResolution ResolveFile(MediaSource source, SessionFiles files, string verb)
    {
        var path = FindFile(source.Path!);
        if (path is null)
        {
            return new MediaResolution(null, "", $"{verb}: there is no file '{source.Path}' (looked in {Environment.CurrentDirectory} and {AppContext.BaseDirectory}).");
        }

        var info = new FileInfo(path);
        var type = source.ContentType ?? MediaTypes.ForPath(path);
        var key = System.Text.Encoding.UTF8.GetBytes($"{path}|{info.Length}|{info.LastWriteTimeUtc.Ticks}|{type}");
        var id = HashOf(key, cache: false) + info.Extension.ToLowerInvariant();
        var url = files.SetMedia(id, new DownloadSource(
            () => new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 1 << 16, FileOptions.Asynchronous),
            id, type, info.Length));
        return new MediaResolution(url, type, null);
    }

    private static string? FindFile(string path)
    {
        if (Path.IsPathFullyQualified(path))
        {
            return File.Exists(path) ? path : null;
        }

        foreach (var root in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            var full = Path.GetFullPath(path, root);
            if (File.Exists(full))
            {
                return full;
            }
        }

        return null;
    }

    private static byte[] ReadToEnd(Stream stream)
    {
        using var copy = stream.CanSeek ? new MemoryStream(checked((int)Math.Max(0, stream.Length - stream.Position))) : new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    private static string HashOf(byte[] bytes, bool cache)
    {
        if (cache && HashOfArray.TryGetValue(bytes, out var known))
        {
            return known;
        }

        var hash = Convert.ToBase64String(SHA256.HashData(bytes).AsSpan(0, 16)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        if (cache)
        {
            HashOfArray.AddOrUpdate(bytes, hash);
        }

        return hash;
    }

    private static string Shorten(string text) => text.Length <= 80 ? text : text[..77] + "…";
}

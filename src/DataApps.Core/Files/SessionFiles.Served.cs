using System.Collections.Concurrent;

namespace DataApps.Files;

// What the session serves rather than receives: the downloads its buttons registered and the media its runs show.
internal sealed partial class SessionFiles
{
    private readonly ConcurrentDictionary<string, DownloadSource> _downloads = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, DownloadSource> _media = new(StringComparer.Ordinal);

    /// <summary>Registers what a download button serves; the latest registration wins.</summary>
    public string SetDownload(string id, DownloadSource source)
    {
        _downloads[id] = source;
        return $"{BaseUrl}/downloads/{Uri.EscapeDataString(id)}";
    }

    /// <summary>The download registered under <paramref name="id"/>.</summary>
    public bool TryGetDownload(string id, out DownloadSource source) => _downloads.TryGetValue(id, out source!);

    /// <summary>The media (images, audio, video) the session's runs have registered and not yet released.</summary>
    public int MediaCount => _media.Count;

    /// <summary>
    /// Registers content shown by <c>ui.Image</c>, <c>ui.Audio</c> or <c>ui.Video</c> under a content-derived id (see Note [Media]
    /// in MediaRegistry.cs); the first registration of an id wins, since the same id means the same content.
    /// </summary>
    /// <returns>The URL the browser loads it from.</returns>
    public string SetMedia(string id, DownloadSource source)
    {
        _media.TryAdd(id, source);
        return MediaUrl(id);
    }

    /// <summary>The URL of the media registered under <paramref name="id"/>.</summary>
    public string MediaUrl(string id) => $"{BaseUrl}/media/{Uri.EscapeDataString(id)}";

    /// <summary>The media registered under <paramref name="id"/>.</summary>
    public bool TryGetMedia(string id, out DownloadSource source) => _media.TryGetValue(id, out source!);

    /// <summary>Releases every registered media whose id is not in <paramref name="shown"/>.</summary>
    public void RetainMedia(IReadOnlySet<string> shown)
    {
        foreach (var id in _media.Keys)
        {
            if (!shown.Contains(id))
            {
                _media.TryRemove(id, out _);
            }
        }
    }
}

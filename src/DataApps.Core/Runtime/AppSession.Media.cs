using DataApps.Media;

namespace DataApps.Runtime;

internal sealed partial class AppSession
{
    private int _mediaWatch; // 1 once the session releases media after completed runs
    private int _mediaSeenRuns;

    /// <summary>Starts releasing, after each completed run, the media the completed page no longer shows (see Note [Media]).</summary>
    /// <remarks>Called by every media verb; a session that never shows media never walks its trees.</remarks>
    internal void WatchMedia()
    {
        if (Interlocked.Exchange(ref _mediaWatch, 1) == 0)
        {
            TreeChanged += ReleaseUnshownMedia;
        }
    }

    /// <summary>
    /// Keeps what the last completed run shows. Runs on the run thread inside the run's settlement, before the next run starts, so no
    /// run registers media meanwhile; a progress snapshot (no completed run since the last call) changes nothing.
    /// </summary>
    private void ReleaseUnshownMedia(PageTree tree)
    {
        if (CompletedRuns == _mediaSeenRuns)
        {
            return;
        }

        _mediaSeenRuns = CompletedRuns;
        var shown = new HashSet<string>(StringComparer.Ordinal);
        foreach (var element in tree.Main.Descendants().Concat(tree.Sidebar.Descendants()))
        {
            foreach (var url in UrlsOf(element))
            {
                if (url is not null && MediaRegistry.IdOf(url, Files) is { } id)
                {
                    shown.Add(id);
                }
            }
        }

        Files.RetainMedia(shown);
    }

    private static IEnumerable<string?> UrlsOf(Element element) => element switch
    {
        ImageElement image => image.Images.Select(i => (string?)i.Url),
        AudioElement audio => new[] { audio.Url },
        VideoElement video => new[] { video.Url },
        CameraInputElement camera => new[] { camera.PreviewUrl },
        AudioInputElement recorder => new[] { recorder.PreviewUrl },
        _ => Array.Empty<string?>(),
    };
}

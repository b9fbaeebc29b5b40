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
    /// Keeps what the last completed run shows. Runs on the run thread inside the run's settlement; a progress snapshot (no
    /// completed run since the last call) changes nothing. While another fragment's run is in flight it waits for a later
    /// completed run: that run may have registered media its output does not show yet.
    /// </summary>
    private void ReleaseUnshownMedia(PageTree tree)
    {
        if (CompletedRuns == _mediaSeenRuns || OtherRunsInFlight())
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

    /// <summary>Whether runs other than the one settling now are in flight.</summary>
    private bool OtherRunsInFlight()
    {
        lock (_gate)
        {
            return _inFlight.Count > 1;
        }
    }
}

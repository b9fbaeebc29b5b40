using System.Collections.Concurrent;

namespace DataApps.Files;

/// <summary>
/// The app's store of per-session files: uploads in temporary files and downloads registered by the running page. One per app;
/// each session opens its own <see cref="SessionFiles"/>, reachable over HTTP only with that session's unguessable token and only
/// by the browser or user the session belongs to (Note [File ownership] in SessionFiles.cs).
/// </summary>
/// <remarks>
/// No ASP.NET types here: the Hosting endpoints translate HTTP to these calls, and AppTest calls them directly.
/// Note [Upload quotas]: an upload reserves its announced size against its session's quota and the server's before any byte is
/// accepted; the reservation is returned when the upload is deleted (the widget dropped it, nobody claimed it in time, the session
/// ended). Uploads that no widget holds are swept every <see cref="FileLimits.UnclaimedUploadLifetime"/>/2.
/// </remarks>
internal sealed partial class FileStore : IDisposable
{
    /// <summary>The URL path under which the Hosting endpoints serve session files.</summary>
    public const string BasePath = "/_dataapps/files";

    /// <summary>What stands for a session's token in logs and traces.</summary>
    public const string RedactedToken = "***";

    private readonly ConcurrentDictionary<string, SessionFiles> _sessions = new(StringComparer.Ordinal);
    private readonly FileStream _lock;
    private readonly ITimer _sweeper;
    private long _reserved;
    private bool _disposed;

    /// <param name="maxUploadSize">The largest upload accepted, in bytes.</param>
    public FileStore(long maxUploadSize)
        : this(new FileLimits(maxUploadSize))
    {
    }

    /// <param name="limits">The upload limits and quotas.</param>
    /// <param name="root">Where the per-process folders go (<see cref="FileFolders.DefaultRoot"/> by default); stale ones there are deleted first.</param>
    /// <param name="time">The clock of the unclaimed-upload sweep.</param>
    public FileStore(FileLimits limits, string? root = null, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(limits);
        limits.Validate();
        Limits = limits;
        Time = time ?? TimeProvider.System;
        root ??= FileFolders.DefaultRoot;
        (StaleFoldersDeleted, StaleFoldersLeft) = FileFolders.DeleteStale(root); // Note [Stale folders]
        (Directory, _lock) = FileFolders.CreateOwn(root);
        var period = Limits.UnclaimedUploadLifetime / 2;
        _sweeper = Time.CreateTimer(_ => SweepUnclaimed(), null, period, period);
    }

    /// <summary>The limits and quotas.</summary>
    public FileLimits Limits { get; }

    /// <summary>The largest upload accepted by any widget, in bytes.</summary>
    public long MaxUploadSize => Limits.MaxUploadSize;

    /// <summary>The clock of the sweep.</summary>
    internal TimeProvider Time { get; }

    /// <summary>Where the temporary files are.</summary>
    public string Directory { get; }

    /// <summary>The folders of dead processes deleted when this store started.</summary>
    public IReadOnlyList<string> StaleFoldersDeleted { get; }

    /// <summary>The folders of dead processes that could not be deleted, with why.</summary>
    public IReadOnlyList<string> StaleFoldersLeft { get; }

    /// <summary>The number of open sessions.</summary>
    public int SessionCount => _sessions.Count;

    /// <summary>The bytes reserved by the uploads of every session (see Note [Upload quotas]).</summary>
    public long Reserved => Interlocked.Read(ref _reserved);

    /// <summary>Opens the files of a new session, with a fresh token.</summary>
    public SessionFiles Open()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        var files = new SessionFiles(this);
        _sessions[files.Token] = files;
        return files;
    }

    /// <summary>The session that owns <paramref name="token"/>, if it is still open.</summary>
    public bool TryGet(string token, out SessionFiles files) => _sessions.TryGetValue(token, out files!);

    internal void Forget(SessionFiles files) => _sessions.TryRemove(new KeyValuePair<string, SessionFiles>(files.Token, files));

    /// <summary>Reserves <paramref name="size"/> bytes of the server's quota; false when they do not fit.</summary>
    internal bool TryReserve(long size)
    {
        while (true)
        {
            var current = Interlocked.Read(ref _reserved);
            if (current + size > Limits.ServerQuota)
            {
                return false;
            }

            if (Interlocked.CompareExchange(ref _reserved, current + size, current) == current)
            {
                return true;
            }
        }
    }

    internal void Release(long size) => Interlocked.Add(ref _reserved, -size);

    /// <summary>Deletes, in every session, the uploads no widget holds whose last byte arrived longer ago than the lifetime.</summary>
    /// <returns>How many were deleted.</returns>
    internal int SweepUnclaimed()
    {
        var deleted = 0;
        foreach (var files in _sessions.Values)
        {
            deleted += files.DeleteUnclaimed();
        }

        return deleted;
    }

    /// <summary>
    /// <paramref name="text"/> with the session token of every file URL in it replaced by <see cref="RedactedToken"/>
    /// (<c>/_dataapps/files/***/media/…</c>), for logs and traces: the token names a live session's files.
    /// </summary>
    public static string Redact(string text) =>
        text.Contains("_dataapps/files/", StringComparison.OrdinalIgnoreCase) ? TokenInPath().Replace(text, "$1" + RedactedToken) : text;

    // Also without the leading slash: routing's logs print the route value (_dataapps/files/…).
    [System.Text.RegularExpressions.GeneratedRegex(@"(_dataapps/files/)[^/?#\s""']+", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex TokenInPath();

    /// <summary>Closes every session and deletes the temporary folder (the server is stopping).</summary>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        _sweeper.Dispose();
        foreach (var files in _sessions.Values)
        {
            files.Dispose();
        }

        _lock.Dispose();
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // A file still open elsewhere; the next start deletes the folder (Note [Stale folders]).
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}

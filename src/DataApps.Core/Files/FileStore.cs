using System.Collections.Concurrent;

namespace DataApps.Files;

/// <summary>
/// The app's store of per-session files: uploads in temporary files and downloads registered by the running page. One per app;
/// each session opens its own <see cref="SessionFiles"/>, reachable over HTTP only with that session's unguessable token.
/// </summary>
/// <remarks>No ASP.NET types here: the Hosting endpoints translate HTTP to these calls, and AppTest calls them directly.</remarks>
internal sealed class FileStore : IDisposable
{
    /// <summary>The URL path under which the Hosting endpoints serve session files.</summary>
    public const string BasePath = "/_dataapps/files";

    private readonly ConcurrentDictionary<string, SessionFiles> _sessions = new(StringComparer.Ordinal);
    private bool _disposed;

    /// <param name="maxUploadSize">The largest upload accepted, in bytes.</param>
    /// <param name="directory">Where temporary files go; a fresh folder under the system temp folder by default.</param>
    public FileStore(long maxUploadSize, string? directory = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxUploadSize);
        MaxUploadSize = maxUploadSize;
        Directory = directory ?? System.IO.Path.Combine(System.IO.Path.GetTempPath(), "dataapps-files", Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(Directory);
    }

    /// <summary>The largest upload accepted by any widget, in bytes.</summary>
    public long MaxUploadSize { get; }

    /// <summary>Where the temporary files are.</summary>
    public string Directory { get; }

    /// <summary>The number of open sessions.</summary>
    public int SessionCount => _sessions.Count;

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

    /// <summary>Closes every session and deletes the temporary folder (the server is stopping).</summary>
    public void Dispose()
    {
        _disposed = true;
        foreach (var files in _sessions.Values)
        {
            files.Dispose();
        }

        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // A file still open elsewhere; the OS temp cleanup takes it.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}

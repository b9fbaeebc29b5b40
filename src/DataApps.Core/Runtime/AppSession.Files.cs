using DataApps.Files;

namespace DataApps.Runtime;

internal sealed partial class AppSession
{
    private SessionFiles? _files;
    private FileStore? _ownStore;

    /// <summary>
    /// The session's uploads and downloads. The host attaches the app's store with <see cref="UseFiles"/>; a session without a host
    /// (AppTest, unit tests) gets a private store with the default 200 MB limit, deleted with the session.
    /// </summary>
    public SessionFiles Files
    {
        get
        {
            if (_files is null)
            {
                lock (_gate)
                {
                    if (_files is null)
                    {
                        _ownStore = new FileStore(DefaultMaxUploadSize);
                        _files = _ownStore.Open();
                    }
                }
            }

            return _files;
        }
    }

    /// <summary>The default upload limit, as Streamlit's: 200 MB.</summary>
    public const long DefaultMaxUploadSize = 200L * 1024 * 1024;

    /// <summary>Attaches the files this session owns in the app's store (before the first run).</summary>
    public void UseFiles(SessionFiles files)
    {
        ArgumentNullException.ThrowIfNull(files);
        lock (_gate)
        {
            if (_files is not null)
            {
                throw new InvalidOperationException("The session's files are already attached.");
            }

            _files = files;
        }
    }

    /// <summary>Deletes the session's temporary files (the session ends).</summary>
    private void DisposeFiles()
    {
        _files?.Dispose();
        _ownStore?.Dispose();
    }
}

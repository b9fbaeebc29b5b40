using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace DataApps.Files;

/// <summary>
/// One session's files: uploads being received or completed (each a temporary file), the upload widgets' limits, and the
/// downloads the page registered. Thread-safe: HTTP requests and the page run touch it concurrently.
/// </summary>
/// <remarks>
/// Note [File ownership]: the token is 256 random bits from a CSPRNG and names the session's files in URLs; upload ids are random
/// too. The token alone is not enough: a URL is answered only to the session's owner (<see cref="BindOwner"/>): the signed-in user's
/// stable id, or for an anonymous visit the browser's own unguessable cookie. A copied URL (a log line, a shared link, a screenshot)
/// answers 404 to anyone else, as a token that does not exist would. A file is deleted when its widget drops it (the user removed
/// it, or a single-file widget got a new one), when no widget holds it for <see cref="FileLimits.UnclaimedUploadLifetime"/> (never
/// claimed, or its widget left the page), when the session ends (<see cref="Dispose"/>), or when the store is disposed at shutdown.
/// </remarks>
internal sealed partial class SessionFiles : IDisposable
{
    private readonly FileStore _store;
    private readonly ConcurrentDictionary<string, Upload> _uploads = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, UploaderLimits> _uploaders = new(StringComparer.Ordinal);
    private readonly Lock _quotaGate = new();
    private long _reserved;
    private volatile string? _owner;
    private volatile bool _disposed;

    internal SessionFiles(FileStore store)
    {
        _store = store;
        Token = RandomId(32);
    }

    /// <summary>The session's secret, part of every file URL.</summary>
    public string Token { get; }

    /// <summary>The URL path of this session's files.</summary>
    public string BaseUrl => $"{FileStore.BasePath}/{Token}";

    /// <summary>Who the session's files are served to (see Note [File ownership]); <c>null</c> until bound: then to nobody.</summary>
    public string? Owner => _owner;

    /// <summary>Serves the session's files to <paramref name="owner"/> from now on (the browser or user that shows the session).</summary>
    public void BindOwner(string? owner) => _owner = owner;

    /// <summary>Whether <paramref name="requester"/> is the session's owner (compared in constant time).</summary>
    public bool IsOwnedBy(string? requester) =>
        _owner is { } owner && requester is not null && System.Security.Cryptography.CryptographicOperations.FixedTimeEquals(
            System.Text.Encoding.UTF8.GetBytes(owner), System.Text.Encoding.UTF8.GetBytes(requester));

    /// <summary>The bytes this session's uploads hold (announced sizes of those in flight, sizes of completed ones).</summary>
    public long Reserved => Interlocked.Read(ref _reserved);

    /// <summary>The app-wide upload limit.</summary>
    public long MaxUploadSize => _store.MaxUploadSize;

    /// <summary>The uploads in progress or completed.</summary>
    public int UploadCount => _uploads.Count;

    /// <summary>Records an upload widget's limits (called each run that renders it) so uploads to it can be checked as they arrive.</summary>
    public void RegisterUploader(string widgetId, long? maxSize, IReadOnlyList<string> accept) =>
        _uploaders[widgetId] = new UploaderLimits(maxSize is { } m ? Math.Min(m, MaxUploadSize) : MaxUploadSize, accept, _store.Time.GetUtcNow().UtcTicks);

    /// <summary>The effective size limit of an upload widget.</summary>
    public long LimitOf(string widgetId) => _uploaders.TryGetValue(widgetId, out var limits) ? limits.MaxSize : MaxUploadSize;

    /// <summary>Starts an upload of <paramref name="size"/> bytes to a widget.</summary>
    /// <exception cref="UploadRejectedException">The widget does not exist in this session, the file is too large or of a type the widget
    /// does not accept, or it does not fit in the session's or the server's upload quota (Note [Upload quotas] in FileStore.cs).</exception>
    public string BeginUpload(string widgetId, string name, long size, string? contentType)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (!_uploaders.TryGetValue(widgetId, out var limits))
        {
            throw new UploadRejectedException(UploadProblem.NotFound, "This upload widget is no longer on the page; reload the page and try again.");
        }

        name = SafeName(name);
        if (size < 0)
        {
            throw new UploadRejectedException(UploadProblem.BadRequest, "The file size is missing.");
        }

        if (size > limits.MaxSize)
        {
            throw new UploadRejectedException(UploadProblem.TooLarge, FileSizes.TooLarge(name, size, limits.MaxSize));
        }

        if (limits.Accept.Count > 0 && !Accepts(limits.Accept, name, contentType))
        {
            throw new UploadRejectedException(UploadProblem.WrongType, $"{name} is not an accepted file type ({string.Join(", ", limits.Accept)}).");
        }

        Reserve(name, size);
        var id = RandomId(16);
        var path = Path.Combine(_store.Directory, $"{Token[..8]}-{id}.upload");
        try
        {
            File.Create(path).Dispose();
        }
        catch
        {
            Release(size);
            throw;
        }

        _uploads[id] = new Upload(id, widgetId, name, size, string.IsNullOrWhiteSpace(contentType) ? "application/octet-stream" : contentType, path)
        {
            LastActivity = _store.Time.GetUtcNow().UtcTicks,
        };
        if (_disposed)
        {
            Delete(id);
            throw new ObjectDisposedException(nameof(SessionFiles));
        }

        return id;
    }

    /// <summary>Appends the next slice of an upload; slices must come in order (the offset is the number of bytes received so far).</summary>
    /// <returns>The number of bytes received so far, and whether the upload is complete.</returns>
    /// <exception cref="UploadRejectedException">No such upload, the offset is wrong, or the data runs past the declared size.</exception>
    public async Task<(long Received, bool Completed)> AppendAsync(string uploadId, long offset, Stream data, CancellationToken cancellationToken)
    {
        var upload = Find(uploadId);
        await upload.Gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (upload.Deleted)
            {
                throw new UploadRejectedException(UploadProblem.NotFound, "The upload was cancelled.");
            }

            if (offset != upload.Received)
            {
                throw new UploadRejectedException(UploadProblem.WrongOffset, $"Expected the slice at offset {upload.Received}, got {offset}.") { Received = upload.Received };
            }

            var stream = new FileStream(upload.Path, FileMode.Append, FileAccess.Write, FileShare.Read | FileShare.Delete, 1, FileOptions.Asynchronous);
            await using (stream.ConfigureAwait(false))
            {
                var buffer = System.Buffers.ArrayPool<byte>.Shared.Rent(1 << 16);
                try
                {
                    int read;
                    while ((read = await data.ReadAsync(buffer, cancellationToken).ConfigureAwait(false)) > 0)
                    {
                        // Checked as the bytes arrive, not after: a client that lies about the size is cut off here.
                        if (upload.Received + read > upload.Size)
                        {
                            Delete(uploadId);
                            throw new UploadRejectedException(UploadProblem.TooLarge,
                                $"{upload.Name} is larger than the {FileSizes.Format(upload.Size)} announced when the upload started.");
                        }

                        await stream.WriteAsync(buffer.AsMemory(0, read), cancellationToken).ConfigureAwait(false);
                        upload.Received += read;
                        upload.LastActivity = _store.Time.GetUtcNow().UtcTicks;
                    }
                }
                finally
                {
                    System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
                }
            }

            upload.Completed = upload.Received == upload.Size;
            return (upload.Received, upload.Completed);
        }
        finally
        {
            upload.Gate.Release();
        }
    }

    /// <summary>How many bytes of an upload have arrived (to resume after a failed slice).</summary>
    public long ReceivedOf(string uploadId) => Find(uploadId).Received;

    /// <summary>The completed uploads among <paramref name="ids"/> that were sent to <paramref name="widgetId"/>, in order; unknown ids are skipped.</summary>
    public List<UploadedFile> Completed(string widgetId, IEnumerable<string> ids)
    {
        var files = new List<UploadedFile>();
        foreach (var id in ids.Distinct(StringComparer.Ordinal))
        {
            if (_uploads.TryGetValue(id, out var upload) && upload.WidgetId == widgetId && upload.Completed && !upload.Deleted)
            {
                upload.Adopted = true;
                files.Add(upload.File);
            }
        }

        return files;
    }

    /// <summary>
    /// Deletes the uploads of <paramref name="widgetId"/> that the widget once held and no longer does (see Note [File ownership]);
    /// uploads that are still arriving, or completed but not yet handed to the widget, stay.
    /// </summary>
    public void Retain(string widgetId, IEnumerable<UploadedFile> kept)
    {
        var keep = kept.Select(f => f.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var upload in _uploads.Values)
        {
            if (upload.WidgetId == widgetId && upload.Adopted && !keep.Contains(upload.Id))
            {
                Delete(upload.Id);
            }
        }
    }

    /// <summary>Deletes an upload and its temporary file.</summary>
    public void Delete(string uploadId)
    {
        if (_uploads.TryRemove(uploadId, out var upload))
        {
            upload.Deleted = true;
            Release(upload.Size);
            TryDelete(upload.Path);
        }
    }

    /// <summary>
    /// Deletes the uploads no widget holds that have been idle for longer than <see cref="FileLimits.UnclaimedUploadLifetime"/>:
    /// complete or stalled uploads the page never took, and those of a widget the page has not shown for that long (its value is
    /// gone with it). An upload whose slice is arriving right now stays.
    /// </summary>
    /// <returns>How many were deleted.</returns>
    public int DeleteUnclaimed()
    {
        var lifetime = _store.Limits.UnclaimedUploadLifetime;
        var now = _store.Time.GetUtcNow().UtcTicks;
        var deleted = 0;
        foreach (var upload in _uploads.Values)
        {
            var idleSince = upload.Adopted
                ? (_uploaders.TryGetValue(upload.WidgetId, out var widget) ? widget.LastRendered : 0)
                : upload.LastActivity;
            if (now - idleSince > lifetime.Ticks && upload.Gate.Wait(0))
            {
                try
                {
                    Delete(upload.Id);
                    deleted++;
                }
                finally
                {
                    upload.Gate.Release();
                }
            }
        }

        return deleted;
    }

    /// <summary>Deletes every temporary file of the session and makes its token unknown.</summary>
    public void Dispose()
    {
        _disposed = true;
        _store.Forget(this);
        foreach (var id in _uploads.Keys)
        {
            Delete(id);
        }

        _downloads.Clear();
        _media.Clear();
    }

    /// <summary>Reserves <paramref name="size"/> bytes of the session's quota and the server's, or refuses the upload saying which is full.</summary>
    private void Reserve(string name, long size)
    {
        var limits = _store.Limits;
        lock (_quotaGate)
        {
            if (_reserved + size > limits.SessionQuota)
            {
                throw new UploadRejectedException(UploadProblem.OverQuota,
                    $"{name} ({FileSizes.Format(size)}) does not fit in this page's upload space: {FileSizes.Format(_reserved)} of " +
                    $"{FileSizes.Format(limits.SessionQuota)} is in use. Remove a file and try again.");
            }

            if (!_store.TryReserve(size))
            {
                throw new UploadRejectedException(UploadProblem.ServerFull,
                    $"The server has no room for {name} ({FileSizes.Format(size)}) right now: its upload space of " +
                    $"{FileSizes.Format(limits.ServerQuota)} is in use by other sessions. Try again later.");
            }

            _reserved += size;
        }
    }

    private void Release(long size)
    {
        lock (_quotaGate)
        {
            _reserved -= size;
        }

        _store.Release(size);
    }

    private Upload Find(string uploadId) => _uploads.TryGetValue(uploadId, out var upload)
        ? upload
        : throw new UploadRejectedException(UploadProblem.NotFound, "No such upload in this session.");

    private static bool Accepts(IReadOnlyList<string> accept, string name, string? contentType)
    {
        foreach (var pattern in accept)
        {
            if (pattern.StartsWith('.') && name.EndsWith(pattern, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            if (contentType is not null && (string.Equals(pattern, contentType, StringComparison.OrdinalIgnoreCase)
                || (pattern.EndsWith("/*", StringComparison.Ordinal) && contentType.StartsWith(pattern[..^1], StringComparison.OrdinalIgnoreCase))))
            {
                return true;
            }
        }

        return false;
    }

    private static string SafeName(string name)
    {
        name = Path.GetFileName(name.Replace('\\', '/')).Trim();
        return name.Length == 0 ? "upload" : name.Length > 255 ? name[..255] : name;
    }

    private static string RandomId(int bytes) =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(bytes)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    private sealed record UploaderLimits(long MaxSize, IReadOnlyList<string> Accept, long LastRendered);

    private sealed class Upload(string id, string widgetId, string name, long size, string contentType, string path)
    {
        public SemaphoreSlim Gate { get; } = new(1, 1);

        public string Id { get; } = id;

        public string WidgetId { get; } = widgetId;

        public string Name { get; } = name;

        public long Size { get; } = size;

        public string Path { get; } = path;

        public long Received { get; set; }

        /// <summary>When the upload was announced or its last byte arrived (UTC ticks of the store's clock).</summary>
        public long LastActivity { get; set; }

        public bool Completed { get; set; }

        /// <summary>Whether the widget's value has held this upload (so dropping it from the value deletes it).</summary>
        public bool Adopted { get; set; }

        public bool Deleted { get; set; }

        public UploadedFile File { get; } = new(id, name, size, contentType, path);
    }
}

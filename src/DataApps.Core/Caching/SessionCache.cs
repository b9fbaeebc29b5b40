using System.Collections.Concurrent;

namespace DataApps.Caching;

/// <summary>
/// One session's view of the <see cref="DataCache"/>: its lifetime (a factory is cancelled only when no open session waits
/// for it) and the entries of its <see cref="CacheScope.Session"/> scope, which are removed when the session ends.
/// </summary>
internal sealed class SessionCache : IDisposable
{
    private readonly CancellationTokenSource _lifetime = new();
    private readonly ConcurrentDictionary<int, EntryTracker> _trackers = new();
    private int _disposed;

    public SessionCache(DataCache cache, long id)
    {
        Cache = cache;
        Id = id;
        Lifetime = _lifetime.Token;
    }

    public DataCache Cache { get; }

    public long Id { get; }

    /// <summary>Cancelled when the session ends; what the session passes to HybridCache as its caller token.</summary>
    public CancellationToken Lifetime { get; }

    public EntryTracker Tracker(CacheSite site) =>
        _trackers.TryGetValue(site.Id, out var tracker) ? tracker : _trackers.GetOrAdd(site.Id, _ => new EntryTracker());

    public List<string> TakeAllKeys() => [.. _trackers.Values.SelectMany(t => t.TakeAll())];

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        _lifetime.Cancel();
        Cache.CloseSession(this);
        _lifetime.Dispose();
    }
}

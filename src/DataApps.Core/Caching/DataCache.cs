using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.DependencyInjection;

namespace DataApps.Caching;

/// <summary>
/// The process-wide cache behind <c>ui.Cache</c>: one per app (a singleton registered by <c>AddDataApps</c>), shared by
/// every session. Built on a private <see cref="HybridCache"/>, which gives single flight per key and the in-process level.
/// </summary>
/// <remarks>
/// Note [Cache keys]: a key is the verb kind, the scope (and session), the call site (file, member, line and value type,
/// interned as a small number) and the key the page passes, which is used as given: it is meant to be explicit and cheap
/// (a file name, a query's parameters), never a hash of large data. Keys longer than <see cref="MaxUserKeyLength"/> are hashed.
/// HybridCache is private to DataApps so that <c>Clear()</c> cannot touch the app's own entries and its options (no
/// distributed level, no serialization) cannot be changed under it; a second level is added here, for data entries only.
/// </remarks>
internal sealed partial class DataCache : IDisposable
{
    /// <summary>A page key longer than this is replaced by its SHA-256 in the HybridCache key (which allows 1024 characters).</summary>
    public const int MaxUserKeyLength = 512;

    // Entries without a ttl live "for ever": HybridCache's default is five minutes.
    private static readonly TimeSpan Forever = TimeSpan.FromDays(3650);

    private readonly ConcurrentDictionary<CallSite, CacheSite> _sites = new();
    private readonly ConcurrentDictionary<long, SessionCache> _sessions = new();
    private readonly Lazy<(ServiceProvider Services, HybridCache Hybrid)> _hybrid;
    private long _generation;
    private long _lastSessionId;
    private int _lastSiteId;

    public DataCache(TimeProvider? time = null)
    {
        Time = time ?? TimeProvider.System;
        _hybrid = new(CreateHybrid, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public TimeProvider Time { get; }

    public HybridCache Hybrid => _hybrid.Value.Hybrid;

    /// <summary>The current generation; <see cref="Clear"/> starts a new one, and entries of an older one are not served.</summary>
    public long Generation => Volatile.Read(ref _generation);

    /// <summary>The call sites seen so far.</summary>
    public IEnumerable<CacheSite> Sites => _sites.Values;

    public CacheSite Site(in CallSite where) =>
        _sites.TryGetValue(where, out var site) ? site : _sites.GetOrAdd(where, w => new CacheSite(Interlocked.Increment(ref _lastSiteId), w));

    /// <summary>Opens the session scope of one session; disposing it drops the session's entries.</summary>
    public SessionCache OpenSession()
    {
        var session = new SessionCache(this, Interlocked.Increment(ref _lastSessionId));
        _sessions[session.Id] = session;
        return session;
    }

    internal void CloseSession(SessionCache session)
    {
        _sessions.TryRemove(session.Id, out _);
        Remove(session.TakeAllKeys());
    }

    /// <summary>The HybridCache key of one entry.</summary>
    public static string KeyOf(CacheSite site, long sessionId, string key)
    {
        var kind = site.Where.Kind == CacheKind.Data ? 'd' : 'r';
        var page = key.Length <= MaxUserKeyLength && !key.AsSpan().ContainsAnyInRange('\0', (char)31)
            ? key
            : "#" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
        return sessionId == 0
            ? string.Concat(kind.ToString(), ":", site.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), ":", page)
            : $"{kind}:{site.Id}:s{sessionId}:{page}";
    }

    /// <summary>Removes every entry of every scope and starts a new generation.</summary>
    public void Clear()
    {
        Interlocked.Increment(ref _generation);
        foreach (var site in _sites.Values)
        {
            Remove(site.Global.TakeAll());
        }

        foreach (var session in _sessions.Values)
        {
            Remove(session.TakeAllKeys());
        }
    }

    public void Remove(IEnumerable<string>? keys)
    {
        if (keys is null || !_hybrid.IsValueCreated)
        {
            return;
        }

        foreach (var key in keys)
        {
            // Without a distributed level RemoveAsync is synchronous (an L1 removal).
            _ = Hybrid.RemoveAsync(key);
        }
    }

    /// <summary>The options of one entry: the ttl (or "for ever") and no distributed level (see <see cref="NoSerializationFactory"/>).</summary>
    public static HybridCacheEntryOptions EntryOptions(TimeSpan? ttl) => new()
    {
        Expiration = ttl ?? Forever,
        LocalCacheExpiration = ttl ?? Forever,
        Flags = HybridCacheEntryFlags.DisableDistributedCache | HybridCacheEntryFlags.DisableCompression,
    };

    public void Dispose()
    {
        if (_hybrid.IsValueCreated)
        {
            _hybrid.Value.Services.Dispose();
        }
    }

    private (ServiceProvider, HybridCache) CreateHybrid()
    {
        var services = new ServiceCollection();
        services.AddSingleton(Time);
        services.AddSingleton<IHybridCacheSerializerFactory, NoSerializationFactory>();
        services.AddHybridCache(o =>
        {
            o.MaximumKeyLength = 1024;
            o.DefaultEntryOptions = EntryOptions(null);
        });
        var provider = services.BuildServiceProvider();
        return (provider, provider.GetRequiredService<HybridCache>());
    }
}

using Microsoft.Extensions.Caching.Hybrid;

namespace DataApps.Caching;

/// <summary>How a cache verb computes its value: a synchronous function or an asynchronous one.</summary>
/// <typeparam name="T">The value type.</typeparam>
internal readonly struct CacheFactory<T>
{
    private readonly Func<T>? _sync;
    private readonly Func<CancellationToken, Task<T>>? _task;
    private readonly Func<CancellationToken, ValueTask<T>>? _valueTask;

    public CacheFactory(Func<T> sync) => _sync = sync ?? throw new ArgumentNullException(nameof(sync));

    public CacheFactory(Func<CancellationToken, Task<T>> task) => _task = task ?? throw new ArgumentNullException(nameof(task));

    public CacheFactory(Func<CancellationToken, ValueTask<T>> valueTask) => _valueTask = valueTask ?? throw new ArgumentNullException(nameof(valueTask));

    public ValueTask<T> InvokeAsync(CancellationToken ct) =>
        _sync is not null ? new(_sync()) : _task is not null ? new(_task(ct)) : _valueTask!(ct);
}

/// <summary>One cache lookup: which entry, where it is tracked, and how long it lives.</summary>
/// <param name="Key">The HybridCache key (<see cref="DataCache.KeyOf"/>).</param>
/// <param name="Tracker">The tracker of the call site in the entry's scope.</param>
/// <param name="Ttl">How long the entry is served after it is computed; <c>null</c> for ever.</param>
/// <param name="MaxEntries">How many entries the call site keeps in this scope; <c>null</c> for no limit.</param>
internal readonly record struct CacheRequest(string Key, EntryTracker Tracker, TimeSpan? Ttl, int? MaxEntries);

internal sealed partial class DataCache
{
    /// <summary>
    /// Returns the entry for <paramref name="request"/>: a completed task on a hit, otherwise the computation in flight
    /// for that key, started now or joined (one computation per key; its exception reaches every waiter and is not cached).
    /// </summary>
    /// <param name="request">The entry.</param>
    /// <param name="factory">Computes the value on a miss, on the thread pool.</param>
    /// <param name="lifetime">The caller's session lifetime: the factory's token is cancelled when every waiting session has ended.</param>
    public ValueTask<CacheEntry<T>> GetOrCreateAsync<T>(in CacheRequest request, CacheFactory<T> factory, CancellationToken lifetime)
    {
        var options = OptionsFor(request.Ttl);
        for (var attempt = 0; ; attempt++)
        {
            var computed = new System.Runtime.CompilerServices.StrongBox<bool>(); // set when this lookup runs the factory
            var pending = Hybrid.GetOrCreateAsync(
                request.Key,
                new FactoryState<T>(this, request, factory, computed),
                static (state, ct) => state.RunAsync(ct),
                options,
                tags: null,
                lifetime);
            if (!pending.IsCompletedSuccessfully || computed.Value)
            {
                Runtime.Telemetry.CacheMisses.Add(1); // computed now, or joined the computation in flight
                return pending;
            }

            var entry = pending.Result;
            if (entry.Generation == Generation && Time.GetUtcNow() < entry.Expires)
            {
                request.Tracker.Touch(request.Key);
                Runtime.Telemetry.CacheHits.Add(1);
                return pending;
            }

            // Expired by ttl (our clock decides, so a TimeProvider controls it) or cleared while it was computed.
            request.Tracker.Forget(request.Key);
            _ = Hybrid.RemoveAsync(request.Key);
            if (attempt > 0)
            {
                return pending; // a second stale hit can only come from a Clear racing this call: serve it once
            }
        }
    }

    private HybridCacheEntryOptions OptionsFor(TimeSpan? ttl)
    {
        if (ttl is null)
        {
            return NoTtl;
        }

        var last = _lastTtlOptions;
        if (last is not null && last.Expiration == ttl)
        {
            return last;
        }

        return _lastTtlOptions = EntryOptions(ttl);
    }

    private static readonly HybridCacheEntryOptions NoTtl = EntryOptions(null);

    private HybridCacheEntryOptions? _lastTtlOptions;

    private readonly struct FactoryState<T>(DataCache cache, CacheRequest request, CacheFactory<T> factory, System.Runtime.CompilerServices.StrongBox<bool> computed)
    {
        public async ValueTask<CacheEntry<T>> RunAsync(CancellationToken ct)
        {
            computed.Value = true;
            var generation = cache.Generation;
            var value = await factory.InvokeAsync(ct).ConfigureAwait(false);
            var now = cache.Time.GetUtcNow();
            var expires = request.Ttl is { } ttl ? now + ttl : DateTimeOffset.MaxValue;
            cache.Remove(request.Tracker.Add(request.Key, request.MaxEntries, expires, now));
            return new CacheEntry<T>(value, expires, generation);
        }
    }
}

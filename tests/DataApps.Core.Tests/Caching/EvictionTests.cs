using DataApps.Caching;
using Microsoft.Extensions.Caching.Hybrid;
using DataApps.Core.Tests.Support;

namespace DataApps.Core.Tests.Caching;

/// <summary>How entries leave the cache: ttl, maxEntries, Clear and the end of a session.</summary>
public sealed class EvictionTests : IDisposable
{
    private readonly FakeTime _time = new();
    private readonly CacheHarness _app;
    private readonly List<string> _computed = [];

    public EvictionTests() => _app = new CacheHarness(_time);

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task AnEntryIsServedUntilItsTtlHasPassedAndComputedAgainAfter()
    {
        var session = _app.Session();
        var page = Page(() => ["a"], ttl: TimeSpan.FromMinutes(10));
        await CacheHarness.RunAsync(session, page);

        _time.Advance(TimeSpan.FromMinutes(9));
        await CacheHarness.RerunAsync(session);
        Assert.Equal(["a"], _computed);

        _time.Advance(TimeSpan.FromMinutes(1));
        await CacheHarness.RerunAsync(session);
        Assert.Equal(["a", "a"], _computed);
    }

    [Fact]
    public async Task KeysWhoseTtlHasPassedAreDroppedWhenTheCallSiteComputesAgain()
    {
        var session = _app.Session();
        string[] keys = ["a", "b"];
        await CacheHarness.RunAsync(session, Page(() => keys, ttl: TimeSpan.FromMinutes(1)));
        var site = Assert.Single(_app.Cache.Sites);
        Assert.Equal(2, site.Global.Count);

        _time.Advance(TimeSpan.FromMinutes(2));
        keys = ["c"];
        await CacheHarness.RerunAsync(session);

        Assert.Equal(1, site.Global.Count);
        Assert.False(await HoldsAsync(DataCache.KeyOf(site, 0, "a")));
    }

    [Fact]
    public async Task MaxEntriesEvictsTheLeastRecentlyUsedKeyOfTheCallSite()
    {
        var session = _app.Session();
        string[] keys = ["a", "b"];
        var page = Page(() => keys, maxEntries: 2);
        await CacheHarness.RunAsync(session, page);   // computes a, b
        keys = ["a", "c"];                             // a is used again, so b is the least recently used
        await CacheHarness.RerunAsync(session);       // computes c, evicts b
        keys = ["a", "b"];
        await CacheHarness.RerunAsync(session);       // a is still there; b comes back (evicting c)

        Assert.Equal(["a", "b", "c", "b"], _computed);
    }

    [Fact]
    public async Task ClearMakesEveryCallComputeAgain()
    {
        var session = _app.Session();
        var clear = false;
        await CacheHarness.RunAsync(session, ui =>
        {
            if (clear)
            {
                ui.Cache.Clear();
            }

            foreach (var key in new[] { "a", "b" })
            {
                ui.Cache.Data(key, () => Compute(key));
            }

            ui.Cache.Resource("r", () => Compute("r"));
        });

        clear = true;
        await CacheHarness.RerunAsync(session);

        Assert.Equal(["a", "b", "r", "a", "b", "r"], _computed);
    }

    [Fact]
    public async Task SessionScopedEntriesAreNotSharedBetweenSessions()
    {
        var seen = new List<object>();
        void Page(Ui ui) => seen.Add(ui.Cache.Data("mine", () => new object(), scope: CacheScope.Session));
        var alice = _app.Session();
        var bob = _app.Session();

        await CacheHarness.RunAsync(alice, Page);
        await CacheHarness.RunAsync(bob, Page);
        await CacheHarness.RerunAsync(alice);

        Assert.NotSame(seen[0], seen[1]);
        Assert.Same(seen[0], seen[2]);
    }

    [Fact]
    public async Task TheEndOfASessionRemovesItsSessionScopedEntriesButNotTheGlobalOnes()
    {
        var alice = _app.Session();
        await CacheHarness.RunAsync(alice, ui =>
        {
            ui.Cache.Data("mine", () => Compute("mine"), scope: CacheScope.Session);
            ui.Cache.Data("ours", () => Compute("ours"));
        });
        var scope = alice.Cache;
        var mine = _app.Cache.Sites.Single(s => scope.Tracker(s).Count == 1);
        var ours = _app.Cache.Sites.Single(s => s.Global.Count == 1);
        var mineKey = DataCache.KeyOf(mine, scope.Id, "mine");
        var oursKey = DataCache.KeyOf(ours, 0, "ours");
        Assert.True(await HoldsAsync(mineKey));

        alice.Dispose();

        Assert.False(await HoldsAsync(mineKey));
        Assert.True(await HoldsAsync(oursKey));
    }

    private async Task<bool> HoldsAsync(string key) =>
        await _app.Cache.Hybrid.GetOrCreateAsync<CacheEntry<string>?>(
            key,
            _ => ValueTask.FromResult<CacheEntry<string>?>(null),
            new HybridCacheEntryOptions { Flags = HybridCacheEntryFlags.DisableUnderlyingData }) is not null;

    private Action<Ui> Page(Func<string[]> keys, TimeSpan? ttl = null, int? maxEntries = null) => ui =>
    {
        foreach (var key in keys())
        {
            ui.Cache.Data(key, () => Compute(key), ttl: ttl, maxEntries: maxEntries);
        }
    };

    private string Compute(string key)
    {
        lock (_computed)
        {
            _computed.Add(key);
        }

        return key;
    }
}

using DataApps.Core.Tests.Support;
using Microsoft.Data.Analysis;

namespace DataApps.Core.Tests.Caching;

/// <summary>What a hit returns and what makes two calls name the same entry.</summary>
public sealed class CacheHitTests : IDisposable
{
    private readonly CacheHarness _app = new();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task AHitReturnsTheSameInstanceWithoutRunningTheFactoryAgain()
    {
        var session = _app.Session();
        var calls = 0;
        var seen = new List<DataFrame>();
        await CacheHarness.RunAsync(session, ui => seen.Add(ui.Cache.Data("frame", () =>
        {
            calls++;
            return new DataFrame(new Int32DataFrameColumn("x", [1, 2, 3]));
        })));

        await CacheHarness.RerunAsync(session);

        Assert.Equal(1, calls);
        Assert.Equal(2, seen.Count);
        Assert.Same(seen[0], seen[1]);
    }

    [Fact]
    public async Task AnotherSessionGetsTheSameInstance()
    {
        var seen = new List<object>();
        void Page(Ui ui) => seen.Add(ui.Cache.Data("shared", () => new object()));

        await CacheHarness.RunAsync(_app.Session(), Page);
        await CacheHarness.RunAsync(_app.Session(), Page);

        Assert.Same(seen[0], seen[1]);
    }

    [Fact]
    public async Task TheSameKeyAtTwoCallSitesNamesTwoEntries()
    {
        var session = _app.Session();
        (string A, string B) seen = default;
        await CacheHarness.RunAsync(session, ui =>
        {
            var a = ui.Cache.Data("key", () => "first site");
            var b = ui.Cache.Data("key", () => "second site");
            seen = (a, b);
        });

        Assert.Equal(("first site", "second site"), seen);
    }

    [Fact]
    public async Task TheSameKeyAtOneCallSiteForTwoTypesNamesTwoEntries()
    {
        var session = _app.Session();
        var seen = new List<object>();
        await CacheHarness.RunAsync(session, ui =>
        {
            foreach (var asText in new[] { false, true })
            {
                seen.Add(Generic(ui, asText));
            }
        });

        Assert.Equal([42, "42"], seen);
    }

    [Fact]
    public async Task DataAndResourceWithTheSameKeyAreSeparateEntries()
    {
        var session = _app.Session();
        (object Data, object Resource) seen = default;
        await CacheHarness.RunAsync(session, ui => seen = (ui.Cache.Data("k", () => new object()), ui.Cache.Resource("k", () => new object())));

        Assert.NotSame(seen.Data, seen.Resource);
    }

    [Fact]
    public async Task AsyncFactoriesAreCachedLikeSyncOnes()
    {
        var session = _app.Session();
        var calls = 0;
        var seen = new List<object>();
        await Wait.ForAsync(
            CacheHarness.Start(session, async (ui, _) =>
            {
                seen.Add(await ui.Cache.DataAsync("a", async ct =>
                {
                    calls++;
                    await Task.Yield();
                    return new object();
                }));
                seen.Add(await ui.Cache.ResourceAsync("r", ct => ValueTask.FromResult(new object())));
            }),
            "the first run");
        await CacheHarness.RerunAsync(session);

        Assert.Equal(1, calls);
        Assert.Same(seen[0], seen[2]);
        Assert.Same(seen[1], seen[3]);
    }

    [Fact]
    public async Task AVeryLongKeyIsStillCached()
    {
        var session = _app.Session();
        var calls = 0;
        var key = new string('k', 5000);
        await CacheHarness.RunAsync(session, ui => ui.Cache.Data(key, () => ++calls));
        await CacheHarness.RerunAsync(session);

        Assert.Equal(1, calls);
    }

    // One call site, two value types: the type is part of the key.
    private static object Generic(Ui ui, bool asText) => asText ? Cached(ui, () => "42") : Cached(ui, () => 42);

    private static T Cached<T>(Ui ui, Func<T> factory) => ui.Cache.Data("same", factory);
}

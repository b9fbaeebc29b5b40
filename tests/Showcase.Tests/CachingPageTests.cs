using DataApps;
using DataApps.Testing;
using Showcase.Pages;

namespace Showcase.Tests;

public sealed class CachingPageTests
{
    private static async Task<AppTest> OpenAsync()
    {
        var app = AppTest.For<CachingPage>();
        app.State["work"] = 0; // no simulated work in tests
        await app.RunAsync();
        return app;
    }

    [Fact]
    public async Task TheSlowFrameIsComputedOnceAndServedAgainOnTheNextRun()
    {
        using var app = await OpenAsync();
        var first = app.Get<MetricElement>().Select(m => m.Value).ToArray();

        await app.RunAsync();

        Assert.Equal("10,000", first[0]);
        Assert.Equal(first, app.Get<MetricElement>().Select(m => m.Value));
    }

    [Fact]
    public async Task ASecondSessionGetsTheSameResourceInstance()
    {
        using var alice = await OpenAsync();
        using var bob = alice.NewSession();
        bob.State["work"] = 0;
        await bob.RunAsync();

        Assert.Equal(Texts.Starting(alice, "Model #"), Texts.Starting(bob, "Model #"));
    }

    [Fact]
    public async Task ClearMakesTheResourceLoadAgain()
    {
        using var app = await OpenAsync();
        var before = Texts.Starting(app, "Model #");

        await app.Button("Clear the cache").Click().RunAsync();
        Assert.StartsWith("Cleared", app.Get<SuccessElement>().Single().Body, StringComparison.Ordinal);
        await app.RunAsync();

        Assert.NotEqual(before, Texts.Starting(app, "Model #"));
    }
}

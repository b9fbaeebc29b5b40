using static Microsoft.Playwright.Assertions;

namespace DataApps.BrowserTests;

/// <summary>The first response paints the page; the circuit then continues the same session without running the page again.</summary>
[Collection(nameof(ShowcaseCollection))]
public sealed class PrerenderTests(ShowcaseFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task APrerenderedVisitRunsThePageOnceAndIsInteractive()
    {
        var app = await NewPageAsync();

        var response = await app.Page.GotoAsync("/state");
        var html = await response!.TextAsync();
        await app.WaitForRunsAsync(1);

        Assert.Contains("Count: 0", html, StringComparison.Ordinal); // the output was in the first response
        Assert.Equal(1, await app.RunsAsync());                       // the circuit took the session over: no second run
        await app.ClickAsync("+1");
        Assert.Equal(2, await app.RunsAsync());
        await Expect(app.Elements("text").Filter(new() { HasText = "Count: 1" })).ToHaveCountAsync(1);
    }

    [Fact]
    public async Task AReloadStartsANewSession()
    {
        var app = await OpenAsync("/state");
        await app.ClickAsync("+1");
        await Expect(app.Elements("text").Filter(new() { HasText = "Count: 1" })).ToHaveCountAsync(1);

        await app.Page.ReloadAsync();
        await app.WaitForRunsAsync(1);

        await Expect(app.Elements("text").Filter(new() { HasText = "Count: 0" })).ToHaveCountAsync(1);
        Assert.Equal(1, await app.RunsAsync());
    }
}

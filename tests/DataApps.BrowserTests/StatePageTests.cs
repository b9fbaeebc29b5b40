using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace DataApps.BrowserTests;

[Collection(nameof(ShowcaseCollection))]
public sealed partial class StatePageTests(ShowcaseFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task EachBrowserSessionKeepsItsOwnCount()
    {
        var alice = await OpenAsync("/state");
        var bob = await OpenAsync("/state");

        // Interleaved, so a shared count would show in both.
        await alice.ClickAsync("+1");
        await bob.ClickAsync("+1");
        await alice.ClickAsync("+1");
        await alice.ClickAsync("+1");
        await bob.ClickAsync("+1");

        await Expect(Count(alice)).ToHaveTextAsync("Count: 3");
        await Expect(Count(bob)).ToHaveTextAsync("Count: 2");
    }

    private static ILocator Count(AppPage app) =>
        app.Elements("text").Filter(new LocatorFilterOptions { HasTextRegex = CountText() });

    [GeneratedRegex("^Count: ")]
    private static partial Regex CountText();
}

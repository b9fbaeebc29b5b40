using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace DataApps.BrowserTests;

[Collection(nameof(ShowcaseCollection))]
public sealed class FragmentsPageTests(ShowcaseFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task AnInteractionInsideAFragmentLeavesTheRestOfThePageAlone()
    {
        var app = await OpenAsync("/fragments");
        await Expect(Text(app, "Whole-page runs: ")).ToHaveTextAsync("Whole-page runs: 1");
        var slider = app.Main.Locator("[data-fragment] input[type=range]").First;
        await slider.FocusAsync();

        await app.InteractAsync(() => slider.PressAsync("ArrowRight"));

        await Expect(Text(app, "Fragment runs: ")).ToHaveTextAsync("Fragment runs: 2");
        await Expect(Text(app, "Whole-page runs: ")).ToHaveTextAsync("Whole-page runs: 1");
    }

    [Fact]
    public async Task AFragmentWithRunEveryUpdatesOnItsOwn()
    {
        var app = await OpenAsync("/fragments");
        var ticks = Text(app, "Ticks: ");

        await Expect(ticks).Not.ToHaveTextAsync("Ticks: 1", new() { Timeout = 10_000 });
        await Expect(ticks).Not.ToHaveTextAsync("Ticks: 2", new() { Timeout = 10_000 });

        await Expect(Text(app, "Whole-page runs: ")).ToHaveTextAsync("Whole-page runs: 1");
    }

    private static ILocator Text(AppPage app, string prefix) =>
        app.Elements("text").Filter(new LocatorFilterOptions { HasText = prefix });
}

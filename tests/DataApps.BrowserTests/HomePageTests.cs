using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace DataApps.BrowserTests;

[Collection(nameof(ShowcaseCollection))]
public sealed partial class HomePageTests(ShowcaseFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task HomeShowsTheSliderAtTenAndItsSquare()
    {
        var app = await OpenAsync("/");

        await Expect(SliderValue(app)).ToHaveTextAsync("10");
        await Expect(Square(app)).ToHaveTextAsync("n² = 100");
        await Screenshots.SaveIfRequestedAsync(app.Page, "showcase-home.png");
    }

    [Fact]
    public async Task PressingArrowRightOnTheSliderRerunsThePageWithTheNextSquare()
    {
        var app = await OpenAsync("/");
        var input = Slider(app).Locator("input[type=range]");
        await input.FocusAsync();

        await app.InteractAsync(() => input.PressAsync("ArrowRight"));
        await Expect(Square(app)).ToHaveTextAsync("n² = 121");

        await app.InteractAsync(() => input.PressAsync("ArrowRight"));
        await Expect(Square(app)).ToHaveTextAsync("n² = 144");
        await Expect(SliderValue(app)).ToHaveTextAsync("12");
    }

    [Fact]
    public async Task DraggingTheSliderToItsEndRerunsThePageWithTheSquareOfTheMaximum()
    {
        var app = await OpenAsync("/");
        var box = await Slider(app).Locator("input[type=range]").BoundingBoxAsync()
            ?? throw new InvalidOperationException("The slider is not visible.");
        var y = box.Y + (box.Height / 2);

        await app.InteractAsync(async () =>
        {
            // Grab the thumb where n = 10 sits (9/99 of the track), drag it past the right end, release.
            await app.Page.Mouse.MoveAsync(box.X + (box.Width * 9 / 99), y);
            await app.Page.Mouse.DownAsync();
            await app.Page.Mouse.MoveAsync(box.X + box.Width + 40, y, new MouseMoveOptions { Steps = 10 });
            await app.Page.Mouse.UpAsync();
        });

        await Expect(Square(app)).ToHaveTextAsync("n² = 10000");
        await Expect(SliderValue(app)).ToHaveTextAsync("100");
    }

    private static ILocator Slider(AppPage app) =>
        app.Elements("slider").Filter(new LocatorFilterOptions
        {
            Has = app.Page.Locator(".da-label label", new PageLocatorOptions { HasTextRegex = SliderLabel() }),
        });

    /// <summary>The value the slider's label row shows.</summary>
    private static ILocator SliderValue(AppPage app) => Slider(app).Locator(".da-label-value");

    private static ILocator Square(AppPage app) =>
        app.Elements("text").Filter(new LocatorFilterOptions { HasTextRegex = SquareText() });

    [GeneratedRegex("^n$")]
    private static partial Regex SliderLabel();

    [GeneratedRegex("^n² = ")]
    private static partial Regex SquareText();
}

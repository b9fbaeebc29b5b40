using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace DataApps.BrowserTests;

[Collection(nameof(ShowcaseCollection))]
public sealed class RatingPageTests(ShowcaseFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task ClickingAStarWithTheMouseRerunsTheScriptWithThatRating()
    {
        var app = await OpenAsync("/components/rating");
        await Expect(Text(app, "You gave ")).ToHaveTextAsync("You gave 0 of 5 stars. No rating yet.");
        var fourth = app.Elements("rating").First.Locator("button[data-star='4']");

        await app.InteractAsync(async () =>
        {
            // Real mouse events: move onto the star, press and release.
            var box = await fourth.BoundingBoxAsync() ?? throw new InvalidOperationException("The fourth star is not visible.");
            await app.Page.Mouse.MoveAsync(box.X + (box.Width / 2), box.Y + (box.Height / 2));
            await app.Page.Mouse.DownAsync();
            await app.Page.Mouse.UpAsync();
        });

        await Expect(Text(app, "You gave ")).ToHaveTextAsync("You gave 4 of 5 stars. Very good.");
        await Expect(app.Elements("rating").First.Locator(".da-rating-filled")).ToHaveCountAsync(4);
    }

    [Fact]
    public async Task ClickingTheChosenStarAgainClearsTheRating()
    {
        var app = await OpenAsync("/components/rating");
        var second = app.Elements("rating").First.Locator("button[data-star='2']");
        await app.InteractAsync(() => second.ClickAsync());
        await Expect(Text(app, "You gave ")).ToHaveTextAsync("You gave 2 of 5 stars. Fair.");

        await app.InteractAsync(() => second.ClickAsync());

        await Expect(Text(app, "You gave ")).ToHaveTextAsync("You gave 0 of 5 stars. No rating yet.");
    }

    private static ILocator Text(AppPage app, string prefix) =>
        app.Elements("text").Filter(new LocatorFilterOptions { HasText = prefix });
}

using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace DataApps.BrowserTests;

/// <summary>apps/Labeling in Chromium: labeling with the keyboard, and the reviewer page closed to a user without the role.</summary>
[Collection(nameof(LabelingCollection))]
public sealed class LabelingTests(LabelingFixture fixture) : IAsyncDisposable
{
    private readonly List<IPage> _pages = [];

    [Fact]
    public async Task PressingALabelsNumberSavesItAndShowsTheNextItem()
    {
        var app = await OpenAsync("/label");
        await Expect(app.Elements("caption").First).ToHaveTextAsync("Item txt-01");
        await Expect(app.Main.Locator(".da-progress-text")).ToHaveTextAsync("0 of 48 labeled by anonymous");

        await app.InteractAsync(() => app.Page.Keyboard.PressAsync("1"));

        await Expect(app.Elements("caption").First).ToHaveTextAsync("Item txt-02");
        await Expect(app.Main.Locator(".da-progress-text")).ToHaveTextAsync("1 of 48 labeled by anonymous");
        await Expect(app.Page.GetByText("Saved txt-01 as positive.")).ToBeVisibleAsync();

        await app.InteractAsync(() => app.Page.Keyboard.PressAsync("u"));

        await Expect(app.Elements("caption").First).ToHaveTextAsync("Item txt-01");
        await Expect(app.Main.Locator(".da-progress-text")).ToHaveTextAsync("0 of 48 labeled by anonymous");

        // The picture for docs/apps/labeling.md: an image whose suggested boxes need correcting.
        await app.GotoAsync("/label?item=img-03");
        await Expect(app.Main.Locator(".da-js-component .annotator")).ToHaveAttributeAsync("data-boxes", "3");
        await Screenshots.SaveIfRequestedAsync(app.Page, "labeling.png");
    }

    [Fact]
    public async Task TheReviewPageIsNeitherListedNorReachableWithoutTheReviewerRole()
    {
        var app = await fixture.NewPageAsync();
        _pages.Add(app.Page);

        var response = await app.Page.GotoAsync("/review");

        Assert.Equal(403, response?.Status);
        await app.GotoAsync("/label");
        await Expect(app.Page.Locator("nav").GetByText("My labels")).ToBeVisibleAsync();
        await Expect(app.Page.Locator("nav").GetByText("Review")).ToHaveCountAsync(0);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var page in _pages)
        {
            await page.Context.CloseAsync();
        }
    }

    private async Task<AppPage> OpenAsync(string path)
    {
        var app = await fixture.NewPageAsync();
        _pages.Add(app.Page);
        await app.GotoAsync(path);
        return app;
    }
}

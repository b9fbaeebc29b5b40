using System.Text.RegularExpressions;
using DataApps.Tests.Shared;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace DataApps.BrowserTests;

/// <summary>apps/Labeling in Chromium: labeling with the keyboard, and the review page open to the reviewer only.</summary>
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
    public async Task TheReviewPageIsForReviewersOnly()
    {
        if (LabelingFixture.SignInMissingReason is { } reason)
        {
            Assert.False(DevIdentity.IsCi, reason + " Under CI=true the sign-in tests must run.");
            Assert.Skip(reason);
        }

        var alice = await SignInAsync("alice");
        var forbidden = await alice.Page.GotoAsync("/review");
        Assert.Equal(403, forbidden?.Status);
        await alice.GotoAsync("/label");
        await Expect(alice.Page.Locator("nav").GetByText("My labels")).ToBeVisibleAsync();
        await Expect(alice.Page.Locator("nav").GetByText("Review")).ToHaveCountAsync(0);

        var dana = await SignInAsync("dana");
        await dana.GotoAsync("/review");

        await Expect(dana.Main.Locator("h1")).ToHaveTextAsync("Review");
        await Expect(dana.Page.Locator("nav").GetByText("Review")).ToBeVisibleAsync();
        await Expect(dana.Main).ToContainTextAsync("Download all labels (CSV)"); // the app's default store (SQLite) exports
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var page in _pages)
        {
            await page.Context.CloseAsync();
        }
    }

    /// <summary>Opens the label page, which has a sign-in link in the app bar, and signs in at the provider as <paramref name="user"/>.</summary>
    private async Task<AppPage> SignInAsync(string user)
    {
        var app = await fixture.NewPageAsync();
        _pages.Add(app.Page);
        await app.Page.GotoAsync("/account/login?returnUrl=%2Flabel");
        await Expect(app.Page).ToHaveURLAsync(new Regex("/interaction/"));
        await app.Page.FillAsync("input[name=login]", user);
        await app.Page.FillAsync("input[name=password]", user);
        await app.Page.ClickAsync("button[type=submit]");
        await Expect(app.Page).ToHaveURLAsync(new Regex("/label$"));
        await app.WaitForRunsAsync(1);
        return app;
    }

    private async Task<AppPage> OpenAsync(string path)
    {
        var app = await fixture.NewPageAsync();
        _pages.Add(app.Page);
        await app.GotoAsync(path);
        return app;
    }
}

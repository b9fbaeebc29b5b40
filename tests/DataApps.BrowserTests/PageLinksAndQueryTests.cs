using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace DataApps.BrowserTests;

/// <summary>The Navigation page: query parameters through the URL, ui.SwitchPage, page links, hidden pages and layouts.</summary>
[Collection(nameof(ShowcaseCollection))]
public sealed partial class PageLinksAndQueryTests(ShowcaseFixture fixture) : BrowserTest(fixture)
{
    // Set on the window after the page loads: still there means the browser never reloaded the document.
    private const string Mark = "() => window.__daMark = 'kept'";
    private const string Marked = "() => window.__daMark === 'kept'";

    [Fact]
    public async Task QueryParametersOpenThePageAndWidgetChangesShowInTheUrlWithoutAReload()
    {
        var app = await OpenAsync("/navigation?species=Gentoo&n=42");
        var slider = app.Elements("slider").Locator("input");
        await Expect(app.Elements("select-box").Locator("input")).ToHaveValueAsync("Gentoo");
        await Expect(slider).ToHaveValueAsync("42");
        await Screenshots.SaveIfRequestedAsync(app.Page, "navigation.png");
        await app.Page.EvaluateAsync(Mark);
        var history = await app.Page.EvaluateAsync<int>("() => history.length");

        await app.InteractAsync(async () =>
        {
            await slider.FocusAsync();
            await app.Page.Keyboard.PressAsync("ArrowRight");
        });

        await Expect(app.Page).ToHaveURLAsync(new Regex(@"/navigation\?species=Gentoo&n=43$"));
        Assert.True(await app.Page.EvaluateAsync<bool>(Marked));
        Assert.Equal(history, await app.Page.EvaluateAsync<int>("() => history.length")); // replaced, not pushed

        // The URL, opened in a fresh browser (a new session), restores the page.
        var other = await OpenAsync(new Uri(app.Page.Url).PathAndQuery);
        await Expect(other.Elements("slider").Locator("input")).ToHaveValueAsync("43");
        await Expect(other.Elements("select-box").Locator("input")).ToHaveValueAsync("Gentoo");
    }

    [Fact]
    public async Task SwitchPageShowsTheHiddenPageWithTheRunsStateAndNoReload()
    {
        var app = await OpenAsync("/navigation");
        await app.Page.EvaluateAsync(Mark);
        var name = app.Elements("text-input").Locator("input");
        await app.InteractAsync(async () =>
        {
            await name.FillAsync("Ada");
            await name.PressAsync("Enter");
        });

        await app.ClickAsync("Sign the guest book");

        await Expect(app.Page).ToHaveURLAsync(new Regex(@"/navigation/details\?from=the%20guest%20book$"));
        await Expect(app.Main).ToHaveAttributeAsync("data-page", "/navigation/details");
        await Expect(app.Elements("success")).ToContainTextAsync("Signed by Ada.");
        Assert.True(await app.Page.EvaluateAsync<bool>(Marked));
        await Expect(app.Page.GetByTestId("nav").GetByText("Guest book")).ToHaveCountAsync(0); // hidden from the navigation
    }

    [Fact]
    public async Task APageLinkIsFollowedInsideTheAppAndBackReturns()
    {
        var app = await OpenAsync("/navigation");
        await app.Page.EvaluateAsync(Mark);

        await app.InteractAsync(() => app.Elements("page-link").GetByText("A hidden page, with a query").ClickAsync());

        await Expect(app.Main).ToHaveAttributeAsync("data-page", "/navigation/details");
        await Expect(app.Elements("text")).ToHaveTextAsync("You came from a link.");
        Assert.True(await app.Page.EvaluateAsync<bool>(Marked));

        await app.InteractAsync(() => app.Page.GoBackAsync());

        await Expect(app.Main).ToHaveAttributeAsync("data-page", "/navigation");
        Assert.True(await app.Page.EvaluateAsync<bool>(Marked));
    }

    [Fact]
    public async Task ALinkToTheSamePageWithAnotherQueryRerunsItWithTheNewParameters()
    {
        var app = await OpenAsync("/navigation/details?from=here");
        await Expect(app.Elements("text")).ToHaveTextAsync("You came from here.");

        await app.InteractAsync(() => app.Page.EvaluateAsync("() => Blazor.navigateTo('navigation/details?from=there')"));

        await Expect(app.Elements("text")).ToHaveTextAsync("You came from there.");
    }

    [Fact]
    public async Task APageThatSwitchesInItsFirstRunForwardsEvenWhenPrerendered()
    {
        var app = await NewPageAsync();

        await app.Page.GotoAsync("/navigation/old"); // the prerendered run asks for the switch; the circuit follows it

        await Expect(app.Page).ToHaveURLAsync(new Regex(@"/navigation\?species=Chinstrap"));
        await Expect(app.Main).ToHaveAttributeAsync("data-page", "/navigation");
        await Expect(app.Elements("select-box").Locator("input")).ToHaveValueAsync("Chinstrap");
    }

    [Fact]
    public async Task CenteredPagesAreAReadableColumnAndWidePagesFillTheWindow()
    {
        var centered = await OpenAsync("/navigation");
        var wide = await OpenAsync("/dataframe");

        await Expect(centered.Main).ToHaveClassAsync(new Regex("da-layout-centered"));
        await Expect(wide.Main).ToHaveClassAsync(new Regex("da-layout-wide"));
        Assert.InRange((await centered.Main.BoundingBoxAsync())!.Width, 600, 768);
        Assert.True((await wide.Main.BoundingBoxAsync())!.Width > 900);
    }
}

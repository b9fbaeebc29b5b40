using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace DataApps.BrowserTests;

[Collection(nameof(ShowcaseCollection))]
public sealed partial class NavigationTests(ShowcaseFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task ClickingStateInTheDrawerShowsTheStatePage()
    {
        var app = await OpenAsync("/");
        var link = app.Page.GetByTestId("nav").GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = "State", Exact = true });

        await app.InteractAsync(() => link.ClickAsync());

        await Expect(app.Page).ToHaveURLAsync(StateUrl());
        await Expect(app.Main).ToHaveAttributeAsync("data-page", "/state");
        await Expect(app.Elements("title")).ToHaveTextAsync("State");
        await Expect(app.Button("+1")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task OpeningLayoutByItsUrlShowsTheLayoutPage()
    {
        var app = await OpenAsync("/layout");

        await Expect(app.Main).ToHaveAttributeAsync("data-page", "/layout");
        await Expect(app.Elements("title")).ToHaveTextAsync("Layout");
    }

    [Fact]
    public async Task AnUnknownUrlShowsTheNotFoundPage()
    {
        var app = await NewPageAsync();

        await app.Page.GotoAsync("/no-such-page");

        var notFound = app.Page.Locator("[data-element=\"not-found\"]");
        await Expect(notFound).ToBeVisibleAsync();
        await Expect(notFound).ToContainTextAsync("/no-such-page");
        await Expect(app.Main).ToHaveCountAsync(0);
    }

    [Theory]
    [InlineData("/", "Home")]
    [InlineData("/layout", "Layout")]
    [InlineData("/state", "State")]
    [InlineData("/errors", "Errors")]
    public async Task TheBrowserTabShowsThePageTitle(string path, string title)
    {
        var app = await OpenAsync(path);

        await Expect(app.Page).ToHaveTitleAsync(new Regex(Regex.Escape(title)));
    }

    [GeneratedRegex("/state$")]
    private static partial Regex StateUrl();
}

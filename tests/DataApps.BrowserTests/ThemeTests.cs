using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace DataApps.BrowserTests;

/// <summary>Light and dark: the app follows the system until the user toggles, and the browser remembers the choice.</summary>
[Collection(nameof(ShowcaseCollection))]
public sealed class ThemeTests(ShowcaseFixture fixture) : BrowserTest(fixture)
{
    private const string Background = "() => getComputedStyle(document.body).backgroundColor";
    private const string White = "rgb(255, 255, 255)";

    [Fact]
    public async Task TheAppFollowsTheSystemUntilTheUserTogglesAndRemembersTheChoiceOnTheNextVisit()
    {
        var app = await OpenAsync("/");
        await WaitForBackgroundAsync(app, dark: false);

        await app.Page.EmulateMediaAsync(new PageEmulateMediaOptions { ColorScheme = ColorScheme.Dark }); // the system changes
        await WaitForBackgroundAsync(app, dark: true);

        await app.Page.ClickAsync("[data-testid=theme-toggle]");                                        // the user wants light
        await WaitForBackgroundAsync(app, dark: false);
        await app.Page.EmulateMediaAsync(new PageEmulateMediaOptions { ColorScheme = ColorScheme.Light });
        await app.Page.ClickAsync("[data-testid=theme-toggle]");                                        // and then dark, in a light system
        await WaitForBackgroundAsync(app, dark: true);

        await app.GotoAsync("/widgets");                                                                 // a new visit, same browser
        await WaitForBackgroundAsync(app, dark: true);
        Assert.Equal("dark", await app.Page.EvaluateAsync<string>("() => localStorage.getItem('dataapps.theme')"));
    }

    private static async Task WaitForBackgroundAsync(AppPage app, bool dark)
    {
        var expression = dark ? $"() => {Background[6..]} !== '{White}'" : $"() => {Background[6..]} === '{White}'";
        await app.Page.WaitForFunctionAsync(expression, null, new PageWaitForFunctionOptions { Timeout = (float)Timeouts.Action.TotalMilliseconds });
        await Expect(app.Page.Locator("[data-testid=theme-toggle]")).ToBeVisibleAsync();
    }
}

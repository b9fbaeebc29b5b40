using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace DataApps.BrowserTests;

/// <summary>
/// Light and dark: the app follows the system until the user toggles, the browser remembers the choice, and the prerendered
/// first frame already shows the palette the circuit will choose.
/// </summary>
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

    [Fact]
    public async Task TheFirstFrameAlreadyHasTheThemeTheCircuitWillChoose()
    {
        // Recorded when the prerendered document is parsed, before blazor.web.js has run (the shell starts it after the first frame).
        const string FirstFrame = """
            document.addEventListener('DOMContentLoaded', () => {
              window.__firstBackground = getComputedStyle(document.body).backgroundColor;
              window.__circuitStarted = typeof window.Blazor !== 'undefined';
              window.__sunShown = document.querySelector('[data-testid=theme-toggle] .da-when-dark')?.getClientRects().length > 0; // "to light"
            });
            """;
        var app = await NewPageAsync();
        await app.Page.AddInitScriptAsync(FirstFrame);
        await app.Page.EmulateMediaAsync(new PageEmulateMediaOptions { ColorScheme = ColorScheme.Dark });

        await app.GotoAsync("/");                                                      // a dark system, nothing stored
        await WaitForBackgroundAsync(app, dark: true);
        Assert.False(await app.Page.EvaluateAsync<bool>("() => window.__circuitStarted"));
        var dark = await app.Page.EvaluateAsync<string>(Background);
        Assert.Equal(dark, await app.Page.EvaluateAsync<string>("() => window.__firstBackground"));
        Assert.True(await app.Page.EvaluateAsync<bool>("() => window.__sunShown"), "the toggle offers light in the dark first frame");
        Assert.Equal(0, await app.Page.Locator("style[data-da-first-frame]").CountAsync()); // the circuit decided: the provider's palette alone

        await app.Page.ClickAsync("[data-testid=theme-toggle]");                       // the user picks light in the dark system
        await WaitForBackgroundAsync(app, dark: false);
        await app.GotoAsync("/widgets");
        Assert.Equal(White, await app.Page.EvaluateAsync<string>("() => window.__firstBackground"));
        Assert.False(await app.Page.EvaluateAsync<bool>("() => window.__sunShown"), "the toggle offers dark in the light first frame");
        await WaitForBackgroundAsync(app, dark: false);
    }

    private static async Task WaitForBackgroundAsync(AppPage app, bool dark)
    {
        var expression = dark ? $"() => {Background[6..]} !== '{White}'" : $"() => {Background[6..]} === '{White}'";
        await app.Page.WaitForFunctionAsync(expression, null, new PageWaitForFunctionOptions { Timeout = (float)Timeouts.Action.TotalMilliseconds });
        await Expect(app.Page.Locator("[data-testid=theme-toggle]")).ToBeVisibleAsync();
    }
}

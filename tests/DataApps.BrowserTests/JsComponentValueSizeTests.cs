using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace DataApps.BrowserTests;

/// <summary>
/// JS component values of every size in Chromium, from the hidden /components/payload page (its module sends a string of
/// the length typed into it): up to 16 KB in one interop call, from 16 KB to the 256 KB limit streamed in chunks under
/// the circuit's 32 KB message limit, and over the limit refused in the browser with a message while the session goes on.
/// </summary>
[Collection(nameof(ShowcaseCollection))]
public sealed class JsComponentValueSizeTests(ShowcaseFixture fixture) : BrowserTest(fixture)
{
    // A string of n characters is n + 2 bytes of JSON (the quotes).
    private const int Inline = (16 * 1024) - 2;
    private const int Limit = (256 * 1024) - 2;

    [Theory]
    [InlineData(Inline)] // the largest value sent in one call
    [InlineData(Inline + 1)] // the smallest streamed value
    [InlineData(100_000)]
    [InlineData(Limit)] // exactly the limit: 262,144 bytes
    public async Task AValueUpToTheLimitReachesTheScriptWhetherSentInOneCallOrStreamed(int characters)
    {
        var app = await OpenPayloadAsync();

        await SendAsync(app, characters);

        await Expect(app.Elements("text").First).ToHaveTextAsync(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"Received {characters:N0} characters."));
        await Expect(app.Main.Locator(".da-js-component")).Not.ToContainTextAsync("limit");
    }

    [Fact]
    public async Task AValueOverTheLimitIsNotSentAndSaysWhyAndTheSessionGoesOn()
    {
        var app = await OpenPayloadAsync();
        await SendAsync(app, 20_000);
        await Expect(app.Elements("text").First).ToHaveTextAsync("Received 20,000 characters.");
        var runs = await app.RunsAsync();

        await Input(app, "input.size").FillAsync((Limit + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
        await Input(app, "button.send").ClickAsync();

        await Expect(app.Main.Locator(".da-js-component")).ToContainTextAsync(
            "The value of component 'payload' is 262,145 bytes, more than its limit of 262,144; it was not sent.");
        Assert.Equal(runs, await app.RunsAsync()); // no rerun: the server never got it
        await Expect(app.Elements("text").First).ToHaveTextAsync("Received 20,000 characters.");

        await SendAsync(app, 30_000);

        await Expect(app.Elements("text").First).ToHaveTextAsync("Received 30,000 characters.");
        await Expect(app.Main.Locator(".da-js-component")).Not.ToContainTextAsync("more than its limit");
    }

    private static ILocator Input(AppPage app, string selector) => app.Main.Locator($".da-js-component {selector}");

    private static async Task SendAsync(AppPage app, int characters)
    {
        await Input(app, "input.size").FillAsync(characters.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await app.InteractAsync(() => Input(app, "button.send").ClickAsync());
    }

    private async Task<AppPage> OpenPayloadAsync()
    {
        var app = await OpenAsync("/components/payload");
        await Expect(app.Main.Locator(".da-js-component-host[data-ready='true']")).ToHaveCountAsync(1, new() { Timeout = (float)Timeouts.Navigation.TotalMilliseconds });
        return app;
    }
}

using System.Globalization;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace DataApps.BrowserTests;

/// <summary>
/// Text values of every size in Chromium, from the hidden /widgets/large-text page: a value over the circuit's 32 KB
/// message limit reaches the page (streamed), and a value over the text limit (1,048,576 characters) is refused in the
/// browser with a message under the field while the session goes on.
/// </summary>
[Collection(nameof(ShowcaseCollection))]
public sealed class LargeTextValueTests(ShowcaseFixture fixture) : BrowserTest(fixture)
{
    private const int Limit = 1_048_576;

    [Theory]
    [InlineData("textarea", 40_000)]
    [InlineData("input", 40_000)]
    [InlineData("textarea", 200)]
    public async Task AValueOverTheCircuitMessageLimitReachesThePage(string field, int characters)
    {
        var app = await OpenLargeTextAsync();

        await app.InteractAsync(() => FillAsync(app, field, new string('x', characters)));

        var name = field == "textarea" ? "Notes" : "Line";
        var expected = string.Create(CultureInfo.InvariantCulture, $"{name}: {characters:N0} characters.");
        await Expect(app.Elements("text").First).ToContainTextAsync(expected);
    }

    [Theory]
    [InlineData("é", 50_000)]
    [InlineData("😀", 25_000)]
    [InlineData("\n", 1_000)]
    [InlineData("é😀\n\"", 10_000)]
    public async Task ForeignTextOfMultiByteCharactersArrivesWhole(string unit, int times)
    {
        var app = await OpenLargeTextAsync();

        await app.InteractAsync(() => Field(app, "textarea").EvaluateAsync(
            "(el, a) => { el.value = a.unit.repeat(a.times); el.dispatchEvent(new Event('change', { bubbles: true })); }", new { unit, times }));

        await Expect(app.Elements("text").First).ToContainTextAsync(string.Create(CultureInfo.InvariantCulture, $"Notes: {unit.Length * times:N0} characters."));
    }

    [Fact]
    public async Task AValueOverTheLimitIsNotSentAndSaysWhyAndTheSessionGoesOn()
    {
        var app = await OpenLargeTextAsync();
        await app.InteractAsync(() => FillAsync(app, "textarea", new string('x', 40_000)));
        await Expect(app.Elements("text").First).ToContainTextAsync("Notes: 40,000 characters.");
        var runs = await app.RunsAsync();

        await SetValueAsync(app, "textarea", Limit + 1);

        await Expect(app.Elements("text-area")).ToContainTextAsync(
            "This text has 1,048,577 characters, more than the 1,048,576 this field accepts; it was not sent.");
        Assert.Equal(runs, await app.RunsAsync()); // no rerun: the server never got it
        await Expect(app.Elements("text").First).ToContainTextAsync("Notes: 40,000 characters.");

        await app.InteractAsync(() => SetValueAsync(app, "textarea", Limit));

        await Expect(app.Elements("text").First).ToContainTextAsync("Notes: 1,048,576 characters.");
        await Expect(app.Elements("text-area")).Not.ToContainTextAsync("was not sent");
    }

    [Fact]
    public async Task AValueChangedBeforeTheFieldsListenerIsAttachedIsHeldAndSentWhenItIs()
    {
        // The listener's script is held back: the circuit runs (it asked for the script), the field has no listener yet.
        var app = await NewPageAsync();
        var asked = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await app.Page.RouteAsync("**/largeText.js", async route =>
        {
            asked.TrySetResult();
            await release.Task;
            await route.ContinueAsync();
        });
        await app.Page.GotoAsync("/widgets/large-text");
        await asked.Task.WaitAsync(Timeouts.Action, TestContext.Current.CancellationToken);

        await SetValueAsync(app, "textarea", 40_000); // through Blazor's own change event this would close the circuit
        await Expect(Field(app, "textarea")).ToHaveAttributeAsync("data-large-text-held", "1");
        release.SetResult();

        await Expect(app.Elements("text").First).ToContainTextAsync("Notes: 40,000 characters.");
        await app.InteractAsync(() => FillAsync(app, "input", "still here"));
        await Expect(app.Elements("text").First).ToContainTextAsync("Line: 10 characters.");
    }

    // The fields' listeners attach right after the circuit's first render; a value changed before that is held back and
    // sent when they attach (the test above), so the other tests wait for them to measure the ordinary path.
    private async Task<AppPage> OpenLargeTextAsync()
    {
        var app = await OpenAsync("/widgets/large-text");
        await Expect(app.Main.Locator("[data-large-text='ready']")).ToHaveCountAsync(2);
        return app;
    }

    private static async Task FillAsync(AppPage app, string field, string text)
    {
        var locator = Field(app, field);
        await locator.FillAsync(text);
        await locator.BlurAsync();
    }

    // A paste of n characters and a blur, without typing a megabyte through the keyboard.
    private static Task SetValueAsync(AppPage app, string field, int characters) =>
        Field(app, field).EvaluateAsync("(el, n) => { el.value = 'y'.repeat(n); el.dispatchEvent(new Event('change', { bubbles: true })); }", characters);

    private static ILocator Field(AppPage app, string field) =>
        app.Main.Locator(field == "textarea" ? "[data-element='text-area'] textarea" : "[data-element='text-input'] input");
}

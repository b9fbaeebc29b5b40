using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace DataApps.BrowserTests;

[Collection(nameof(ShowcaseCollection))]
public sealed class StatusPageTests(ShowcaseFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task ALongRunShowsItsProgressAndTheStopButtonEndsIt()
    {
        var app = await OpenAsync("/status");
        var runs = await app.RunsAsync();

        await app.Button("Train the model").ClickAsync();
        await Expect(app.Elements("progress")).ToBeVisibleAsync();        // output arrives while the run goes on
        var stop = app.Page.GetByTestId("stop-run");
        await Expect(stop).ToBeVisibleAsync();

        await stop.ClickAsync();
        await app.WaitForRunsAsync(runs + 1);

        await Expect(stop).ToHaveCountAsync(0);
        await Expect(app.Elements("success")).ToHaveCountAsync(0);      // the run ended before its last lines
        await app.ClickAsync("Train the model");                         // and the session goes on
        await Expect(app.Elements("success")).ToHaveTextAsync("Accuracy 0.93");
    }
}

using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace DataApps.BrowserTests;

[Collection(nameof(ShowcaseCollection))]
public sealed class CachingPageTests(ShowcaseFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task ASpinnerShowsWhileTheCachedValueComputesAndIsGoneAfter()
    {
        // Start from an empty cache: another test (or an earlier run of this one) may have filled it.
        var first = await OpenAsync("/caching");
        await first.ClickAsync("Clear the cache");

        // A new session computes again (the page simulates two seconds of work): the spinner shows at the call.
        var app = await NewPageAsync();
        await app.Page.GotoAsync("/caching");
        var spinner = app.Elements("spinner");
        await Expect(spinner).ToHaveTextAsync("Running SimulateSales(rows, seconds)…", new() { Timeout = (float)Timeouts.Expect.TotalMilliseconds });

        await app.WaitForRunsAsync(1);
        await Expect(spinner).ToHaveCountAsync(0);
        await Expect(app.Elements("metric").First).ToContainTextAsync("10,000");
    }
}

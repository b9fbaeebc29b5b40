using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace DataApps.BrowserTests;

/// <summary>A run that blocks its thread past its budget, or ignores Stop, is abandoned: the page says why and the app stays usable.</summary>
[Collection(nameof(ShowcaseCollection))]
public sealed class TimeBudgetTests(ShowcaseFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task ARunOverItsBudgetShowsTheBudgetsErrorAndNavigationStillWorks()
    {
        var app = await OpenAsync("/errors/time-budget");

        await app.ClickAsync("Block the thread for 20 s"); // the abandoned run is the one that completes

        await Expect(app.Elements("error")).ToContainTextAsync("exceeded its time budget of 3 s");
        await Expect(app.Elements("error")).ToContainTextAsync("RunTimeoutSeconds");
        await Expect(app.Elements("text").Filter(new() { HasText = "Blocking…" })).ToBeVisibleAsync();
        await Expect(app.Page.GetByTestId("stop-run")).ToHaveCountAsync(0);

        var link = app.Page.GetByTestId("nav").GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = "State", Exact = true });
        await app.InteractAsync(() => link.ClickAsync());
        await Expect(app.Main).ToHaveAttributeAsync("data-page", "/state");
        await Expect(app.Button("+1")).ToBeVisibleAsync();

        using var http = new HttpClient { BaseAddress = Fixture.BaseAddress };
        var metrics = await http.GetStringAsync("metrics", TestContext.Current.CancellationToken);
        Assert.Matches("dataapps_runs_abandoned_total\\{[^}]*page=\"/errors/time-budget\"[^}]*\\} [1-9]", metrics);
    }

    [Fact]
    public async Task StopAbandonsARunThatIgnoresIt()
    {
        var app = await OpenAsync("/errors/time-budget");
        var stop = app.Page.GetByTestId("stop-run");

        await app.InteractAsync(async () =>
        {
            await app.Button("Block the thread for 20 s").ClickAsync();
            await stop.ClickAsync(); // shown once the run has taken 300 ms
        });

        await Expect(app.Elements("warning")).ToContainTextAsync("Stopped.");
        await Expect(app.Elements("error")).ToHaveCountAsync(0); // stopped before its budget: no budget error
        await Expect(stop).ToHaveCountAsync(0);
    }
}

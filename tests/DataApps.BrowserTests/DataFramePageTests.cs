using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace DataApps.BrowserTests;

[Collection(nameof(ShowcaseCollection))]
public sealed class DataFramePageTests(ShowcaseFixture fixture) : BrowserTest(fixture)
{
    private static ILocator Grid(AppPage app) => app.Elements("data-frame").First.Locator(".da-grid[data-ready=true]");

    private static ILocator Row(AppPage app, int row) => Grid(app).Locator($".da-grid-rows .da-row[data-row='{row}']");

    private async Task<AppPage> OpenGridAsync()
    {
        var app = await OpenAsync("/dataframe");
        await Expect(Grid(app)).ToBeVisibleAsync(new() { Timeout = (float)Timeouts.Navigation.TotalMilliseconds });
        return app;
    }

    [Fact]
    public async Task TheLastOfAMillionRowsIsReachableWithTheKeyboard()
    {
        var app = await OpenGridAsync();

        await Grid(app).Locator(".da-grid-scroll").FocusAsync();
        await app.Page.Keyboard.PressAsync("End");

        await Expect(Row(app, 999_999)).ToBeInViewportAsync();
        await Expect(Row(app, 999_999).Locator(".da-index")).ToHaveTextAsync("999,999");
        Assert.True(await Grid(app).Locator(".da-grid-rows .da-row").CountAsync() < 100, "only a window of rows is in the DOM");
    }

    [Fact]
    public async Task DraggingTheScrollbarToTheBottomShowsTheLastRow()
    {
        var app = await OpenGridAsync();

        await Grid(app).Locator(".da-grid-scroll").EvaluateAsync("s => s.scrollTop = s.scrollHeight");

        await Expect(Row(app, 999_999)).ToBeInViewportAsync();
    }

    [Fact]
    public async Task ClickingAHeaderSortsTheMillionRowsOnTheServer()
    {
        var app = await OpenGridAsync();

        await Grid(app).Locator("[data-column=price] button").ClickAsync();

        await Expect(Grid(app).Locator("[data-column=price]")).ToHaveAttributeAsync("aria-sort", "ascending");
        await Expect(Grid(app).Locator(".da-grid-rows .da-row").First.Locator(".da-cell").Nth(5)).ToHaveTextAsync("$5.00");
    }

    [Fact]
    public async Task SelectingARowMakesThePageShowIt()
    {
        var app = await OpenGridAsync();

        await app.InteractAsync(() => Row(app, 2).Locator(".da-cell").Nth(2).ClickAsync());

        await Expect(Row(app, 2)).ToHaveAttributeAsync("aria-selected", "true");
        await Expect(app.Elements("metric").First).ToContainTextAsync("1");
        await Expect(app.Elements("table").First.Locator("tbody tr")).ToHaveCountAsync(1);
    }
}

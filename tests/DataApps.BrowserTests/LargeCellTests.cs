using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace DataApps.BrowserTests;

/// <summary>
/// A CSV field of 20 MB in ui.DataFrame and ui.Table in Chromium (the hidden /data/large-cell page): the cells show their
/// first 1,000 characters, the page stays small and answers, and the cell's button downloads the full value.
/// </summary>
[Collection(nameof(ShowcaseCollection))]
public sealed class LargeCellTests(ShowcaseFixture fixture) : BrowserTest(fixture)
{
    private static readonly string Shown = new string('x', 1000) + "…";

    [Fact]
    public async Task ATwentyMegabyteCellIsCutThePageStaysSmallAndAnswers()
    {
        var app = await OpenAsync("/data/large-cell");

        await Expect(app.Main.Locator(".da-grid [data-row='1'] .da-cell-text")).ToHaveTextAsync(Shown);
        await Expect(app.Main.Locator(".da-table td button.da-cell-full")).ToHaveCountAsync(1);
        var size = await app.Page.EvaluateAsync<int>("() => document.documentElement.outerHTML.length");
        Assert.True(size < 500_000, $"The page's DOM is {size:N0} characters.");

        await app.ClickAsync("Ping");

        await Expect(app.Elements("text").First).ToHaveTextAsync("Pinged.");
    }

    [Fact]
    public async Task TheCellsButtonDownloadsTheFullValue()
    {
        var app = await OpenAsync("/data/large-cell");

        var download = await app.Page.RunAndWaitForDownloadAsync(
            () => app.Main.Locator(".da-grid [data-row='1'] button.da-cell-full").ClickAsync(),
            new() { Timeout = (float)Timeouts.Navigation.TotalMilliseconds * 2 });

        Assert.Equal("notes-row-1.txt", download.SuggestedFilename);
        var path = await download.PathAsync();
        Assert.Equal(20_000_000, new FileInfo(path).Length);
    }
}

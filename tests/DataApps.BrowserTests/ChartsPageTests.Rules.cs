using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace DataApps.BrowserTests;

/// <summary>Rules and cell numbers as Plotly paints them, and selections on a ui.Plotly figure and on heatmap cells.</summary>
public sealed partial class ChartsPageTests
{
    [Fact]
    public async Task RulesAndAxisTitlesAndHeatmapCellNumbersArePainted()
    {
        var app = await OpenChartsAsync();
        var training = Training(app);

        // Three rules: three shapes in Plotly's shape layers, their labels as SVG text, and both axis titles.
        Assert.Equal(3, await training.Locator(".shapelayer path").CountAsync());
        var texts = await SvgTexts(training);
        Assert.Contains("threshold", texts);
        Assert.Contains("target", texts);
        Assert.Contains("epoch", texts);
        Assert.Contains("loss", texts);

        // The confusion matrix writes its nine numbers in its cells.
        var numbers = await SvgTexts(Confusion(app));
        Assert.Subset(numbers.ToHashSet(), new HashSet<string> { "41", "6", "3", "4", "52", "1", "2", "38" });

        if (Environment.GetEnvironmentVariable("DATAAPPS_SCREENSHOTS") == "1")
        {
            await training.ScrollIntoViewIfNeededAsync();
            await training.ScreenshotAsync(new() { Path = Path.Combine(Screenshots.RepositoryRoot(), "docs", "images", "chart-rules.png") });
            await Confusion(app).ScrollIntoViewIfNeededAsync();
            await Confusion(app).ScreenshotAsync(new() { Path = Path.Combine(Screenshots.RepositoryRoot(), "docs", "images", "chart-confusion-matrix.png") });
        }
    }

    [Fact]
    public async Task ClickOnAHeatmapCellReachesTheScriptAndDoubleClickClearsIt()
    {
        var app = await OpenChartsAsync();
        var confusion = Confusion(app);
        await confusion.ScrollIntoViewIfNeededAsync();
        var area = await confusion.Locator("rect.nsewdrag").BoundingBoxAsync() ?? throw new InvalidOperationException("no plot area");

        // Three by three cells; a matrix reads like its frame, the first row (actual Cat) at the top: top-left is (Cat, Cat).
        await app.InteractAsync(() => app.Page.Mouse.ClickAsync(area.X + (area.Width / 6), area.Y + (area.Height / 6)));

        var text = app.Elements("text").Filter(new LocatorFilterOptions { HasTextRegex = new System.Text.RegularExpressions.Regex("^(Selected cell|Click a cell)") });
        await Expect(text).ToHaveTextAsync("Selected cell: actual Cat, predicted Cat: 41");

        // Plotly reads a click's cell from its hover state: hover the middle cell first, as a user's pointer does.
        await app.Page.Mouse.MoveAsync(area.X + (area.Width / 2), area.Y + (area.Height / 2), new MouseMoveOptions { Steps = 5 });
        await Expect(confusion.Locator(".hoverlayer .hovertext")).ToBeVisibleAsync();
        await app.InteractAsync(() => app.Page.Mouse.DblClickAsync(area.X + (area.Width / 2), area.Y + (area.Height / 2)));
        await Expect(text).ToHaveTextAsync("Click a cell of the confusion matrix.");
    }

    [Fact]
    public async Task BoxSelectionOnAPlotlyFigureReachesTheScript()
    {
        var app = await OpenChartsAsync();
        var figure = app.Main.Locator(".da-plotly[data-selectable='true']");
        await figure.ScrollIntoViewIfNeededAsync();
        var area = await figure.Locator("rect.nsewdrag").BoundingBoxAsync() ?? throw new InvalidOperationException("no plot area");

        await app.InteractAsync(async () =>
        {
            await app.Page.Mouse.MoveAsync(area.X + (area.Width * 0.05f), area.Y + (area.Height * 0.05f));
            await app.Page.Mouse.DownAsync();
            await app.Page.Mouse.MoveAsync(area.X + (area.Width * 0.3f), area.Y + (area.Height * 0.5f), new MouseMoveOptions { Steps = 8 });
            await app.Page.Mouse.MoveAsync(area.X + (area.Width * 0.5f), area.Y + (area.Height * 0.95f), new MouseMoveOptions { Steps = 8 });
            await app.Page.Mouse.UpAsync();
        });

        var text = app.Elements("text").Filter(new LocatorFilterOptions { HasText = "Plotly selection" });
        await Expect(text).Not.ToHaveTextAsync("Plotly selection: 0 points");
        var count = int.Parse((await text.InnerTextAsync()).Split(' ')[2], System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(count, 2, 100); // about half of the 50 + 50 points of the sine and the bars
    }

    private static ILocator Training(AppPage app) => app.Main.Locator(".da-chart").Filter(new LocatorFilterOptions { HasText = "Training curves" });

    private static ILocator Confusion(AppPage app) => app.Main.Locator(".da-chart[data-kind='heatmap'][data-selectable='true']");

    private static async Task<string[]> SvgTexts(ILocator chart) =>
        await chart.EvaluateAsync<string[]>("c => [...c.querySelectorAll('svg text')].map(t => t.textContent.trim()).filter(t => t.length > 0)");
}

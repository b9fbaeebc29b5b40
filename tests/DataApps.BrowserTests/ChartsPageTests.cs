using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace DataApps.BrowserTests;

/// <summary>The Charts page in Chromium: Plotly paints every chart, a mouse-drag selection reaches the script (and a double-click clears it), zoom re-samples the 1M line.</summary>
[Collection(nameof(ShowcaseCollection))]
public sealed partial class ChartsPageTests(ShowcaseFixture fixture) : BrowserTest(fixture)
{
    private const int Charts = 11; // ten chart verbs and one ui.Plotly

    // Plotly draws into the chart's div asynchronously (after plotly.js loads): wait for its output, not for time.
    private static readonly PageWaitForFunctionOptions Patient = new() { Timeout = (float)Timeouts.Navigation.TotalMilliseconds };

    [Fact]
    public async Task EveryChartIsPaintedByPlotly()
    {
        var app = await OpenChartsAsync();

        var painted = await app.Page.EvaluateAsync<int>(
            "() => [...document.querySelectorAll('.da-chart .js-plotly-plot')].filter(p => p.querySelector('svg.main-svg')).length");
        Assert.Equal(Charts, painted);
        // The 1M-point line arrives downsampled to at most 4,000 points: one SVG path (see Note [WebGL for lines]).
        var big = BigLine(app);
        var drawn = int.Parse(await big.GetAttributeAsync("data-points") ?? "0", System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(drawn, 1_000, 4_000);
        Assert.Equal(1, await big.Locator(".scatterlayer path.js-line").CountAsync());
        var scatter = app.Main.Locator(".da-chart[data-kind='scatter'][data-selectable='true']");
        Assert.Equal(3, await scatter.Locator(".scatterlayer .trace").CountAsync());
    }

    [Fact]
    public async Task BoxSelectionWithTheMouseReachesTheScriptAndDoubleClickClearsIt()
    {
        var app = await OpenChartsAsync();
        var scatter = app.Main.Locator(".da-chart[data-kind='scatter'][data-selectable='true']");
        await scatter.ScrollIntoViewIfNeededAsync();
        var area = await scatter.Locator("rect.nsewdrag").BoundingBoxAsync() ?? throw new InvalidOperationException("no plot area");

        // A box over the middle of the plot: Plotly selects on a real drag (down, several moves, up).
        await app.InteractAsync(async () =>
        {
            await app.Page.Mouse.MoveAsync(area.X + (area.Width * 0.25f), area.Y + (area.Height * 0.2f));
            await app.Page.Mouse.DownAsync();
            await app.Page.Mouse.MoveAsync(area.X + (area.Width * 0.5f), area.Y + (area.Height * 0.5f), new MouseMoveOptions { Steps = 8 });
            await app.Page.Mouse.MoveAsync(area.X + (area.Width * 0.75f), area.Y + (area.Height * 0.8f), new MouseMoveOptions { Steps = 8 });
            await app.Page.Mouse.UpAsync();
        });

        var text = app.Elements("text").Filter(new LocatorFilterOptions { HasTextRegex = SelectedText() });
        await Expect(text).Not.ToHaveTextAsync("Selected points: 0");
        var count = int.Parse(SelectedText().Match(await text.InnerTextAsync()).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(count, 1, 299);
        await Expect(app.Elements("metric").First).ToContainTextAsync("Mean body mass");

        // A double-click clears the selection in the browser (plotly_deselect): the script sees an empty one.
        await app.InteractAsync(() => app.Page.Mouse.DblClickAsync(area.X + (area.Width * 0.1f), area.Y + (area.Height * 0.1f)));
        await Expect(text).ToHaveTextAsync("Selected points: 0");
        await Expect(app.Elements("metric")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task ZoomOnTheMillionPointLineShowsMoreDetailAndDoubleClickGoesBack()
    {
        var app = await OpenChartsAsync();
        var big = BigLine(app);
        await big.ScrollIntoViewIfNeededAsync();
        var area = await big.Locator("rect.nsewdrag").BoundingBoxAsync() ?? throw new InvalidOperationException("no plot area");

        // Drag across a tenth of the width: Plotly zooms the x axis, the server re-samples that range.
        var y = area.Y + (area.Height / 2);
        await app.Page.Mouse.MoveAsync(area.X + (area.Width * 0.45f), y);
        await app.Page.Mouse.DownAsync();
        await app.Page.Mouse.MoveAsync(area.X + (area.Width * 0.50f), y, new MouseMoveOptions { Steps = 5 });
        await app.Page.Mouse.MoveAsync(area.X + (area.Width * 0.55f), y, new MouseMoveOptions { Steps = 5 });
        await app.Page.Mouse.UpAsync();

        await Expect(big).ToHaveAttributeAsync("data-detail", "range", new() { Timeout = (float)Timeouts.Action.TotalMilliseconds });
        await app.Page.WaitForFunctionAsync(InRangeScript + " >= 2000", null, Patient);
        var inRange = await app.Page.EvaluateAsync<int>(InRangeScript);
        Assert.True(inRange >= 2000, $"only {inRange} points in the zoomed range");

        await app.Page.Mouse.DblClickAsync(area.X + (area.Width / 2), y);
        await Expect(big).ToHaveAttributeAsync("data-detail", "overview", new() { Timeout = (float)Timeouts.Action.TotalMilliseconds });
    }

    [Fact]
    public async Task ChartsRedrawInTheDarkThemeWhenItIsToggled()
    {
        var app = await OpenChartsAsync();
        const string FontColor = "document.querySelector('.da-chart .js-plotly-plot').layout.font.color.replace(/\\s/g, '')";
        Assert.Equal("rgba(0,0,0,0.87)", await app.Page.EvaluateAsync<string>(FontColor));

        await app.Page.ClickAsync("[data-testid=theme-toggle]");

        await app.Page.WaitForFunctionAsync($"() => {FontColor} === 'rgba(255,255,255,0.80)'", null, Patient);
    }

    /// <summary>How many points of the 1M line's trace lie in its visible x range (an overview has about 400 in a tenth).</summary>
    private const string InRangeScript = """
        (() => {
          const gd = document.querySelector(".da-chart[data-total='1000000'] .js-plotly-plot");
          const [lo, hi] = gd.layout.xaxis.range;
          return gd.data[0].x.filter(x => x >= lo && x <= hi).length;
        })()
        """;

    private static ILocator BigLine(AppPage app) => app.Main.Locator(".da-chart[data-total='1000000']");

    private async Task<AppPage> OpenChartsAsync()
    {
        var app = await OpenAsync("/charts");
        await app.Page.WaitForFunctionAsync(
            $"() => [...document.querySelectorAll('.da-chart .js-plotly-plot')].filter(p => p.querySelector('svg.main-svg')).length >= {Charts}",
            null, Patient);

        // Zoom and selection listeners are attached after the first paint.
        await app.Page.WaitForFunctionAsync(
            "() => [...document.querySelectorAll('.da-chart[data-ready]')].every(c => c.dataset.ready === 'true')", null, Patient);
        return app;
    }

    [GeneratedRegex(@"^Selected points: (\d+)")]
    private static partial Regex SelectedText();
}

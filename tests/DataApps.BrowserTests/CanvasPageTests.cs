using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace DataApps.BrowserTests;

/// <summary>The Canvas page in Chromium: a JS component drawn on with real mouse events; the script sees the strokes, and new arguments keep the drawing.</summary>
[Collection(nameof(ShowcaseCollection))]
public sealed class CanvasPageTests(ShowcaseFixture fixture) : BrowserTest(fixture)
{
    // Pixels of the canvas that are not the white background.
    private const string InkScript =
        "() => { const c = document.querySelector('.da-js-component-host').shadowRoot.querySelector('canvas');" +
        " const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data; let n = 0;" +
        " for (let i = 0; i < d.length; i += 4) if (d[i] < 200 || d[i + 1] < 200 || d[i + 2] < 200) n++; return n; }";

    [Fact]
    public async Task DrawingWithTheMouseReachesTheScriptAsOneStrokeWithItsPoints()
    {
        var app = await OpenCanvasAsync();

        await DrawAsync(app, 13);

        await Expect(app.Elements("text").First).ToHaveTextAsync("1 stroke, 14 points");
        await Expect(app.Elements("image")).ToHaveCountAsync(1); // the PNG the browser sent, shown back by the script
    }

    [Fact]
    public async Task ANewToolFromTheSidebarUpdatesTheCanvasWithoutLosingTheDrawing()
    {
        var app = await OpenCanvasAsync();
        await DrawAsync(app, 5);
        await Expect(app.Elements("text").First).ToHaveTextAsync("1 stroke, 6 points");
        var ink = await app.Page.EvaluateAsync<int>(InkScript);
        Assert.True(ink > 0);

        await app.InteractAsync(() => app.Page.GetByText("Line", new() { Exact = true }).First.ClickAsync());

        Assert.Equal(ink, await app.Page.EvaluateAsync<int>(InkScript)); // the same picture: not mounted again
        await Expect(Canvas(app)).ToHaveAttributeAsync("data-strokes", "1");
        await DrawAsync(app, 5); // a line keeps its two ends
        await Expect(app.Elements("text").First).ToHaveTextAsync("2 strokes, 8 points");
    }

    private static ILocator Canvas(AppPage app) => app.Main.Locator(".da-js-component canvas");

    private static async Task DrawAsync(AppPage app, int moves)
    {
        var canvas = Canvas(app);
        await canvas.ScrollIntoViewIfNeededAsync();
        var box = await canvas.BoundingBoxAsync() ?? throw new InvalidOperationException("no canvas");
        await app.InteractAsync(async () =>
        {
            await app.Page.Mouse.MoveAsync(box.X + 40, box.Y + 40);
            await app.Page.Mouse.DownAsync();
            await app.Page.Mouse.MoveAsync(box.X + 200, box.Y + 150, new MouseMoveOptions { Steps = moves });
            await app.Page.Mouse.UpAsync();
        });
    }

    private async Task<AppPage> OpenCanvasAsync()
    {
        var app = await OpenAsync("/components/canvas");
        await Expect(app.Main.Locator(".da-js-component-host[data-ready='true']")).ToHaveCountAsync(1, new() { Timeout = (float)Timeouts.Navigation.TotalMilliseconds });
        return app;
    }
}

using System.Globalization;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace DataApps.BrowserTests;

/// <summary>The Image annotator page in Chromium: boxes drawn, moved, resized, relabelled and deleted with real mouse events reach the script.</summary>
[Collection(nameof(ShowcaseCollection))]
public sealed class ImageAnnotatorPageTests(ShowcaseFixture fixture) : BrowserTest(fixture)
{
    // wwwroot/images/street.svg is 800×500 image pixels, shown scaled to the page's width.
    private const double ImageWidth = 800;
    private const double ImageHeight = 500;

    [Fact]
    public async Task DrawingABoxWithTheMouseAddsItWithTheCurrentLabelAndTheScriptCountsIt()
    {
        var app = await OpenAnnotatorAsync();
        await Expect(Summary(app)).ToHaveTextAsync("5 boxes: 2 person, 1 car, 0 bicycle, 0 dog, 1 cat, 1 tree");
        await LabelButton(app, "bicycle").ClickAsync(); // picks the current label; nothing selected, so no rerun

        await DragAsync(app, (686, 252), (792, 322));

        await Expect(Summary(app)).ToHaveTextAsync("6 boxes: 2 person, 1 car, 1 bicycle, 0 dog, 1 cat, 1 tree");
        await Expect(Annotator(app)).ToHaveAttributeAsync("data-boxes", "6");
        var (label, x, y, width, height) = await RowAsync(app, 6);
        Assert.Equal("bicycle", label);
        AssertNear((686, 252, 106, 70), (x, y, width, height));
        await app.Page.EvaluateAsync("() => window.scrollTo(0, 0)"); // the title, the labels and the image
        await Screenshots.SaveIfRequestedAsync(app.Page, "showcase-image-annotator.png");
    }

    [Fact]
    public async Task MovingAndResizingAPrefilledBoxGiveTheScriptItsNewCoordinates()
    {
        var app = await OpenAnnotatorAsync();
        Assert.Equal(("car", 440, 330, 200, 90), await RowAsync(app, 4)); // the model's box, a little off the car

        await DragAsync(app, (540, 375), (532, 369)); // grab the middle, move 8 left and 6 up

        var moved = await RowAsync(app, 4);
        Assert.Equal("car", moved.Label);
        AssertNear((432, 324, 200, 90), (moved.X, moved.Y, moved.Width, moved.Height));

        var handle = await CentreAsync(Annotator(app).Locator(".box[data-index='3'] .handle[data-handle='se']"));
        await DragScreenAsync(app, handle, await ScreenAsync(app, (660, 426))); // the car's lower right corner

        var resized = await RowAsync(app, 4);
        AssertNear((moved.X, moved.Y, 228, 102), (resized.X, resized.Y, resized.Width, resized.Height));
        Assert.Equal((moved.X, moved.Y), (resized.X, resized.Y)); // the south-east handle keeps the top-left corner
    }

    [Fact]
    public async Task ASelectedBoxIsRelabelledByPickingALabelAndRemovedByDeleteBox()
    {
        var app = await OpenAnnotatorAsync();
        var cat = Annotator(app).Locator(".box[data-label='cat']");
        await cat.ClickAsync(); // selects it; an unchanged box sends nothing
        await Expect(Annotator(app)).ToHaveAttributeAsync("data-selected", "4");

        await app.InteractAsync(() => LabelButton(app, "dog").ClickAsync());

        await Expect(Summary(app)).ToHaveTextAsync("5 boxes: 2 person, 1 car, 0 bicycle, 1 dog, 0 cat, 1 tree");
        Assert.Equal(("dog", 600, 266, 98, 56), await RowAsync(app, 5));

        await app.InteractAsync(() => Annotator(app).Locator("button.delete").ClickAsync());

        await Expect(Summary(app)).ToHaveTextAsync("4 boxes: 2 person, 1 car, 0 bicycle, 0 dog, 0 cat, 1 tree");
        await Expect(Annotator(app).Locator(".box")).ToHaveCountAsync(4);
    }

    private static ILocator Annotator(AppPage app) => app.Main.Locator(".da-js-component .annotator");

    private static ILocator Stage(AppPage app) => app.Main.Locator(".da-js-component .stage");

    private static ILocator Summary(AppPage app) => app.Elements("text").First;

    private static ILocator LabelButton(AppPage app, string label) => Annotator(app).Locator($"button.label[data-label='{label}']");

    private static async Task<(double X, double Y)> CentreAsync(ILocator locator)
    {
        var box = await locator.BoundingBoxAsync() ?? throw new InvalidOperationException("not shown");
        return (box.X + (box.Width / 2), box.Y + (box.Height / 2));
    }

    /// <summary>Where a point of the image (in image pixels) is on the screen.</summary>
    private static async Task<(double X, double Y)> ScreenAsync(AppPage app, (double X, double Y) point)
    {
        var stage = await Stage(app).BoundingBoxAsync() ?? throw new InvalidOperationException("no image");
        return (stage.X + (point.X * stage.Width / ImageWidth), stage.Y + (point.Y * stage.Height / ImageHeight));
    }

    /// <summary>Drags with the mouse from one image point to another (in image pixels) and waits for the rerun.</summary>
    private static async Task DragAsync(AppPage app, (double X, double Y) from, (double X, double Y) to) =>
        await DragScreenAsync(app, await ScreenAsync(app, from), await ScreenAsync(app, to));

    private static async Task DragScreenAsync(AppPage app, (double X, double Y) from, (double X, double Y) to)
    {
        await app.InteractAsync(async () =>
        {
            await app.Page.Mouse.MoveAsync((float)from.X, (float)from.Y);
            await app.Page.Mouse.DownAsync();
            await app.Page.Mouse.MoveAsync((float)to.X, (float)to.Y, new MouseMoveOptions { Steps = 8 });
            await app.Page.Mouse.UpAsync();
        });
    }

    /// <summary>The table row of box <paramref name="number"/> (1-based) as the script shows it.</summary>
    private static async Task<(string Label, int X, int Y, int Width, int Height)> RowAsync(AppPage app, int number)
    {
        var cells = app.Elements("table").Locator("tbody tr").Nth(number - 1).Locator("td");
        await Expect(cells).ToHaveCountAsync(6);
        var texts = await cells.AllInnerTextsAsync();
        int At(int i) => int.Parse(texts[i], NumberStyles.Integer, CultureInfo.InvariantCulture);
        return (texts[1], At(2), At(3), At(4), At(5));
    }

    // The mouse lands on screen pixels of an image shown at another scale: allow a pixel of rounding either way.
    private static void AssertNear((int X, int Y, int W, int H) expected, (int X, int Y, int W, int H) actual)
    {
        var near = Math.Abs(expected.X - actual.X) <= 1 && Math.Abs(expected.Y - actual.Y) <= 1
            && Math.Abs(expected.W - actual.W) <= 2 && Math.Abs(expected.H - actual.H) <= 2;
        Assert.True(near, $"expected about {expected}, got {actual}");
    }

    private async Task<AppPage> OpenAnnotatorAsync()
    {
        var app = await OpenAsync("/components/image-annotator");
        await Expect(app.Main.Locator(".da-js-component-host[data-ready='true']")).ToHaveCountAsync(1, new() { Timeout = (float)Timeouts.Navigation.TotalMilliseconds });
        await Expect(Annotator(app)).ToHaveAttributeAsync("data-width", "800"); // the image has loaded
        // The whole image in view (below the app bar), so every point of it can be reached with the mouse.
        await Stage(app).EvaluateAsync("e => e.scrollIntoView({ block: 'center' })");
        return app;
    }
}

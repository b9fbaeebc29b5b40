using DataApps.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace DataApps.Components.Canvas.Tests;

public sealed class CanvasTests
{
    // A 1×1 PNG as the browser's canvas.toDataURL would send it.
    private const string OnePixel = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==";

    private static object StrokeValue(string? png = null) => new
    {
        strokes = new object[]
        {
            new { tool = "line", points = new[] { new { x = 0.0, y = 0.0 }, new { x = 10.5, y = 20.0 } }, color = "#ff0000", width = 4 },
            new { tool = "rect", points = new[] { new { x = 1, y = 1 }, new { x = 5, y = 5 } }, color = "#00ff00", width = 2 },
        },
        png,
    };

    [Fact]
    public async Task TheCanvasIsEmptyUntilTheUserDraws()
    {
        using var app = AppTest.FromFunction(ui => ui.Text(ui.Canvas("c").Strokes.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)));

        await app.RunAsync();

        Assert.Equal("0", app.Get<TextElement>()[0].Text);
    }

    [Fact]
    public async Task TheSettingsReachTheModuleAsArguments()
    {
        using var app = AppTest.FromFunction(ui => ui.Canvas("c", width: 200, height: 100, strokeWidth: 5, strokeColor: "#123456", tool: CanvasTool.Rectangle, background: "#eee", png: false));

        await app.RunAsync();

        var args = app.Component("c").Args;
        Assert.Equal(200, args.GetProperty("width").GetInt32());
        Assert.Equal(100, args.GetProperty("height").GetInt32());
        Assert.Equal(5, args.GetProperty("strokeWidth").GetDouble());
        Assert.Equal("#123456", args.GetProperty("strokeColor").GetString());
        Assert.Equal("rect", args.GetProperty("tool").GetString());
        Assert.Equal("#eee", args.GetProperty("background").GetString());
        Assert.False(args.GetProperty("png").GetBoolean());
        Assert.Equal("canvas", app.Component("c").Element.Name);
    }

    [Fact]
    public async Task TheScriptGetsTheStrokesAndThePngBytes()
    {
        CanvasDrawing? seen = null;
        using var app = AppTest.FromFunction(ui => seen = ui.Canvas("c"));
        await app.RunAsync();

        await app.Component("c").SetValue(StrokeValue("data:image/png;base64," + OnePixel)).RunAsync();

        Assert.NotNull(seen);
        Assert.Equal(2, seen.Strokes.Count);
        var line = seen.Strokes[0];
        Assert.Equal(("line", "#ff0000", 4.0), (line.Tool, line.Color, line.Width));
        Assert.Equal([new CanvasPoint(0, 0), new CanvasPoint(10.5, 20)], line.Points);
        Assert.Equal("rect", seen.Strokes[1].Tool);
        Assert.Equal(4, seen.PointCount);
        Assert.Equal(Convert.FromBase64String(OnePixel), seen.Png);
    }

    [Fact]
    public async Task AMissingOrMalformedPngGivesNoBytesButTheStrokes()
    {
        CanvasDrawing? seen = null;
        using var app = AppTest.FromFunction(ui => seen = ui.Canvas("c"));
        await app.RunAsync();

        await app.Component("c").SetValue(StrokeValue("data:image/png;base64,@@@")).RunAsync();

        Assert.Equal(2, seen!.Strokes.Count);
        Assert.Null(seen.Png);
    }

    [Fact]
    public async Task TheDrawingSurvivesRerunsAndIsInState()
    {
        var runs = 0;
        using var app = AppTest.FromFunction(ui =>
        {
            runs++;
            ui.Text(ui.Canvas("c").Strokes.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        });
        await app.RunAsync();
        await app.Component("c").SetValue(StrokeValue()).RunAsync();

        await app.RunAsync();

        Assert.Equal("2", app.Get<TextElement>()[0].Text);
        Assert.IsType<CanvasValue>(app.State["c"]);
        Assert.Equal(3, runs);
    }

    [Fact]
    public void AddCanvasComponentRegistersTheModule()
    {
        var services = new ServiceCollection();
        var builder = new Builder(services);

        builder.AddCanvasComponent();

        using var provider = services.BuildServiceProvider();
        var options = provider.GetRequiredService<Microsoft.Extensions.Options.IOptions<JsComponentOptions>>().Value;
        Assert.Equal("_content/DataApps.Components.Canvas/canvas.js", options.ModuleFor("canvas"));
    }

    private sealed class Builder(IServiceCollection services) : IDataAppsBuilder
    {
        public IServiceCollection Services { get; } = services;
    }
}

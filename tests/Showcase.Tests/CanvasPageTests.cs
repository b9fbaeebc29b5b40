using DataApps;
using DataApps.Testing;
using Showcase.Pages;

namespace Showcase.Tests;

public sealed class CanvasPageTests
{
    private static readonly object Stroke = new
    {
        tool = "freedraw",
        points = new[] { new { x = 1, y = 2 }, new { x = 3, y = 4 }, new { x = 5, y = 6 } },
        color = "#1f77b4",
        width = 3,
    };

    [Fact]
    public async Task AnEmptyCanvasSaysNoStrokesAndGetsTheSidebarsSettingsAsArguments()
    {
        using var app = AppTest.For<CanvasPage>();

        await app.RunAsync();

        Assert.Equal("0 strokes, 0 points", app.Get<TextElement>()[0].Text);
        var args = app.Component("sketch").Args;
        Assert.Equal("freedraw", args.GetProperty("tool").GetString());
        Assert.Equal("#1f77b4", args.GetProperty("strokeColor").GetString());
    }

    [Fact]
    public async Task ADrawnStrokeIsCountedAndANewColourKeepsTheDrawing()
    {
        using var app = AppTest.For<CanvasPage>();
        await app.RunAsync();

        await app.Component("sketch").SetValue(new { strokes = new[] { Stroke }, png = (string?)null }).RunAsync();
        Assert.Equal("1 stroke, 3 points", app.Get<TextElement>()[0].Text);

        await app.SelectBox("Stroke colour").SetValue("#d62728").RunAsync();

        Assert.Equal("1 stroke, 3 points", app.Get<TextElement>()[0].Text);
        Assert.Equal("#d62728", app.Component("sketch").Args.GetProperty("strokeColor").GetString());
    }
}

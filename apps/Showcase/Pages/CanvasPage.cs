using DataApps;
using DataApps.Components.Canvas;

namespace Showcase.Pages;

/// <summary>The Canvas component: a JS component that returns the drawing as strokes and as a PNG.</summary>
[Page("/components/canvas", Title = "Canvas", Icon = "brush", Section = "Components", Order = 20)]
public sealed class CanvasPage : DataPage
{
    private static readonly string[] Colours = ["#1f77b4", "#d62728", "#2ca02c", "#000000"];

    protected override void Run(Ui ui)
    {
        ui.Title("Canvas");
        ui.Markdown("""
            `ui.Canvas` comes from the **DataApps.Components.Canvas** library, a JS component registered with
            `AddCanvasComponent()`. Draw with the mouse: each stroke reruns the page with the strokes and a PNG.
            Changing the tool, colour or width in the sidebar updates the canvas without losing the drawing.
            """);

        var tool = ui.Sidebar.Radio("Tool", [CanvasTool.FreeDraw, CanvasTool.Line, CanvasTool.Rectangle], format: t => t == CanvasTool.FreeDraw ? "Free draw" : t.ToString());
        var colour = ui.Sidebar.SelectBox("Stroke colour", Colours) ?? Colours[0];
        var width = ui.Sidebar.Slider("Stroke width", 1, 20, 3);

        var drawing = ui.Canvas("sketch", width: 480, height: 280, strokeWidth: width, strokeColor: colour, tool: tool);

        var strokes = drawing.Strokes.Count;
        ui.Text($"{strokes} stroke{(strokes == 1 ? "" : "s")}, {drawing.PointCount} points");
        if (drawing.Png is { } png)
        {
            ui.Caption($"PNG: {png.Length:N0} bytes");
            ui.Image(png, caption: "The drawing as the script received it", width: 240);
        }

        if (strokes > 0)
        {
            ui.Json(drawing.Strokes[^1]);
        }
    }
}

using Microsoft.Extensions.DependencyInjection;

namespace DataApps.Components.Canvas;

/// <summary>The canvas verb and its registration.</summary>
public static class CanvasUi
{
    /// <summary>The registered name of the canvas JS component.</summary>
    public const string ComponentName = "canvas";

    /// <summary>The canvas module, a static asset of this library.</summary>
    public const string ModulePath = "_content/DataApps.Components.Canvas/canvas.js";

    /// <summary>Registers the canvas JS component.</summary>
    /// <param name="builder">The DataApps builder.</param>
    /// <returns>The builder, for chaining.</returns>
    /// <example><c>builder.Services.AddDataApps().AddCanvasComponent();</c></example>
    public static IDataAppsBuilder AddCanvasComponent(this IDataAppsBuilder builder) => builder.AddJsComponent(ComponentName, ModulePath);

    /// <summary>Shows a drawing canvas; returns what the user drew, as strokes and as PNG bytes.</summary>
    /// <param name="ui">The page's UI.</param>
    /// <param name="key">The canvas's key (its identity and its <c>ui.State</c> entry).</param>
    /// <param name="width">The width in pixels.</param>
    /// <param name="height">The height in pixels.</param>
    /// <param name="strokeWidth">The width of new strokes in pixels.</param>
    /// <param name="strokeColor">The colour of new strokes (CSS colour).</param>
    /// <param name="tool">What a drag draws.</param>
    /// <param name="background">The background colour (CSS colour), also in the PNG.</param>
    /// <param name="png">Whether the browser also sends a PNG of the picture (it travels as base64 with each change).</param>
    /// <param name="onChange">Called before the next run when the drawing changes.</param>
    /// <returns>The drawing; <see cref="CanvasDrawing.Empty"/> until the user draws.</returns>
    /// <example><c>var drawing = ui.Canvas("sketch", strokeColor: "#d33", tool: CanvasTool.Line); ui.Text($"{drawing.Strokes.Count} strokes");</c></example>
    public static CanvasDrawing Canvas(this Ui ui, string key, int width = 400, int height = 300, double strokeWidth = 3,
        string strokeColor = "#000000", CanvasTool tool = CanvasTool.FreeDraw, string background = "#ffffff", bool png = true, Action? onChange = null)
    {
        ArgumentNullException.ThrowIfNull(ui);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(width);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(height);
        var args = new
        {
            width,
            height,
            strokeWidth,
            strokeColor,
            tool = tool switch { CanvasTool.Line => "line", CanvasTool.Rectangle => "rect", _ => "freedraw" },
            background,
            png,
        };
        return CanvasDrawing.From(ui.Component<CanvasValue?>(ComponentName, args, null, key, onChange));
    }
}

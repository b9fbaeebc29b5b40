namespace DataApps.Components.Canvas;

/// <summary>A point on the canvas, in CSS pixels from its top-left corner.</summary>
/// <param name="X">The distance from the left edge.</param>
/// <param name="Y">The distance from the top edge.</param>
public sealed record CanvasPoint(double X, double Y);

/// <summary>One stroke drawn on the canvas.</summary>
/// <param name="Tool">The tool that drew it: <c>freedraw</c>, <c>line</c> or <c>rect</c>.</param>
/// <param name="Points">The points: every point of a free-hand path, the two ends of a line, two opposite corners of a rectangle.</param>
/// <param name="Color">The stroke colour, a CSS colour.</param>
/// <param name="Width">The stroke width in pixels.</param>
public sealed record CanvasStroke(string Tool, IReadOnlyList<CanvasPoint> Points, string Color, double Width);

/// <summary>The value the canvas module sends: its strokes and, optionally, a PNG data URL of the picture.</summary>
/// <param name="Strokes">The strokes, oldest first.</param>
/// <param name="Png">A <c>data:image/png;base64,…</c> URL, or <c>null</c> when PNG output is off.</param>
public sealed record CanvasValue(IReadOnlyList<CanvasStroke> Strokes, string? Png);

/// <summary>What <c>ui.Canvas</c> returns: the drawing as strokes and as PNG bytes.</summary>
/// <param name="Strokes">The strokes, oldest first; empty until the user draws.</param>
/// <param name="Png">The picture as PNG bytes (background included), or <c>null</c> until the user draws or when PNG output is off.</param>
public sealed record CanvasDrawing(IReadOnlyList<CanvasStroke> Strokes, byte[]? Png)
{
    /// <summary>An empty drawing.</summary>
    public static CanvasDrawing Empty { get; } = new([], null);

    /// <summary>The number of points over all strokes.</summary>
    public int PointCount => Strokes.Sum(s => s.Points.Count);

    internal static CanvasDrawing From(CanvasValue? value)
    {
        if (value is null)
        {
            return Empty;
        }

        return new(value.Strokes ?? [], DecodePng(value.Png));
    }

    private static byte[]? DecodePng(string? dataUrl)
    {
        const string Prefix = "data:image/png;base64,";
        if (dataUrl is null || !dataUrl.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return null;
        }

        var bytes = new byte[(dataUrl.Length - Prefix.Length) * 3 / 4];
        return Convert.TryFromBase64String(dataUrl[Prefix.Length..], bytes, out var written) ? bytes[..written] : null;
    }
}

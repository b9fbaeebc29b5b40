using System.Text.Json.Serialization;

namespace DataApps.Components.ImageAnnotator;

/// <summary>A labelled bounding box on an image, in whole pixels of the image (not of the screen it is shown on).</summary>
/// <remarks>
/// Coordinates are integers, as in Pascal VOC: the browser rounds to the nearest image pixel, which is finer than a mouse
/// can point on an image scaled down to the page. <c>(X, Y)</c> is the top-left corner, counted from the image's top-left.
/// </remarks>
/// <param name="Label">The label, one of the annotator's labels.</param>
/// <param name="X">The left edge, in image pixels from the left.</param>
/// <param name="Y">The top edge, in image pixels from the top.</param>
/// <param name="Width">The width in image pixels; positive.</param>
/// <param name="Height">The height in image pixels; positive.</param>
/// <example><c>var boxes = ui.ImageAnnotator(photo, ["cat", "dog"], boxes: [new AnnotationBox("cat", 10, 20, 120, 80)]);</c></example>
public sealed record AnnotationBox(string Label, int X, int Y, int Width, int Height)
{
    /// <summary>The right edge (<c>X + Width</c>), in image pixels.</summary>
    [JsonIgnore]
    public int Right => X + Width;

    /// <summary>The bottom edge (<c>Y + Height</c>), in image pixels.</summary>
    [JsonIgnore]
    public int Bottom => Y + Height;

    /// <summary>The area in square image pixels.</summary>
    [JsonIgnore]
    public long Area => (long)Width * Height;

    /// <summary>Why this box cannot be shown, or <c>null</c> when it can.</summary>
    internal string? Problem(IReadOnlyCollection<string> labels)
    {
        if (string.IsNullOrWhiteSpace(Label))
        {
            return "it has no label";
        }

        if (!labels.Contains(Label))
        {
            return $"its label '{Label}' is not one of {string.Join(", ", labels)}";
        }

        if (Width <= 0 || Height <= 0)
        {
            return $"its size {Width}×{Height} is not positive";
        }

        return X < 0 || Y < 0 ? $"its corner ({X}, {Y}) is outside the image" : null;
    }
}

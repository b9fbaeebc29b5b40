namespace DataApps.Components.Rating;

/// <summary>How big the stars of a <see cref="RatingElement"/> are drawn.</summary>
public enum RatingSize
{
    /// <summary>1.25rem stars.</summary>
    Small,

    /// <summary>1.75rem stars.</summary>
    Medium,

    /// <summary>2.5rem stars.</summary>
    Large,
}

/// <summary>A star rating (<c>ui.Rating</c>): a whole number of stars from 0 (none) to <paramref name="Max"/>.</summary>
/// <param name="WidgetId">The widget's identity.</param>
/// <param name="Label">The label.</param>
/// <param name="Value">The chosen number of stars; 0 is none.</param>
/// <param name="Max">The number of stars shown.</param>
/// <param name="Size">How big the stars are.</param>
/// <param name="ReadOnly">Whether the stars only show the value (drawn normally, but not clickable).</param>
/// <example><c>int stars = ui.Rating("Rate it", max: 5);</c></example>
[RendererRegistration("AddRatingComponent()")]
public sealed record RatingElement(string WidgetId, string Label, int Value, int Max, RatingSize Size, bool ReadOnly)
    : WidgetElement(WidgetId, Label);

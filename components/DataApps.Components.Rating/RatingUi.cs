using DataApps.Components.Rating;

namespace DataApps;

/// <summary>The <c>ui.Rating</c> verb of the DataApps.Components.Rating library.</summary>
public static class RatingUi
{
    /// <summary>Shows a row of stars the user clicks to rate; returns the number of stars chosen (0 = none). Clicking the chosen star again clears it.</summary>
    /// <param name="ui">The page's <see cref="Ui"/> (or a form's, a fragment's, a column's).</param>
    /// <param name="label">The label, part of the widget's identity unless <paramref name="key"/> is given.</param>
    /// <param name="max">The number of stars, 1 to 20.</param>
    /// <param name="value">The stars chosen at first, 0 to <paramref name="max"/>.</param>
    /// <param name="size">How big the stars are.</param>
    /// <param name="readOnly">Whether the stars only show <paramref name="value"/> and cannot be clicked.</param>
    /// <param name="disabled">Whether the widget is greyed out and cannot be changed.</param>
    /// <param name="help">A tooltip beside the label.</param>
    /// <param name="key">A key: the identity becomes the key and the value is readable as <c>ui.State[key]</c>.</param>
    /// <param name="onChange">Called before the next run when the user changes the rating.</param>
    /// <returns>The number of stars chosen, 0 to <paramref name="max"/>.</returns>
    /// <example><c>int stars = ui.Rating("Rate it", max: 5);</c></example>
    public static int Rating(
        this Ui ui,
        string label,
        int max = 5,
        int value = 0,
        RatingSize size = RatingSize.Medium,
        bool readOnly = false,
        bool disabled = false,
        string? help = null,
        string? key = null,
        Action? onChange = null)
    {
        ArgumentNullException.ThrowIfNull(ui);
        return ui.Widget(new RatingSpec(label, max, value)
        {
            Size = size,
            ReadOnly = readOnly,
            Disabled = disabled,
            Help = help,
            Key = key,
            OnChange = onChange,
        });
    }
}

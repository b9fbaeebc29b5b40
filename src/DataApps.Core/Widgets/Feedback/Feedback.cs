using DataApps.Widgets;

namespace DataApps;

public sealed partial class Ui
{
    /// <summary>
    /// Shows feedback icons (thumbs, faces or stars); returns the chosen position, or <c>null</c> until one is chosen
    /// (a second click on the chosen icon takes it back).
    /// </summary>
    /// <remarks>
    /// As in Streamlit: thumbs give 0 (down) or 1 (up); faces 0 (saddest) to 4 (happiest); stars 0 (one star) to 4 (five stars).
    /// Feedback has no label, so two of the same kind on one page need a <paramref name="key"/>.
    /// </remarks>
    /// <param name="options">Which icons are shown.</param>
    /// <param name="value">The initially chosen position, or <c>null</c>.</param>
    /// <param name="key">A unique key; makes the identity the key alone.</param>
    /// <param name="help">A tooltip.</param>
    /// <param name="disabled">Show it greyed out.</param>
    /// <param name="onChange">Called before the next run when it changes.</param>
    /// <example><c>if (ui.Feedback(FeedbackOptions.Thumbs) == 1) ui.Success("Thanks!");</c></example>
    public int? Feedback(FeedbackOptions options = FeedbackOptions.Thumbs, int? value = null,
        string? key = null, string? help = null, bool disabled = false, Action? onChange = null)
    {
        if (!Enum.IsDefined(options))
        {
            throw new ArgumentOutOfRangeException(nameof(options), options, "Feedback shows thumbs, faces or stars.");
        }

        var count = FeedbackSpec.CountOf(options);
        if (value is { } v && (v < 0 || v >= count))
        {
            throw new ArgumentOutOfRangeException(nameof(value), v, $"{options} feedback has positions 0 to {count - 1}.");
        }

        return Widget(new FeedbackSpec(options, value) { Key = key, Help = help, Disabled = disabled, OnChange = onChange });
    }
}

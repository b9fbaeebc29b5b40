using DataApps.Widgets;

namespace DataApps;

public sealed partial class Ui
{
    /// <summary>Shows a colour swatch that opens a colour picker; returns the colour as lower-case <c>#rrggbb</c>.</summary>
    /// <param name="label">The label.</param>
    /// <param name="value">The initial colour as <c>#rrggbb</c> or <c>#rgb</c>; black by default, as in Streamlit.</param>
    /// <param name="key">A unique key; makes the identity the key alone.</param>
    /// <param name="help">A tooltip.</param>
    /// <param name="disabled">Show it greyed out.</param>
    /// <param name="onChange">Called before the next run when it changes.</param>
    /// <example><c>var color = ui.ColorPicker("Line colour", "#1f77b4");</c></example>
    public string ColorPicker(string label, string value = "#000000",
        string? key = null, string? help = null, bool disabled = false, Action? onChange = null)
    {
        if (!ColorPickerSpec.TryNormalize(value, out var initial))
        {
            throw new ArgumentException($"'{value}' is not a colour for '{label}'; write it as #rrggbb or #rgb.", nameof(value));
        }

        return Widget(new ColorPickerSpec(label, initial) { Key = key, Help = help, Disabled = disabled, OnChange = onChange });
    }

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

    /// <summary>Shows a button that opens <paramref name="url"/> in a new browser tab; it is not a widget and has no value.</summary>
    /// <param name="label">The button text.</param>
    /// <param name="url">An absolute <c>http</c>, <c>https</c> or <c>mailto</c> address, or a path on this site (<c>/docs</c>).</param>
    /// <param name="primary">Draw it as the primary action.</param>
    /// <param name="help">A tooltip.</param>
    /// <param name="disabled">Show it greyed out; it opens nothing.</param>
    /// <example><c>ui.LinkButton("Open the docs", "https://example.org/docs");</c></example>
    public void LinkButton(string label, string url, bool primary = false, string? help = null, bool disabled = false)
    {
        ArgumentNullException.ThrowIfNull(label);
        ArgumentException.ThrowIfNullOrWhiteSpace(url);
        var absolute = Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" or "mailto";
        var path = url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) && Uri.IsWellFormedUriString(url, UriKind.Relative);
        if (!absolute && !path)
        {
            throw new ArgumentException($"The link button '{label}' needs an http, https or mailto address or a path starting with /, not '{url}'.", nameof(url));
        }

        Add(new LinkButtonElement(label, url, primary) { Help = help, Disabled = disabled });
    }
}

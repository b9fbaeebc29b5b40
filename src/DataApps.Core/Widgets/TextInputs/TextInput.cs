using DataApps.Widgets;

namespace DataApps;

public sealed partial class Ui
{
    /// <summary>Shows a single-line text field; returns its text.</summary>
    /// <param name="label">The label.</param>
    /// <param name="value">The initial text.</param>
    /// <param name="placeholder">The text shown when empty.</param>
    /// <param name="maxChars">The longest text accepted.</param>
    /// <param name="password">Mask the text.</param>
    /// <param name="key">A unique key; makes the identity the key alone.</param>
    /// <param name="help">A tooltip.</param>
    /// <param name="disabled">Show it greyed out.</param>
    /// <param name="onChange">Called before the next run when it changes.</param>
    /// <example><c>var name = ui.TextInput("Name", placeholder: "Ada");</c></example>
    public string TextInput(string label, string value = "", string? placeholder = null, int? maxChars = null, bool password = false,
        string? key = null, string? help = null, bool disabled = false, Action? onChange = null) =>
        Widget(new TextSpec("text-input", label, value ?? "", placeholder, maxChars, password, 1)
        { Key = key, Help = help, Disabled = disabled, OnChange = onChange });

    /// <summary>Shows a multi-line text field; returns its text.</summary>
    /// <param name="label">The label.</param>
    /// <param name="value">The initial text.</param>
    /// <param name="placeholder">The text shown when empty.</param>
    /// <param name="maxChars">The longest text accepted.</param>
    /// <param name="lines">The visible height in lines.</param>
    /// <param name="key">A unique key; makes the identity the key alone.</param>
    /// <param name="help">A tooltip.</param>
    /// <param name="disabled">Show it greyed out.</param>
    /// <param name="onChange">Called before the next run when it changes.</param>
    /// <example><c>var prompt = ui.TextArea("Prompt", lines: 6);</c></example>
    public string TextArea(string label, string value = "", string? placeholder = null, int? maxChars = null, int lines = 4,
        string? key = null, string? help = null, bool disabled = false, Action? onChange = null) =>
        Widget(new TextSpec("text-area", label, value ?? "", placeholder, maxChars, false, Math.Max(1, lines))
        { Key = key, Help = help, Disabled = disabled, OnChange = onChange });
}

using DataApps.Widgets;

namespace DataApps;

// Note [Widget files]: the widget's record and verb; its spec, TextSpec, is shared with TextArea (TextSpec.cs).

/// <summary>A single-line text field (<c>ui.TextInput</c>).</summary>
/// <param name="WidgetId">The widget's identity.</param>
/// <param name="Label">The label.</param>
/// <param name="Value">The current text.</param>
/// <param name="Placeholder">The text shown when empty.</param>
/// <param name="MaxChars">The longest text accepted, or <c>null</c>.</param>
/// <param name="Password">Whether the text is masked.</param>
public sealed record TextInputElement(string WidgetId, string Label, string Value, string? Placeholder, int? MaxChars, bool Password) : WidgetElement(WidgetId, Label);

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
}

using DataApps.Widgets;

namespace DataApps;

// Note [Widget files]: the widget's record and verb; its spec, TextSpec, is shared with TextInput (TextSpec.cs).

/// <summary>A multi-line text field (<c>ui.TextArea</c>).</summary>
/// <param name="WidgetId">The widget's identity.</param>
/// <param name="Label">The label.</param>
/// <param name="Value">The current text.</param>
/// <param name="Placeholder">The text shown when empty.</param>
/// <param name="MaxChars">The longest text accepted, or <c>null</c>.</param>
/// <param name="Lines">The visible height in lines.</param>
public sealed record TextAreaElement(string WidgetId, string Label, string Value, string? Placeholder, int? MaxChars, int Lines) : WidgetElement(WidgetId, Label);

public sealed partial class Ui
{
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

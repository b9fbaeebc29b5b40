namespace DataApps;

/// <summary>A single-line text field (<c>ui.TextInput</c>).</summary>
/// <param name="WidgetId">The widget's identity.</param>
/// <param name="Label">The label.</param>
/// <param name="Value">The current text.</param>
/// <param name="Placeholder">The text shown when empty.</param>
/// <param name="MaxChars">The longest text accepted, or <c>null</c>.</param>
/// <param name="Password">Whether the text is masked.</param>
public sealed record TextInputElement(string WidgetId, string Label, string Value, string? Placeholder, int? MaxChars, bool Password) : WidgetElement(WidgetId, Label);

/// <summary>A multi-line text field (<c>ui.TextArea</c>).</summary>
/// <param name="WidgetId">The widget's identity.</param>
/// <param name="Label">The label.</param>
/// <param name="Value">The current text.</param>
/// <param name="Placeholder">The text shown when empty.</param>
/// <param name="MaxChars">The longest text accepted, or <c>null</c>.</param>
/// <param name="Lines">The visible height in lines.</param>
public sealed record TextAreaElement(string WidgetId, string Label, string Value, string? Placeholder, int? MaxChars, int Lines) : WidgetElement(WidgetId, Label);

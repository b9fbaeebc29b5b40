namespace DataApps;

/// <summary>A colour swatch that opens a colour picker (<c>ui.ColorPicker</c>); the browser sends the colour as <c>#rrggbb</c>.</summary>
/// <param name="WidgetId">The widget's identity.</param>
/// <param name="Label">The label.</param>
/// <param name="Value">The colour, lower-case <c>#rrggbb</c>.</param>
public sealed record ColorPickerElement(string WidgetId, string Label, string Value) : WidgetElement(WidgetId, Label);

namespace DataApps;

/// <summary>A checkbox (<c>ui.Checkbox</c>).</summary>
/// <param name="WidgetId">The widget's identity.</param>
/// <param name="Label">The label.</param>
/// <param name="Value">Whether it is checked.</param>
public sealed record CheckboxElement(string WidgetId, string Label, bool Value) : WidgetElement(WidgetId, Label);

/// <summary>An on/off switch (<c>ui.Toggle</c>).</summary>
/// <param name="WidgetId">The widget's identity.</param>
/// <param name="Label">The label.</param>
/// <param name="Value">Whether it is on.</param>
public sealed record ToggleElement(string WidgetId, string Label, bool Value) : WidgetElement(WidgetId, Label);

namespace DataApps;

/// <summary>A group of radio buttons (<c>ui.Radio</c>); the browser sends the chosen index.</summary>
/// <param name="WidgetId">The widget's identity.</param>
/// <param name="Label">The label.</param>
/// <param name="Options">The formatted options.</param>
/// <param name="Index">The chosen index, or -1.</param>
/// <param name="Horizontal">Whether the options are laid out in a row.</param>
public sealed record RadioElement(string WidgetId, string Label, EquatableArray<string> Options, int Index, bool Horizontal) : WidgetElement(WidgetId, Label);

/// <summary>A drop-down list with one choice (<c>ui.SelectBox</c>); the browser sends the chosen index.</summary>
/// <param name="WidgetId">The widget's identity.</param>
/// <param name="Label">The label.</param>
/// <param name="Options">The formatted options.</param>
/// <param name="Index">The chosen index, or -1 for none.</param>
/// <param name="Placeholder">The text shown when nothing is chosen.</param>
public sealed record SelectBoxElement(string WidgetId, string Label, EquatableArray<string> Options, int Index, string? Placeholder) : WidgetElement(WidgetId, Label);

/// <summary>A drop-down list with many choices (<c>ui.MultiSelect</c>); the browser sends the chosen indices.</summary>
/// <param name="WidgetId">The widget's identity.</param>
/// <param name="Label">The label.</param>
/// <param name="Options">The formatted options.</param>
/// <param name="Indices">The chosen indices, in the order chosen.</param>
/// <param name="Placeholder">The text shown when nothing is chosen.</param>
public sealed record MultiSelectElement(string WidgetId, string Label, EquatableArray<string> Options, EquatableArray<int> Indices, string? Placeholder) : WidgetElement(WidgetId, Label);

/// <summary>A slider over a list of options (<c>ui.SelectSlider</c>); the browser sends the chosen index, or two indices for a range.</summary>
/// <param name="WidgetId">The widget's identity.</param>
/// <param name="Label">The label.</param>
/// <param name="Options">The formatted options, in slider order.</param>
/// <param name="Index">The chosen index (the lower end of a range).</param>
/// <param name="EndIndex">The upper end of a range, or <c>null</c> for a single value.</param>
public sealed record SelectSliderElement(string WidgetId, string Label, EquatableArray<string> Options, int Index, int? EndIndex) : WidgetElement(WidgetId, Label);

/// <summary>Options shown as pills (<c>ui.Pills</c>, <c>ui.MultiPills</c>); the browser sends the chosen index (-1 for none) or indices.</summary>
/// <param name="WidgetId">The widget's identity.</param>
/// <param name="Label">The label.</param>
/// <param name="Options">The formatted options.</param>
/// <param name="Indices">The chosen indices, in option order (at most one unless <paramref name="Multi"/>).</param>
/// <param name="Multi">Whether several options can be chosen.</param>
public sealed record PillsElement(string WidgetId, string Label, EquatableArray<string> Options, EquatableArray<int> Indices, bool Multi)
    : WidgetElement(WidgetId, Label);

/// <summary>Options shown as a row of joined buttons (<c>ui.SegmentedControl</c>, <c>ui.MultiSegmentedControl</c>); values travel as for <see cref="PillsElement"/>.</summary>
/// <param name="WidgetId">The widget's identity.</param>
/// <param name="Label">The label.</param>
/// <param name="Options">The formatted options.</param>
/// <param name="Indices">The chosen indices, in option order (at most one unless <paramref name="Multi"/>).</param>
/// <param name="Multi">Whether several options can be chosen.</param>
public sealed record SegmentedControlElement(string WidgetId, string Label, EquatableArray<string> Options, EquatableArray<int> Indices, bool Multi)
    : WidgetElement(WidgetId, Label);

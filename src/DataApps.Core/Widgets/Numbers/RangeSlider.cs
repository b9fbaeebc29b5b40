namespace DataApps;

/// <summary>A slider over a numeric range (<c>ui.Slider</c>); numbers travel as <see cref="double"/>.</summary>
/// <param name="WidgetId">The widget's identity.</param>
/// <param name="Label">The label.</param>
/// <param name="Value">The current value.</param>
/// <param name="Min">The smallest value.</param>
/// <param name="Max">The largest value.</param>
/// <param name="Step">The distance between two values.</param>
public sealed record SliderElement(string WidgetId, string Label, double Value, double Min, double Max, double Step) : WidgetElement(WidgetId, Label);

/// <summary>A slider with two thumbs selecting a range (<c>ui.RangeSlider</c>).</summary>
/// <param name="WidgetId">The widget's identity.</param>
/// <param name="Label">The label.</param>
/// <param name="Low">The lower end of the selection.</param>
/// <param name="High">The upper end of the selection.</param>
/// <param name="Min">The smallest value.</param>
/// <param name="Max">The largest value.</param>
/// <param name="Step">The distance between two values.</param>
public sealed record RangeSliderElement(string WidgetId, string Label, double Low, double High, double Min, double Max, double Step) : WidgetElement(WidgetId, Label);

/// <summary>A numeric field with step buttons (<c>ui.NumberInput</c>).</summary>
/// <param name="WidgetId">The widget's identity.</param>
/// <param name="Label">The label.</param>
/// <param name="Value">The current value.</param>
/// <param name="Min">The smallest value, or <c>null</c>.</param>
/// <param name="Max">The largest value, or <c>null</c>.</param>
/// <param name="Step">The step of the buttons.</param>
/// <param name="Integral">Whether only whole numbers are accepted.</param>
public sealed record NumberInputElement(string WidgetId, string Label, double Value, double? Min, double? Max, double Step, bool Integral) : WidgetElement(WidgetId, Label);

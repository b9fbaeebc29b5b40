namespace DataApps;

/// <summary>The base of every widget: an element with an identity that the browser sends values back to.</summary>
/// <param name="WidgetId">The widget's identity within the session; renderers send values under it.</param>
/// <param name="Label">The label shown with the widget.</param>
public abstract record WidgetElement(string WidgetId, string Label) : Element
{
    /// <summary>A tooltip shown beside the label, or <c>null</c>.</summary>
    public string? Help { get; init; }

    /// <summary>Whether the widget is shown but cannot be changed.</summary>
    public bool Disabled { get; init; }
}

/// <summary>A push button (<c>ui.Button</c>); its value is <c>true</c> only in the run caused by the click.</summary>
/// <param name="WidgetId">The widget's identity.</param>
/// <param name="Label">The button text.</param>
/// <param name="Primary">Whether the button is drawn as the primary action.</param>
public sealed record ButtonElement(string WidgetId, string Label, bool Primary) : WidgetElement(WidgetId, Label);

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

/// <summary>A numeric field with step buttons (<c>ui.NumberInput</c>).</summary>
/// <param name="WidgetId">The widget's identity.</param>
/// <param name="Label">The label.</param>
/// <param name="Value">The current value.</param>
/// <param name="Min">The smallest value, or <c>null</c>.</param>
/// <param name="Max">The largest value, or <c>null</c>.</param>
/// <param name="Step">The step of the buttons.</param>
/// <param name="Integral">Whether only whole numbers are accepted.</param>
public sealed record NumberInputElement(string WidgetId, string Label, double Value, double? Min, double? Max, double Step, bool Integral) : WidgetElement(WidgetId, Label);

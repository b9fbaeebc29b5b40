namespace DataApps;

/// <summary>A slider over a list of options (<c>ui.SelectSlider</c>); the browser sends the chosen index, or two indices for a range.</summary>
/// <param name="WidgetId">The widget's identity.</param>
/// <param name="Label">The label.</param>
/// <param name="Options">The formatted options, in slider order.</param>
/// <param name="Index">The chosen index (the lower end of a range).</param>
/// <param name="EndIndex">The upper end of a range, or <c>null</c> for a single value.</param>
public sealed record SelectSliderElement(string WidgetId, string Label, EquatableArray<string> Options, int Index, int? EndIndex) : WidgetElement(WidgetId, Label);

/// <summary>A date field with a calendar (<c>ui.DateInput</c>); the browser sends a <see cref="DateOnly"/> (or <c>yyyy-MM-dd</c>), <c>null</c> to clear.</summary>
/// <param name="WidgetId">The widget's identity.</param>
/// <param name="Label">The label.</param>
/// <param name="Value">The date, or <c>null</c> when none is chosen.</param>
/// <param name="Min">The earliest date accepted.</param>
/// <param name="Max">The latest date accepted.</param>
/// <param name="Format">The .NET format the date is shown in (<c>yyyy/MM/dd</c> by default).</param>
/// <param name="Clearable">Whether the user may clear the date (the verb was given <c>value: null</c>).</param>
public sealed record DateInputElement(string WidgetId, string Label, DateOnly? Value, DateOnly Min, DateOnly Max, string Format, bool Clearable)
    : WidgetElement(WidgetId, Label);

/// <summary>A time field with a clock (<c>ui.TimeInput</c>); the browser sends a <see cref="TimeOnly"/> (or <c>HH:mm</c>), <c>null</c> to clear.</summary>
/// <param name="WidgetId">The widget's identity.</param>
/// <param name="Label">The label.</param>
/// <param name="Value">The time, or <c>null</c> when none is chosen.</param>
/// <param name="Step">The distance between the times the clock offers.</param>
/// <param name="Clearable">Whether the user may clear the time (the verb was given <c>value: null</c>).</param>
public sealed record TimeInputElement(string WidgetId, string Label, TimeOnly? Value, TimeSpan Step, bool Clearable) : WidgetElement(WidgetId, Label);

/// <summary>A date and a time field side by side (<c>ui.DateTimeInput</c>); the browser sends a <see cref="DateTime"/> (or ISO 8601 text), <c>null</c> to clear.</summary>
/// <param name="WidgetId">The widget's identity.</param>
/// <param name="Label">The label.</param>
/// <param name="Value">The date and time, or <c>null</c> when none is chosen.</param>
/// <param name="Min">The earliest moment accepted.</param>
/// <param name="Max">The latest moment accepted.</param>
/// <param name="Format">The .NET format of the date part.</param>
/// <param name="Step">The distance between the times the clock offers.</param>
/// <param name="Clearable">Whether the user may clear the value (the verb was given <c>value: null</c>).</param>
public sealed record DateTimeInputElement(string WidgetId, string Label, DateTime? Value, DateTime Min, DateTime Max, string Format, TimeSpan Step, bool Clearable)
    : WidgetElement(WidgetId, Label);

/// <summary>A colour swatch that opens a colour picker (<c>ui.ColorPicker</c>); the browser sends the colour as <c>#rrggbb</c>.</summary>
/// <param name="WidgetId">The widget's identity.</param>
/// <param name="Label">The label.</param>
/// <param name="Value">The colour, lower-case <c>#rrggbb</c>.</param>
public sealed record ColorPickerElement(string WidgetId, string Label, string Value) : WidgetElement(WidgetId, Label);

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

/// <summary>A row of feedback icons (<c>ui.Feedback</c>): thumbs, faces or stars; the browser sends the chosen position, <c>null</c> to take it back.</summary>
/// <param name="WidgetId">The widget's identity.</param>
/// <param name="Label">Empty: feedback has no label, as in Streamlit.</param>
/// <param name="Options">Which icons are shown.</param>
/// <param name="Value">The chosen position (0 = thumbs down, saddest face, one star), or <c>null</c>.</param>
public sealed record FeedbackElement(string WidgetId, string Label, FeedbackOptions Options, int? Value) : WidgetElement(WidgetId, Label);

/// <summary>A button that opens <see cref="Url"/> in a new browser tab (<c>ui.LinkButton</c>); not a widget, it has no value.</summary>
/// <param name="Label">The button text.</param>
/// <param name="Url">The address opened.</param>
/// <param name="Primary">Whether the button is drawn as the primary action.</param>
public sealed record LinkButtonElement(string Label, string Url, bool Primary) : Element
{
    /// <summary>A tooltip, or <c>null</c>.</summary>
    public string? Help { get; init; }

    /// <summary>Whether the button is shown greyed out and opens nothing.</summary>
    public bool Disabled { get; init; }
}

/// <summary>The icons of <c>ui.Feedback</c> and the values they give.</summary>
public enum FeedbackOptions
{
    /// <summary>Thumbs down (0) and thumbs up (1).</summary>
    Thumbs,

    /// <summary>Five faces from saddest (0) to happiest (4).</summary>
    Faces,

    /// <summary>Five stars: one star is 0, five stars is 4.</summary>
    Stars,
}

namespace DataApps;

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

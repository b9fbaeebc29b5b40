using DataApps.Widgets;

namespace DataApps;

// Note [Three forms]: each date and time verb has three overloads, so that the return type says whether the value can be
// missing, as Streamlit's value=None does: no value (starts at today or now, never empty), a value (starts there, never
// empty), and a nullable value (`value: null` starts empty; the user can clear it; returns a nullable). The no-value form
// takes its optional parameters in an order whose second is not the nullable value's type, so `ui.DateInput("d", maybe)`
// is not ambiguous.
public sealed partial class Ui
{
    /// <summary>Shows a date field with a calendar, starting at today; returns the chosen date.</summary>
    /// <remarks>As in Streamlit, <paramref name="min"/> and <paramref name="max"/> default to ten years before and after the start.</remarks>
    /// <param name="label">The label.</param>
    /// <param name="format">The .NET format the date is shown in; <c>yyyy/MM/dd</c> by default.</param>
    /// <param name="min">The earliest date accepted.</param>
    /// <param name="max">The latest date accepted.</param>
    /// <param name="key">A unique key; makes the identity the key alone.</param>
    /// <param name="help">A tooltip.</param>
    /// <param name="disabled">Show it greyed out.</param>
    /// <param name="onChange">Called before the next run when it changes.</param>
    /// <example><c>DateOnly day = ui.DateInput("Day");</c></example>
    public DateOnly DateInput(string label, string? format = null, DateOnly? min = null, DateOnly? max = null,
        string? key = null, string? help = null, bool disabled = false, Action? onChange = null) =>
        DateInputCore(label, DateTimes.Today, "today", false, min, max, format, key, help, disabled, onChange)!.Value;

    /// <summary>Shows a date field with a calendar, starting at <paramref name="value"/>; returns the chosen date.</summary>
    /// <param name="label">The label.</param>
    /// <param name="value">The initial date; it must lie between <paramref name="min"/> and <paramref name="max"/>.</param>
    /// <param name="min">The earliest date accepted; ten years before <paramref name="value"/> by default.</param>
    /// <param name="max">The latest date accepted; ten years after <paramref name="value"/> by default.</param>
    /// <param name="format">The .NET format the date is shown in; <c>yyyy/MM/dd</c> by default.</param>
    /// <param name="key">A unique key; makes the identity the key alone.</param>
    /// <param name="help">A tooltip.</param>
    /// <param name="disabled">Show it greyed out.</param>
    /// <param name="onChange">Called before the next run when it changes.</param>
    /// <example><c>var birthday = ui.DateInput("Birthday", new DateOnly(1990, 1, 1), min: new DateOnly(1900, 1, 1));</c></example>
    public DateOnly DateInput(string label, DateOnly value, DateOnly? min = null, DateOnly? max = null, string? format = null,
        string? key = null, string? help = null, bool disabled = false, Action? onChange = null) =>
        DateInputCore(label, value, DateTimes.Show(value), false, min, max, format, key, help, disabled, onChange)!.Value;

    /// <summary>Shows a date field the user can leave empty or clear; returns the chosen date, or <c>null</c>.</summary>
    /// <param name="label">The label.</param>
    /// <param name="value">The initial date; <c>null</c> starts empty.</param>
    /// <param name="min">The earliest date accepted; ten years before the start (or today) by default.</param>
    /// <param name="max">The latest date accepted; ten years after the start (or today) by default.</param>
    /// <param name="format">The .NET format the date is shown in; <c>yyyy/MM/dd</c> by default.</param>
    /// <param name="key">A unique key; makes the identity the key alone.</param>
    /// <param name="help">A tooltip.</param>
    /// <param name="disabled">Show it greyed out.</param>
    /// <param name="onChange">Called before the next run when it changes.</param>
    /// <example><c>DateOnly? due = ui.DateInput("Due", value: null);</c></example>
    public DateOnly? DateInput(string label, DateOnly? value, DateOnly? min = null, DateOnly? max = null, string? format = null,
        string? key = null, string? help = null, bool disabled = false, Action? onChange = null) =>
        DateInputCore(label, value, value is { } v ? DateTimes.Show(v) : "null", true, min, max, format, key, help, disabled, onChange);

    /// <summary>Shows a time field with a clock, starting at the current minute; returns the chosen time.</summary>
    /// <param name="label">The label.</param>
    /// <param name="step">The distance between the minutes the clock offers; 15 minutes by default, whole minutes up to 23 hours.</param>
    /// <param name="key">A unique key; makes the identity the key alone.</param>
    /// <param name="help">A tooltip.</param>
    /// <param name="disabled">Show it greyed out.</param>
    /// <param name="onChange">Called before the next run when it changes.</param>
    /// <example><c>TimeOnly at = ui.TimeInput("Alarm");</c></example>
    public TimeOnly TimeInput(string label, TimeSpan? step = null,
        string? key = null, string? help = null, bool disabled = false, Action? onChange = null) =>
        TimeInputCore(label, DateTimes.ToMinute(TimeOnly.FromDateTime(DateTime.Now)), "now", false, step, key, help, disabled, onChange)!.Value;

    /// <summary>Shows a time field with a clock, starting at <paramref name="value"/>; returns the chosen time (to the minute).</summary>
    /// <param name="label">The label.</param>
    /// <param name="value">The initial time; seconds are dropped.</param>
    /// <param name="step">The distance between the minutes the clock offers; 15 minutes by default, whole minutes up to 23 hours.</param>
    /// <param name="key">A unique key; makes the identity the key alone.</param>
    /// <param name="help">A tooltip.</param>
    /// <param name="disabled">Show it greyed out.</param>
    /// <param name="onChange">Called before the next run when it changes.</param>
    /// <example><c>var opens = ui.TimeInput("Opens", new TimeOnly(9, 0), step: TimeSpan.FromMinutes(30));</c></example>
    public TimeOnly TimeInput(string label, TimeOnly value, TimeSpan? step = null,
        string? key = null, string? help = null, bool disabled = false, Action? onChange = null) =>
        TimeInputCore(label, DateTimes.ToMinute(value), DateTimes.Show(value), false, step, key, help, disabled, onChange)!.Value;

    /// <summary>Shows a time field the user can leave empty or clear; returns the chosen time, or <c>null</c>.</summary>
    /// <param name="label">The label.</param>
    /// <param name="value">The initial time; <c>null</c> starts empty.</param>
    /// <param name="step">The distance between the minutes the clock offers; 15 minutes by default, whole minutes up to 23 hours.</param>
    /// <param name="key">A unique key; makes the identity the key alone.</param>
    /// <param name="help">A tooltip.</param>
    /// <param name="disabled">Show it greyed out.</param>
    /// <param name="onChange">Called before the next run when it changes.</param>
    /// <example><c>TimeOnly? reminder = ui.TimeInput("Reminder", value: null);</c></example>
    public TimeOnly? TimeInput(string label, TimeOnly? value, TimeSpan? step = null,
        string? key = null, string? help = null, bool disabled = false, Action? onChange = null) =>
        TimeInputCore(label, value is { } v ? DateTimes.ToMinute(v) : null, value is { } t ? DateTimes.Show(t) : "null", true, step, key, help, disabled, onChange);

    /// <summary>Shows a date and a time field, starting at the current minute; returns the chosen date and time.</summary>
    /// <param name="label">The label.</param>
    /// <param name="step">The distance between the minutes the clock offers; 15 minutes by default.</param>
    /// <param name="min">The earliest moment accepted; ten years before now by default.</param>
    /// <param name="max">The latest moment accepted; ten years after now by default.</param>
    /// <param name="format">The .NET format of the date part; <c>yyyy/MM/dd</c> by default.</param>
    /// <param name="key">A unique key; makes the identity the key alone.</param>
    /// <param name="help">A tooltip.</param>
    /// <param name="disabled">Show it greyed out.</param>
    /// <param name="onChange">Called before the next run when it changes.</param>
    /// <example><c>DateTime start = ui.DateTimeInput("Start");</c></example>
    public DateTime DateTimeInput(string label, TimeSpan? step = null, DateTime? min = null, DateTime? max = null, string? format = null,
        string? key = null, string? help = null, bool disabled = false, Action? onChange = null) =>
        DateTimeInputCore(label, DateTimes.Now, "now", false, min, max, format, step, key, help, disabled, onChange)!.Value;

    /// <summary>Shows a date and a time field, starting at <paramref name="value"/>; returns the chosen date and time (to the minute).</summary>
    /// <param name="label">The label.</param>
    /// <param name="value">The initial moment; seconds are dropped; it must lie between <paramref name="min"/> and <paramref name="max"/>.</param>
    /// <param name="min">The earliest moment accepted; ten years before <paramref name="value"/> by default.</param>
    /// <param name="max">The latest moment accepted; ten years after <paramref name="value"/> by default.</param>
    /// <param name="format">The .NET format of the date part; <c>yyyy/MM/dd</c> by default.</param>
    /// <param name="step">The distance between the minutes the clock offers; 15 minutes by default.</param>
    /// <param name="key">A unique key; makes the identity the key alone.</param>
    /// <param name="help">A tooltip.</param>
    /// <param name="disabled">Show it greyed out.</param>
    /// <param name="onChange">Called before the next run when it changes.</param>
    /// <example><c>var launch = ui.DateTimeInput("Launch", new DateTime(2025, 3, 1, 9, 30, 0));</c></example>
    public DateTime DateTimeInput(string label, DateTime value, DateTime? min = null, DateTime? max = null, string? format = null, TimeSpan? step = null,
        string? key = null, string? help = null, bool disabled = false, Action? onChange = null) =>
        DateTimeInputCore(label, DateTimes.ToMinute(value), DateTimes.Show(value), false, min, max, format, step, key, help, disabled, onChange)!.Value;

    /// <summary>Shows a date and a time field the user can leave empty or clear; returns the chosen date and time, or <c>null</c>.</summary>
    /// <param name="label">The label.</param>
    /// <param name="value">The initial moment; <c>null</c> starts empty.</param>
    /// <param name="min">The earliest moment accepted; ten years before the start (or now) by default.</param>
    /// <param name="max">The latest moment accepted; ten years after the start (or now) by default.</param>
    /// <param name="format">The .NET format of the date part; <c>yyyy/MM/dd</c> by default.</param>
    /// <param name="step">The distance between the minutes the clock offers; 15 minutes by default.</param>
    /// <param name="key">A unique key; makes the identity the key alone.</param>
    /// <param name="help">A tooltip.</param>
    /// <param name="disabled">Show it greyed out.</param>
    /// <param name="onChange">Called before the next run when it changes.</param>
    /// <example><c>DateTime? seen = ui.DateTimeInput("Last seen", value: null);</c></example>
    public DateTime? DateTimeInput(string label, DateTime? value, DateTime? min = null, DateTime? max = null, string? format = null, TimeSpan? step = null,
        string? key = null, string? help = null, bool disabled = false, Action? onChange = null) =>
        DateTimeInputCore(label, value is { } v ? DateTimes.ToMinute(v) : null, value is { } t ? DateTimes.Show(t) : "null", true,
            min, max, format, step, key, help, disabled, onChange);

    private DateOnly? DateInputCore(string label, DateOnly? value, string given, bool nullable, DateOnly? min, DateOnly? max, string? format,
        string? key, string? help, bool disabled, Action? onChange)
    {
        var anchor = value ?? DateTimes.Today;
        var lo = min ?? (max is { } m && m < anchor ? m : anchor).AddYears(-10);
        var hi = max ?? (lo > anchor ? lo : anchor).AddYears(10);
        if (given == "today" && value is { } today)
        {
            DateTimes.CheckRange<DateOnly>(null, lo, hi, label);
            value = DateTimes.Clamp(today, lo, hi); // today, or the nearest day the range allows
        }

        DateTimes.CheckRange(value, lo, hi, label);
        var shown = DateTimes.CheckFormat(format, label);
        return Widget(new DateInputSpec(label, value, given, lo, hi, min is not null, max is not null, shown, nullable)
        { Key = key, Help = help, Disabled = disabled, OnChange = onChange });
    }

    private TimeOnly? TimeInputCore(string label, TimeOnly? value, string given, bool nullable, TimeSpan? step,
        string? key, string? help, bool disabled, Action? onChange) =>
        Widget(new TimeInputSpec(label, value, given, DateTimes.CheckStep(step, label), nullable)
        { Key = key, Help = help, Disabled = disabled, OnChange = onChange });

    private DateTime? DateTimeInputCore(string label, DateTime? value, string given, bool nullable, DateTime? min, DateTime? max, string? format,
        TimeSpan? step, string? key, string? help, bool disabled, Action? onChange)
    {
        var anchor = value ?? DateTimes.Now;
        DateTime? first = min is { } a ? DateTimes.ToMinute(a) : null;
        DateTime? last = max is { } b ? DateTimes.ToMinute(b) : null;
        var lo = first ?? (last is { } m && m < anchor ? m : anchor).AddYears(-10);
        var hi = last ?? (lo > anchor ? lo : anchor).AddYears(10);
        if (given == "now" && value is { } now)
        {
            DateTimes.CheckRange<DateTime>(null, lo, hi, label);
            value = DateTimes.Clamp(now, lo, hi); // now, or the nearest moment the range allows
        }

        DateTimes.CheckRange(value, lo, hi, label);
        var shown = DateTimes.CheckFormat(format, label);
        return Widget(new DateTimeInputSpec(label, value, given, lo, hi, min is not null, max is not null, shown, DateTimes.CheckStep(step, label), nullable)
        { Key = key, Help = help, Disabled = disabled, OnChange = onChange });
    }
}

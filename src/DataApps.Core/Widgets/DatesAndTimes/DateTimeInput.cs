using DataApps.Widgets;

// Note [Widget files]: the widget's record, verb and spec side by side (see Widgets/WidgetSpec.cs).
namespace DataApps
{
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

    // Note [Three forms] (DateTimes.cs): no value, a value, a nullable value.
    public sealed partial class Ui
    {
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
}

namespace DataApps.Widgets
{
    /// <summary>A date-and-time input: a moment to the minute between min and max, or none when the verb allowed it.</summary>
    internal sealed class DateTimeInputSpec(string label, DateTime? initial, string givenValue, DateTime min, DateTime max, bool minGiven, bool maxGiven,
        string format, TimeSpan step, bool nullable) : WidgetSpec<DateTime?>("date-time-input", label)
    {
        public override DateTime? DefaultValue => initial;

        public override void AddIdentity(ref WidgetIdentity identity)
        {
            identity.Add(givenValue); // Note [Clock defaults]
            identity.Add(minGiven ? DateTimes.Show(min) : null);
            identity.Add(maxGiven ? DateTimes.Show(max) : null);
            identity.Add(step.TotalMinutes);
            identity.Add(nullable);
        }

        public override bool IsValid(DateTime? value) => value is { } v ? v >= min && v <= max : nullable;

        public override DateTime? FromWire(object? wire) => DateTimes.IsNone(wire)
            ? nullable ? null : throw new FormatException($"The date-time input '{Label}' cannot be empty.")
            : DateTimes.Within(DateTimes.ToDateTime(wire), min, max, Kind, Label);

        internal override bool DefaultGiven => initial is not null && givenValue != "now";

        internal override string Refusal(DateTime? value) => value is { } d ? DateTimes.Outside(d, min, max, Kind, Label) : $"The {Noun} '{Label}' cannot be empty";

        public override WidgetElement CreateElement(string widgetId, DateTime? value) =>
            new DateTimeInputElement(widgetId, Label, value, min, max, format, step, nullable) { Help = Help, Disabled = Disabled };
    }
}

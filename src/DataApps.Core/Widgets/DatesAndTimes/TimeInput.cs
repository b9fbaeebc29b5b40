using DataApps.Widgets;

// Note [Widget files]: the widget's record, verb and spec side by side (see Widgets/WidgetSpec.cs).
namespace DataApps
{
    /// <summary>A time field with a clock (<c>ui.TimeInput</c>); the browser sends a <see cref="TimeOnly"/> (or <c>HH:mm</c>), <c>null</c> to clear.</summary>
    /// <param name="WidgetId">The widget's identity.</param>
    /// <param name="Label">The label.</param>
    /// <param name="Value">The time, or <c>null</c> when none is chosen.</param>
    /// <param name="Step">The distance between the times the clock offers.</param>
    /// <param name="Clearable">Whether the user may clear the time (the verb was given <c>value: null</c>).</param>
    public sealed record TimeInputElement(string WidgetId, string Label, TimeOnly? Value, TimeSpan Step, bool Clearable) : WidgetElement(WidgetId, Label);

    // Note [Three forms] (DateTimes.cs): no value, a value, a nullable value.
    public sealed partial class Ui
    {
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

        private TimeOnly? TimeInputCore(string label, TimeOnly? value, string given, bool nullable, TimeSpan? step,
            string? key, string? help, bool disabled, Action? onChange) =>
            Widget(new TimeInputSpec(label, value, given, DateTimes.CheckStep(step, label), nullable)
            { Key = key, Help = help, Disabled = disabled, OnChange = onChange });
    }
}

namespace DataApps.Widgets
{
    /// <summary>A time input: a time of day to the minute, or none when the verb allowed it.</summary>
    internal sealed class TimeInputSpec(string label, TimeOnly? initial, string givenValue, TimeSpan step, bool nullable) : WidgetSpec<TimeOnly?>("time-input", label)
    {
        public override TimeOnly? DefaultValue => initial;

        public override void AddIdentity(ref WidgetIdentity identity)
        {
            identity.Add(givenValue); // Note [Clock defaults]
            identity.Add(step.TotalMinutes);
            identity.Add(nullable);
        }

        public override bool IsValid(TimeOnly? value) => value is not null || nullable;

        public override TimeOnly? FromWire(object? wire) => DateTimes.IsNone(wire)
            ? nullable ? null : throw new FormatException($"The time input '{Label}' cannot be empty.")
            : DateTimes.ToTime(wire);

        internal override bool DefaultGiven => initial is not null && givenValue != "now";

        public override WidgetElement CreateElement(string widgetId, TimeOnly? value) =>
            new TimeInputElement(widgetId, Label, value, step, nullable) { Help = Help, Disabled = Disabled };
    }
}

using DataApps.Widgets;

// Note [Widget files]: the widget's record, verb and spec side by side (see Widgets/WidgetSpec.cs).
namespace DataApps
{
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

    // Note [Three forms] (DateTimes.cs): no value, a value, a nullable value.
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
    }
}

namespace DataApps.Widgets
{
    /// <summary>A date input: a date between min and max, or none when the verb allowed it.</summary>
    internal sealed class DateInputSpec(string label, DateOnly? initial, string givenValue, DateOnly min, DateOnly max, bool minGiven, bool maxGiven,
        string format, bool nullable) : WidgetSpec<DateOnly?>("date-input", label)
    {
        public override DateOnly? DefaultValue => initial;

        public override void AddIdentity(ref WidgetIdentity identity)
        {
            identity.Add(givenValue); // Note [Clock defaults]
            identity.Add(minGiven ? DateTimes.Show(min) : null);
            identity.Add(maxGiven ? DateTimes.Show(max) : null);
            identity.Add(nullable);
        }

        public override bool IsValid(DateOnly? value) => value is { } d ? d >= min && d <= max : nullable;

        public override DateOnly? FromWire(object? wire) => DateTimes.IsNone(wire)
            ? nullable ? null : throw new FormatException($"The date input '{Label}' cannot be empty.")
            : DateTimes.Within(DateTimes.ToDate(wire), min, max, Kind, Label);

        internal override bool DefaultGiven => initial is not null && givenValue != "today";

        internal override string Refusal(DateOnly? value) => value is { } d ? DateTimes.Outside(d, min, max, Kind, Label) : $"The {Noun} '{Label}' cannot be empty";

        public override WidgetElement CreateElement(string widgetId, DateOnly? value) =>
            new DateInputElement(widgetId, Label, value, min, max, format, nullable) { Help = Help, Disabled = Disabled };
    }
}

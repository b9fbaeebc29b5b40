using DataApps.Widgets;

// Note [Widget files]: the widget's record, verb and spec side by side (see Widgets/WidgetSpec.cs).
namespace DataApps
{
    /// <summary>A slider over a list of options (<c>ui.SelectSlider</c>); the browser sends the chosen index, or two indices for a range.</summary>
    /// <param name="WidgetId">The widget's identity.</param>
    /// <param name="Label">The label.</param>
    /// <param name="Options">The formatted options, in slider order.</param>
    /// <param name="Index">The chosen index (the lower end of a range).</param>
    /// <param name="EndIndex">The upper end of a range, or <c>null</c> for a single value.</param>
    public sealed record SelectSliderElement(string WidgetId, string Label, EquatableArray<string> Options, int Index, int? EndIndex) : WidgetElement(WidgetId, Label);

    public sealed partial class Ui
    {
        /// <summary>Shows a slider over a list of options (sizes, months, grades); returns the chosen option.</summary>
        /// <typeparam name="T">The option type.</typeparam>
        /// <param name="label">The label.</param>
        /// <param name="options">The options, in slider order; at least one.</param>
        /// <param name="index">The initially chosen option.</param>
        /// <param name="format">How an option is shown; <c>ToString()</c> by default.</param>
        /// <param name="key">A unique key; makes the identity the key alone.</param>
        /// <param name="help">A tooltip.</param>
        /// <param name="disabled">Show it greyed out.</param>
        /// <param name="onChange">Called before the next run when it changes.</param>
        /// <example><c>var size = ui.SelectSlider("Size", ["S", "M", "L", "XL"], index: 1);</c></example>
        public T SelectSlider<T>(string label, IEnumerable<T> options, int index = 0, Func<T, string>? format = null,
            string? key = null, string? help = null, bool disabled = false, Action? onChange = null)
        {
            var choices = SliderChoices(label, options, format);
            var start = choices.CheckIndex(index, label);
            return Widget(new SelectSliderSpec<T>(label, choices, start) { Key = key, Help = help, Disabled = disabled, OnChange = onChange });
        }

        /// <summary>Shows a slider with two thumbs over a list of options; returns the chosen (low, high) pair, low never after high.</summary>
        /// <remarks>Streamlit's <c>select_slider</c> with a tuple value.</remarks>
        /// <typeparam name="T">The option type.</typeparam>
        /// <param name="label">The label.</param>
        /// <param name="options">The options, in slider order; at least one.</param>
        /// <param name="value">The initial ends; each must be one of <paramref name="options"/> (given in either order).</param>
        /// <param name="format">How an option is shown; <c>ToString()</c> by default.</param>
        /// <param name="key">A unique key; makes the identity the key alone.</param>
        /// <param name="help">A tooltip.</param>
        /// <param name="disabled">Show it greyed out.</param>
        /// <param name="onChange">Called before the next run when it changes.</param>
        /// <example><c>var (from, to) = ui.SelectSlider("Months", months, ("Mar", "Sep"));</c></example>
        public (T Low, T High) SelectSlider<T>(string label, IEnumerable<T> options, (T Low, T High) value, Func<T, string>? format = null,
            string? key = null, string? help = null, bool disabled = false, Action? onChange = null)
        {
            var choices = SliderChoices(label, options, format);
            var a = choices.CheckOption(value.Low, label, nameof(value));
            var b = choices.CheckOption(value.High, label, nameof(value));
            return Widget(new SelectRangeSliderSpec<T>(label, choices, Math.Min(a, b), Math.Max(a, b))
            { Key = key, Help = help, Disabled = disabled, OnChange = onChange });
        }

        private static Choices<T> SliderChoices<T>(string label, IEnumerable<T> options, Func<T, string>? format)
        {
            var choices = new Choices<T>(options, format);
            if (choices.Items.Length == 0)
            {
                throw new ArgumentException($"The select slider '{label}' needs at least one option.", nameof(options));
            }

            return choices;
        }
    }
}

namespace DataApps.Widgets
{
    /// <summary>A select slider: one of the options, chosen on a slider.</summary>
    internal sealed class SelectSliderSpec<T>(string label, Choices<T> choices, int index) : WidgetSpec<T>("select-slider", label), IChoiceSpec<T>
    {
        public Choices<T> Choices => choices;

        public override T DefaultValue => choices.Items[index];

        internal override bool DefaultGiven => index > 0;

        public override void AddIdentity(ref WidgetIdentity identity)
        {
            identity.Add(choices.Labels);
            identity.Add(index);
        }

        public override bool IsValid(T value) => choices.IndexOf(value) >= 0;

        internal override bool TryCarryOver(IWidgetSpec? previous, T value, out T carried) =>
            choices.TryMatch((previous as IChoiceSpec<T>)?.Choices, value, out carried);

        public override T FromWire(object? wire) => choices.At(wire, Kind, Label);

        public override WidgetElement CreateElement(string widgetId, T value) =>
            new SelectSliderElement(widgetId, Label, choices.Labels, choices.IndexOf(value), null) { Help = Help, Disabled = Disabled };
    }

    /// <summary>A select slider with two thumbs: a (low, high) pair of options, low never after high.</summary>
    internal sealed class SelectRangeSliderSpec<T>(string label, Choices<T> choices, int low, int high)
        : WidgetSpec<(T Low, T High)>("select-slider", label), IChoiceSpec<T>
    {
        public Choices<T> Choices => choices;

        public override (T Low, T High) DefaultValue => (choices.Items[low], choices.Items[high]);

        internal override bool DefaultGiven => low != 0 || high != choices.Items.Length - 1;

        public override void AddIdentity(ref WidgetIdentity identity)
        {
            identity.Add(choices.Labels);
            identity.Add(low);
            identity.Add(high);
        }

        public override bool IsValid((T Low, T High) value) =>
            choices.IndexOf(value.Low) is var a and >= 0 && choices.IndexOf(value.High) is var b and >= 0 && a <= b;

        internal override bool TryCarryOver(IWidgetSpec? previous, (T Low, T High) value, out (T Low, T High) carried)
        {
            var before = (previous as IChoiceSpec<T>)?.Choices;
            if (choices.TryMatch(before, value.Low, out var lo) && choices.TryMatch(before, value.High, out var hi) && choices.IndexOf(lo) <= choices.IndexOf(hi))
            {
                carried = (lo, hi);
                return true;
            }

            carried = value;
            return false;
        }

        public override (T Low, T High) FromWire(object? wire)
        {
            var ends = Wire.ToInts(wire).ToArray();
            if (ends.Length != 2)
            {
                throw new FormatException($"The select slider '{Label}' needs two indices, got {ends.Length}.");
            }

            var (a, b) = (Math.Min(ends[0], ends[1]), Math.Max(ends[0], ends[1]));
            return (choices.At(a, Kind, Label), choices.At(b, Kind, Label));
        }

        public override WidgetElement CreateElement(string widgetId, (T Low, T High) value) =>
            new SelectSliderElement(widgetId, Label, choices.Labels, choices.IndexOf(value.Low), choices.IndexOf(value.High)) { Help = Help, Disabled = Disabled };
    }
}

using System.Numerics;
using DataApps.Widgets;

// Note [Widget files]: the widget's record, verb and spec side by side (see Widgets/WidgetSpec.cs).
namespace DataApps
{
    /// <summary>A numeric field with step buttons (<c>ui.NumberInput</c>).</summary>
    /// <param name="WidgetId">The widget's identity.</param>
    /// <param name="Label">The label.</param>
    /// <param name="Value">The current value, or <c>null</c> when the box is empty (the nullable form).</param>
    /// <param name="Min">The smallest value, or <c>null</c>.</param>
    /// <param name="Max">The largest value, or <c>null</c>.</param>
    /// <param name="Step">The step of the buttons.</param>
    /// <param name="Integral">Whether only whole numbers are accepted.</param>
    public sealed record NumberInputElement(string WidgetId, string Label, double? Value, double? Min, double? Max, double Step, bool Integral) : WidgetElement(WidgetId, Label)
    {
        /// <summary>Whether the user may empty the box (the verb was given a nullable value, see NumberInput.Nullable.cs).</summary>
        public bool Clearable { get; init; }

        /// <summary>The text shown while the box is empty, or <c>null</c>.</summary>
        public string? Placeholder { get; init; }
    }

    public sealed partial class Ui
    {
        /// <summary>Shows a numeric field with step buttons; returns its value.</summary>
        /// <typeparam name="T">Any number type.</typeparam>
        /// <param name="label">The label.</param>
        /// <param name="value">The initial value, within <paramref name="min"/> and <paramref name="max"/>; it also fixes <typeparamref name="T"/> (<c>10</c> is an int, <c>0.5</c> a double).</param>
        /// <param name="min">The smallest value accepted.</param>
        /// <param name="max">The largest value accepted.</param>
        /// <param name="step">The step, above zero; 1 for whole numbers, 0.01 otherwise.</param>
        /// <param name="key">A unique key; makes the identity the key alone.</param>
        /// <param name="help">A tooltip.</param>
        /// <param name="disabled">Show it greyed out.</param>
        /// <param name="onChange">Called before the next run when it changes.</param>
        /// <exception cref="ArgumentException"><paramref name="min"/> is above <paramref name="max"/>.</exception>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is outside the bounds, or <paramref name="step"/> is not above zero.</exception>
        /// <example><c>var epochs = ui.NumberInput("Epochs", 10, min: 1, max: 500);</c></example>
        public T NumberInput<T>(string label, T value, T? min = null, T? max = null, T? step = null,
            string? key = null, string? help = null, bool disabled = false, Action? onChange = null)
            where T : struct, INumber<T>
        {
            Numbers<T>.CheckArguments("number input", label, min, max, step);
            Numbers<T>.CheckValue("number input", label, value, min, max);
            var initial = value;
            return Widget(new NumberInputSpec<T>(label, initial, min, max, step ?? Numbers<T>.DefaultStep)
            { Key = key, Help = help, Disabled = disabled, OnChange = onChange });
        }
    }
}

namespace DataApps.Widgets
{
    /// <summary>A number input: a number, optionally bounded.</summary>
    internal sealed class NumberInputSpec<T>(string label, T initial, T? min, T? max, T step) : WidgetSpec<T>("number-input", label)
        where T : struct, INumber<T>
    {
        public override T DefaultValue => initial;

        public override void AddIdentity(ref WidgetIdentity identity)
        {
            identity.Add(min is { } lo ? Numbers<T>.ToDouble(lo) : double.NegativeInfinity);
            identity.Add(max is { } hi ? Numbers<T>.ToDouble(hi) : double.PositiveInfinity);
            identity.Add(Numbers<T>.ToDouble(step));
            identity.Add(Numbers<T>.ToDouble(initial));
        }

        public override bool IsValid(T value) => (min is not { } lo || value >= lo) && (max is not { } hi || value <= hi);

        public override T FromWire(object? wire) => Numbers<T>.FromDouble(Wire.ToDouble(wire), min, max, Kind, Label);

        internal override bool DefaultGiven => initial != (min ?? T.Zero); // Streamlit's default: min, or 0

        internal override string Refusal(T value) => $"The {Noun} '{Label}' refuses {Policies.Show(value)}: it is outside {Numbers<T>.Bounds(min, max)}";

        public override WidgetElement CreateElement(string widgetId, T value) => new NumberInputElement(
            widgetId, Label, Numbers<T>.ToDouble(value),
            min is { } lo ? Numbers<T>.ToDouble(lo) : null, max is { } hi ? Numbers<T>.ToDouble(hi) : null,
            Numbers<T>.ToDouble(step), Numbers<T>.Integral)
        { Help = Help, Disabled = Disabled };
    }
}

using System.Numerics;
using DataApps.Widgets;

// Note [Widget files]: the widget's record, verb and spec side by side (see Widgets/WidgetSpec.cs).
namespace DataApps
{
    /// <summary>A slider over a numeric range (<c>ui.Slider</c>); numbers travel as <see cref="double"/>.</summary>
    /// <param name="WidgetId">The widget's identity.</param>
    /// <param name="Label">The label.</param>
    /// <param name="Value">The current value.</param>
    /// <param name="Min">The smallest value.</param>
    /// <param name="Max">The largest value.</param>
    /// <param name="Step">The distance between two values.</param>
    public sealed record SliderElement(string WidgetId, string Label, double Value, double Min, double Max, double Step) : WidgetElement(WidgetId, Label);

    public sealed partial class Ui
    {
        /// <summary>Shows a slider; returns its value.</summary>
        /// <typeparam name="T">Any number type: <c>int</c>, <c>double</c>, <c>decimal</c>, …</typeparam>
        /// <param name="label">The label.</param>
        /// <param name="min">The smallest value.</param>
        /// <param name="max">The largest value.</param>
        /// <param name="value">The initial value, between <paramref name="min"/> and <paramref name="max"/>; <paramref name="min"/> by default.</param>
        /// <param name="step">The step, above zero; 1 for whole numbers, 0.01 otherwise.</param>
        /// <param name="key">A unique key; makes the identity the key alone.</param>
        /// <param name="help">A tooltip.</param>
        /// <param name="disabled">Show it greyed out.</param>
        /// <param name="onChange">Called before the next run when it changes.</param>
        /// <exception cref="ArgumentException"><paramref name="min"/> is above <paramref name="max"/>.</exception>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is outside the range, or <paramref name="step"/> is not above zero.</exception>
        /// <example><c>int year = ui.Slider("Year", 2015, 2024, 2024);</c></example>
        public T Slider<T>(string label, T min, T max, T? value = null, T? step = null,
            string? key = null, string? help = null, bool disabled = false, Action? onChange = null)
            where T : struct, INumber<T>
        {
            Numbers<T>.CheckArguments("slider", label, min, max, step);
            var initial = value ?? min;
            Numbers<T>.CheckValue("slider", label, initial, min, max);
            return Widget(new SliderSpec<T>(label, min, max, initial, step ?? Numbers<T>.DefaultStep)
            { Key = key, Help = help, Disabled = disabled, OnChange = onChange });
        }
    }
}

namespace DataApps.Widgets
{
    /// <summary>A slider: one number between min and max.</summary>
    internal sealed class SliderSpec<T>(string label, T min, T max, T initial, T step) : WidgetSpec<T>("slider", label)
        where T : struct, INumber<T>
    {
        public override T DefaultValue => initial;

        public override void AddIdentity(ref WidgetIdentity identity)
        {
            identity.Add(Numbers<T>.ToDouble(min));
            identity.Add(Numbers<T>.ToDouble(max));
            identity.Add(Numbers<T>.ToDouble(step));
            identity.Add(Numbers<T>.ToDouble(initial));
        }

        public override bool IsValid(T value) => value >= min && value <= max;

        public override T FromWire(object? wire) => Numbers<T>.FromDouble(Wire.ToDouble(wire), min, max, Kind, Label);

        internal override bool DefaultGiven => initial != min;

        internal override string Refusal(T value) => $"The {Noun} '{Label}' refuses {Policies.Show(value)}: it is outside {Numbers<T>.Bounds(min, max)}";

        public override WidgetElement CreateElement(string widgetId, T value) => new SliderElement(
            widgetId, Label, Numbers<T>.ToDouble(value), Numbers<T>.ToDouble(min), Numbers<T>.ToDouble(max), Numbers<T>.ToDouble(step))
        { Help = Help, Disabled = Disabled };
    }
}

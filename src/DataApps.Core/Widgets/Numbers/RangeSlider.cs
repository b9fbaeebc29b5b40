using System.Numerics;
using DataApps.Widgets;

// Note [Widget files]: the widget's record, verb and spec side by side (see Widgets/WidgetSpec.cs).
namespace DataApps
{
    /// <summary>A slider with two thumbs selecting a range (<c>ui.RangeSlider</c>).</summary>
    /// <param name="WidgetId">The widget's identity.</param>
    /// <param name="Label">The label.</param>
    /// <param name="Low">The lower end of the selection.</param>
    /// <param name="High">The upper end of the selection.</param>
    /// <param name="Min">The smallest value.</param>
    /// <param name="Max">The largest value.</param>
    /// <param name="Step">The distance between two values.</param>
    public sealed record RangeSliderElement(string WidgetId, string Label, double Low, double High, double Min, double Max, double Step) : WidgetElement(WidgetId, Label);

    public sealed partial class Ui
    {
        /// <summary>Shows a slider with two thumbs; returns the selected range.</summary>
        /// <typeparam name="T">Any number type.</typeparam>
        /// <param name="label">The label.</param>
        /// <param name="min">The smallest value.</param>
        /// <param name="max">The largest value.</param>
        /// <param name="value">The initial range, inside [<paramref name="min"/>, <paramref name="max"/>] (its ends in either order); the whole range by default.</param>
        /// <param name="step">The step, above zero; 1 for whole numbers, 0.01 otherwise.</param>
        /// <param name="key">A unique key; makes the identity the key alone.</param>
        /// <param name="help">A tooltip.</param>
        /// <param name="disabled">Show it greyed out.</param>
        /// <param name="onChange">Called before the next run when it changes.</param>
        /// <exception cref="ArgumentException"><paramref name="min"/> is above <paramref name="max"/>.</exception>
        /// <exception cref="ArgumentOutOfRangeException">An end of <paramref name="value"/> is outside the range, or <paramref name="step"/> is not above zero.</exception>
        /// <example><c>var (lo, hi) = ui.RangeSlider("Mass (g)", 2500, 6500);</c></example>
        public (T Low, T High) RangeSlider<T>(string label, T min, T max, (T Low, T High)? value = null, T? step = null,
            string? key = null, string? help = null, bool disabled = false, Action? onChange = null)
            where T : struct, INumber<T>
        {
            Numbers<T>.CheckArguments("range slider", label, min, max, step);
            var (low, high) = value ?? (min, max);
            var initial = (T.Min(low, high), T.Max(low, high));
            Numbers<T>.CheckValue("range slider", label, initial.Item1, min, max);
            Numbers<T>.CheckValue("range slider", label, initial.Item2, min, max);
            return Widget(new RangeSliderSpec<T>(label, min, max, initial, step ?? Numbers<T>.DefaultStep)
            { Key = key, Help = help, Disabled = disabled, OnChange = onChange });
        }
    }
}

namespace DataApps.Widgets
{
    /// <summary>A range slider: a (low, high) pair between min and max.</summary>
    internal sealed class RangeSliderSpec<T>(string label, T min, T max, (T Low, T High) initial, T step)
        : WidgetSpec<(T Low, T High)>("range-slider", label)
        where T : struct, INumber<T>
    {
        public override (T Low, T High) DefaultValue => initial;

        public override void AddIdentity(ref WidgetIdentity identity)
        {
            identity.Add(Numbers<T>.ToDouble(min));
            identity.Add(Numbers<T>.ToDouble(max));
            identity.Add(Numbers<T>.ToDouble(step));
            identity.Add(Numbers<T>.ToDouble(initial.Low));
            identity.Add(Numbers<T>.ToDouble(initial.High));
        }

        public override bool IsValid((T Low, T High) value) => value.Low >= min && value.High <= max && value.Low <= value.High;

        public override (T Low, T High) FromWire(object? wire)
        {
            var ends = wire switch
            {
                ValueTuple<double, double> pair => [pair.Item1, pair.Item2],
                System.Collections.IEnumerable items and not string => items.Cast<object?>().Select(Wire.ToDouble).ToArray(),
                _ => throw new FormatException($"The range slider '{Label}' needs two numbers."),
            };
            if (ends.Length != 2)
            {
                throw new FormatException($"The range slider '{Label}' needs two numbers, got {ends.Length}.");
            }

            var low = Numbers<T>.FromDouble(Math.Min(ends[0], ends[1]), min, max, Kind, Label);
            var high = Numbers<T>.FromDouble(Math.Max(ends[0], ends[1]), min, max, Kind, Label);
            return (low, high);
        }

        internal override bool DefaultGiven => initial != (min, max);

        internal override string Refusal((T Low, T High) value) =>
            $"The {Noun} '{Label}' refuses ({Policies.Show(value.Low)}, {Policies.Show(value.High)}): both ends must lie in {Numbers<T>.Bounds(min, max)}, low first";

        public override WidgetElement CreateElement(string widgetId, (T Low, T High) value) => new RangeSliderElement(
            widgetId, Label, Numbers<T>.ToDouble(value.Low), Numbers<T>.ToDouble(value.High),
            Numbers<T>.ToDouble(min), Numbers<T>.ToDouble(max), Numbers<T>.ToDouble(step))
        { Help = Help, Disabled = Disabled };
    }
}

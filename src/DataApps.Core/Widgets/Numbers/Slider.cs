using System.Numerics;
using DataApps.Widgets;

namespace DataApps;

public sealed partial class Ui
{
    /// <summary>Shows a slider; returns its value.</summary>
    /// <typeparam name="T">Any number type: <c>int</c>, <c>double</c>, <c>decimal</c>, …</typeparam>
    /// <param name="label">The label.</param>
    /// <param name="min">The smallest value.</param>
    /// <param name="max">The largest value.</param>
    /// <param name="value">The initial value; <paramref name="min"/> by default.</param>
    /// <param name="step">The step; 1 for whole numbers, 0.01 otherwise.</param>
    /// <param name="key">A unique key; makes the identity the key alone.</param>
    /// <param name="help">A tooltip.</param>
    /// <param name="disabled">Show it greyed out.</param>
    /// <param name="onChange">Called before the next run when it changes.</param>
    /// <example><c>int year = ui.Slider("Year", 2015, 2024, 2024);</c></example>
    public T Slider<T>(string label, T min, T max, T? value = null, T? step = null,
        string? key = null, string? help = null, bool disabled = false, Action? onChange = null)
        where T : struct, INumber<T>
    {
        Numbers<T>.CheckRange(min, max, label);
        var initial = T.Clamp(value ?? min, min, max);
        return Widget(new SliderSpec<T>(label, min, max, initial, step ?? Numbers<T>.DefaultStep)
        { Key = key, Help = help, Disabled = disabled, OnChange = onChange });
    }

    /// <summary>Shows a slider with two thumbs; returns the selected range.</summary>
    /// <typeparam name="T">Any number type.</typeparam>
    /// <param name="label">The label.</param>
    /// <param name="min">The smallest value.</param>
    /// <param name="max">The largest value.</param>
    /// <param name="value">The initial range; the whole range by default.</param>
    /// <param name="step">The step; 1 for whole numbers, 0.01 otherwise.</param>
    /// <param name="key">A unique key; makes the identity the key alone.</param>
    /// <param name="help">A tooltip.</param>
    /// <param name="disabled">Show it greyed out.</param>
    /// <param name="onChange">Called before the next run when it changes.</param>
    /// <example><c>var (lo, hi) = ui.RangeSlider("Mass (g)", 2500, 6500);</c></example>
    public (T Low, T High) RangeSlider<T>(string label, T min, T max, (T Low, T High)? value = null, T? step = null,
        string? key = null, string? help = null, bool disabled = false, Action? onChange = null)
        where T : struct, INumber<T>
    {
        Numbers<T>.CheckRange(min, max, label);
        var (low, high) = value ?? (min, max);
        var initial = (T.Clamp(T.Min(low, high), min, max), T.Clamp(T.Max(low, high), min, max));
        return Widget(new RangeSliderSpec<T>(label, min, max, initial, step ?? Numbers<T>.DefaultStep)
        { Key = key, Help = help, Disabled = disabled, OnChange = onChange });
    }

    /// <summary>Shows a numeric field with step buttons; returns its value.</summary>
    /// <typeparam name="T">Any number type.</typeparam>
    /// <param name="label">The label.</param>
    /// <param name="value">The initial value; it also fixes <typeparamref name="T"/> (<c>10</c> is an int, <c>0.5</c> a double).</param>
    /// <param name="min">The smallest value accepted.</param>
    /// <param name="max">The largest value accepted.</param>
    /// <param name="step">The step; 1 for whole numbers, 0.01 otherwise.</param>
    /// <param name="key">A unique key; makes the identity the key alone.</param>
    /// <param name="help">A tooltip.</param>
    /// <param name="disabled">Show it greyed out.</param>
    /// <param name="onChange">Called before the next run when it changes.</param>
    /// <example><c>var epochs = ui.NumberInput("Epochs", 10, min: 1, max: 500);</c></example>
    public T NumberInput<T>(string label, T value, T? min = null, T? max = null, T? step = null,
        string? key = null, string? help = null, bool disabled = false, Action? onChange = null)
        where T : struct, INumber<T>
    {
        if (min is { } lo && max is { } hi)
        {
            Numbers<T>.CheckRange(lo, hi, label);
        }

        var initial = min is { } low && value < low ? low : max is { } high && value > high ? high : value;
        return Widget(new NumberInputSpec<T>(label, initial, min, max, step ?? Numbers<T>.DefaultStep)
        { Key = key, Help = help, Disabled = disabled, OnChange = onChange });
    }
}

using System.Numerics;

namespace DataApps.Widgets;

/// <summary>What numeric widgets share: conversion between <typeparamref name="T"/> and the doubles the browser uses.</summary>
internal static class Numbers<T>
    where T : struct, INumber<T>
{
    /// <summary>Whether <typeparamref name="T"/> holds only whole numbers (1/2 is 0).</summary>
    public static readonly bool Integral = T.IsInteger(T.One / (T.One + T.One));

    public static T DefaultStep => Integral ? T.One : T.CreateChecked(0.01);

    public static double ToDouble(T value) => double.CreateChecked(value);

    public static T FromDouble(double value, T? min, T? max)
    {
        if (double.IsNaN(value))
        {
            throw new FormatException("The value is not a number.");
        }

        // Half away from zero, as people (and the browser's Math.round for positives) round: 2.5 is 3, not the banker's 2.
        var typed = T.CreateSaturating(Integral ? Math.Round(value, MidpointRounding.AwayFromZero) : value);
        if (min is { } lo && typed < lo)
        {
            typed = lo;
        }

        if (max is { } hi && typed > hi)
        {
            typed = hi;
        }

        return typed;
    }

    public static void CheckRange(T min, T max, string label)
    {
        if (min > max)
        {
            throw new ArgumentException($"The slider '{label}' has min {min} above max {max}.");
        }
    }
}

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

    public override T FromWire(object? wire) => Numbers<T>.FromDouble(Wire.ToDouble(wire), min, max);

    public override WidgetElement CreateElement(string widgetId, T value) => new SliderElement(
        widgetId, Label, Numbers<T>.ToDouble(value), Numbers<T>.ToDouble(min), Numbers<T>.ToDouble(max), Numbers<T>.ToDouble(step))
    { Help = Help, Disabled = Disabled };
}

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

        var low = Numbers<T>.FromDouble(Math.Min(ends[0], ends[1]), min, max);
        var high = Numbers<T>.FromDouble(Math.Max(ends[0], ends[1]), min, max);
        return (low, high);
    }

    public override WidgetElement CreateElement(string widgetId, (T Low, T High) value) => new RangeSliderElement(
        widgetId, Label, Numbers<T>.ToDouble(value.Low), Numbers<T>.ToDouble(value.High),
        Numbers<T>.ToDouble(min), Numbers<T>.ToDouble(max), Numbers<T>.ToDouble(step))
    { Help = Help, Disabled = Disabled };
}

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

    public override T FromWire(object? wire) => Numbers<T>.FromDouble(Wire.ToDouble(wire), min, max);

    public override WidgetElement CreateElement(string widgetId, T value) => new NumberInputElement(
        widgetId, Label, Numbers<T>.ToDouble(value),
        min is { } lo ? Numbers<T>.ToDouble(lo) : null, max is { } hi ? Numbers<T>.ToDouble(hi) : null,
        Numbers<T>.ToDouble(step), Numbers<T>.Integral)
    { Help = Help, Disabled = Disabled };
}

using System.Numerics;

namespace DataApps.Widgets;

/// <summary>What numeric widgets share: conversion between <typeparamref name="T"/> and the doubles the browser uses, and their argument rules.</summary>
internal static class Numbers<T>
    where T : struct, INumber<T>
{
    /// <summary>Whether <typeparamref name="T"/> holds only whole numbers (1/2 is 0).</summary>
    public static readonly bool Integral = T.IsInteger(T.One / (T.One + T.One));

    public static T DefaultStep => Integral ? T.One : T.CreateChecked(0.01);

    public static double ToDouble(T value) => double.CreateChecked(value);

    /// <summary>
    /// Reads a number the browser sent; a value outside [<paramref name="min"/>, <paramref name="max"/>] (or outside
    /// <typeparamref name="T"/>) is refused with <see cref="FormatException"/>, never clamped (Note [Refused values]).
    /// </summary>
    public static T FromDouble(double value, T? min, T? max, string kind, string label)
    {
        if (!double.IsFinite(value))
        {
            throw new FormatException($"The {kind.Replace('-', ' ')} '{label}' takes a finite number, not {value}.");
        }

        // Half away from zero, as people (and the browser's Math.round for positives) round: 2.5 is 3, not the banker's 2.
        var rounded = Integral ? Math.Round(value, MidpointRounding.AwayFromZero) : value;
        T typed;
        try
        {
            typed = T.CreateChecked(rounded);
        }
        catch (OverflowException)
        {
            throw new FormatException($"The {kind.Replace('-', ' ')} '{label}' refuses {Show(value)}: it does not fit a {Runtime.TypeNames.Of(typeof(T))}.");
        }

        if ((min is { } lo && typed < lo) || (max is { } hi && typed > hi))
        {
            throw new FormatException($"The {kind.Replace('-', ' ')} '{label}' refuses {Show(value)}: it is outside {Bounds(min, max)}.");
        }

        return typed;
    }

    /// <summary>The verb's arguments: min not above max, a step above zero.</summary>
    public static void CheckArguments(string kind, string label, T? min, T? max, T? step)
    {
        if (min is { } lo && max is { } hi && lo > hi)
        {
            throw new ArgumentException($"The {kind.Replace('-', ' ')} '{label}' has min {Show(lo)} above max {Show(hi)}: pass min ≤ max.", nameof(min));
        }

        if (step is { } s && s <= T.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(step), s, $"The {kind.Replace('-', ' ')} '{label}' has step {Show(s)}: the step must be above zero.");
        }
    }

    /// <summary>A value the verb was given must lie in [<paramref name="min"/>, <paramref name="max"/>] (Streamlit's rule; no clamping).</summary>
    public static void CheckValue(string kind, string label, T value, T? min, T? max, string parameter = "value")
    {
        if ((min is { } lo && value < lo) || (max is { } hi && value > hi))
        {
            throw new ArgumentOutOfRangeException(parameter, value,
                $"The {kind.Replace('-', ' ')} '{label}' was given {parameter} {Show(value)}, outside {Bounds(min, max)}: pass a {parameter} between min and max.");
        }
    }

    /// <summary>What a refusal names as the widget's range: "[0, 10]", "≥ 1", "≤ 5".</summary>
    public static string Bounds(T? min, T? max) => (min, max) switch
    {
        ({ } lo, { } hi) => $"its range [{Show(lo)}, {Show(hi)}]",
        ({ } lo, null) => $"its range (at least {Show(lo)})",
        (null, { } hi) => $"its range (at most {Show(hi)})",
        _ => "its range",
    };

    private static string Show<TNumber>(TNumber value)
        where TNumber : IFormattable => value.ToString(null, System.Globalization.CultureInfo.InvariantCulture);
}

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

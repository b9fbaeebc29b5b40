namespace DataApps.Testing;

/// <summary>A date, time or date-and-time input: set a value the picker offers, or clear one that may be empty.</summary>
/// <typeparam name="TElement">The widget's element type.</typeparam>
/// <typeparam name="TValue"><see cref="DateOnly"/>, <see cref="TimeOnly"/> or <see cref="DateTime"/>.</typeparam>
public sealed class TemporalHandle<TElement, TValue> : WidgetHandle<TElement>
    where TElement : WidgetElement
    where TValue : struct, IComparable<TValue>
{
    private readonly Func<TElement, TValue?> _value;
    private readonly Func<TElement, bool> _clearable;
    private readonly Func<TElement, TValue?> _min;
    private readonly Func<TElement, TValue?> _max;

    internal TemporalHandle(AppTest app, TElement element, Func<TElement, TValue?> value, Func<TElement, bool> clearable,
        Func<TElement, TValue?> min, Func<TElement, TValue?> max)
        : base(app, element)
    {
        _value = value;
        _clearable = clearable;
        _min = min;
        _max = max;
    }

    /// <summary>The value the last run showed, or <c>null</c> when empty.</summary>
    public TValue? Value => _value(Element);

    /// <summary>The earliest value the picker offers, or <c>null</c> (time inputs).</summary>
    public TValue? Min => _min(Element);

    /// <summary>The latest value the picker offers, or <c>null</c> (time inputs).</summary>
    public TValue? Max => _max(Element);

    /// <summary>Whether the user may clear the value (the verb was given <c>value: null</c>).</summary>
    public bool Clearable => _clearable(Element);

    /// <summary>Picks a value as a user would; it applies on the next run.</summary>
    /// <param name="value">The value; <c>null</c> clears a clearable input.</param>
    /// <returns>The test, to chain <c>RunAsync</c>.</returns>
    /// <exception cref="InvalidOperationException"><paramref name="value"/> is <c>null</c> and the input cannot be cleared.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The picker does not offer <paramref name="value"/> (before min or after max).</exception>
    public AppTest SetValue(TValue? value)
    {
        if (value is not { } v)
        {
            if (!Clearable)
            {
                throw new InvalidOperationException($"'{Label}' cannot be cleared; only an input created with value: null can.");
            }
        }
        else if (Min is { } lo && Max is { } hi && (v.CompareTo(lo) < 0 || v.CompareTo(hi) > 0))
        {
            throw new ArgumentOutOfRangeException(nameof(value), v, $"'{Label}' offers only {Widgets.DateTimes.Show(lo)} to {Widgets.DateTimes.Show(hi)}.");
        }

        Send(value);
        return App;
    }
}

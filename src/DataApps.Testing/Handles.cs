namespace DataApps.Testing;

/// <summary>A widget found in the last run of an <see cref="AppTest"/>.</summary>
/// <typeparam name="TElement">The widget's element type.</typeparam>
public abstract class WidgetHandle<TElement>
    where TElement : WidgetElement
{
    private protected WidgetHandle(AppTest app, TElement element)
    {
        App = app;
        Element = element;
    }

    /// <summary>The widget's element as the last run produced it.</summary>
    public TElement Element { get; }

    /// <summary>The widget's label.</summary>
    public string Label => Element.Label;

    /// <summary>Whether the widget is disabled.</summary>
    public bool Disabled => Element.Disabled;

    private protected AppTest App { get; }

    /// <summary>
    /// Sends a value as the widget's renderer would. A value the widget refuses (outside its range, not one of its options) throws
    /// here, naming the widget, the value and what it takes, so a test that sets it fails loudly; the browser's renderer cannot
    /// send it either. <see cref="AppTest.SetWidgetValue"/> sends any value, to test the server's refusal.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The widget refuses <paramref name="wire"/>.</exception>
    private protected void Send(object? wire, bool check = true)
    {
        if (Element.Disabled)
        {
            throw new InvalidOperationException($"'{Element.Label}' is disabled; a user could not change it.");
        }

        if (check && App.RefusalOf(Element.WidgetId, wire) is { } refusal)
        {
            throw new ArgumentOutOfRangeException("value", wire, $"{refusal.TrimEnd('.')}. A user could not set it; AppTest.SetWidgetValue sends it anyway, to test the refusal.");
        }

        App.SetWidgetValue(Element.WidgetId, wire);
    }
}

/// <summary>A widget whose value is set directly (checkbox, slider, text, number).</summary>
/// <typeparam name="TElement">The widget's element type.</typeparam>
/// <typeparam name="TValue">The value as the browser sends it.</typeparam>
public sealed class ValueHandle<TElement, TValue> : WidgetHandle<TElement>
    where TElement : WidgetElement
{
    private readonly Func<TElement, TValue> _read;

    internal ValueHandle(AppTest app, TElement element, Func<TElement, TValue> read)
        : base(app, element) => _read = read;

    /// <summary>The value the last run showed.</summary>
    public TValue Value => _read(Element);

    /// <summary>Sets the value as a user would; it applies on the next run.</summary>
    /// <param name="value">The new value.</param>
    /// <returns>The test, to chain <c>RunAsync</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The widget refuses <paramref name="value"/> (outside its range, over its length).</exception>
    public AppTest SetValue(TValue value)
    {
        Send(value is ValueTuple<double, double> range ? new[] { range.Item1, range.Item2 } : value);
        return App;
    }
}

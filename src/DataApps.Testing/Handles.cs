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

    private protected void Send(object? wire)
    {
        if (Element.Disabled)
        {
            throw new InvalidOperationException($"'{Element.Label}' is disabled; a user could not change it.");
        }

        App.SetWidgetValue(Element.WidgetId, wire);
    }
}

/// <summary>A button: <see cref="Click"/> it, then run.</summary>
public sealed class ButtonHandle : WidgetHandle<ButtonElement>
{
    internal ButtonHandle(AppTest app, ButtonElement element)
        : base(app, element)
    {
    }

    /// <summary>Clicks the button: it returns true in the next run.</summary>
    /// <returns>The test, to chain <c>RunAsync</c>.</returns>
    public AppTest Click()
    {
        if (Element.Disabled)
        {
            throw new InvalidOperationException($"'{Element.Label}' is disabled; a user could not click it.");
        }

        App.Click(Element.WidgetId);
        return App;
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
    public AppTest SetValue(TValue value)
    {
        Send(value is ValueTuple<double, double> range ? new[] { range.Item1, range.Item2 } : value);
        return App;
    }
}

/// <summary>A widget with options (radio, select box), set by the shown option text.</summary>
/// <typeparam name="TElement">The widget's element type.</typeparam>
public sealed class OptionHandle<TElement> : WidgetHandle<TElement>
    where TElement : WidgetElement
{
    private readonly Func<TElement, EquatableArray<string>> _options;
    private readonly Func<TElement, int> _index;

    internal OptionHandle(AppTest app, TElement element, Func<TElement, EquatableArray<string>> options, Func<TElement, int> index)
        : base(app, element)
    {
        _options = options;
        _index = index;
    }

    /// <summary>The shown option texts.</summary>
    public IReadOnlyList<string> Options => _options(Element);

    /// <summary>The shown text of the chosen option, or <c>null</c>.</summary>
    public string? Value => _index(Element) is var i and >= 0 ? Options[i] : null;

    /// <summary>Chooses the option shown as <paramref name="option"/>; it applies on the next run.</summary>
    /// <param name="option">The option text.</param>
    /// <returns>The test, to chain <c>RunAsync</c>.</returns>
    public AppTest SetValue(string option)
    {
        Send(IndexOf(Options, option, Label));
        return App;
    }

    internal static int IndexOf(IReadOnlyList<string> options, string option, string label)
    {
        for (var i = 0; i < options.Count; i++)
        {
            if (options[i] == option)
            {
                return i;
            }
        }

        throw new ArgumentException($"'{label}' has no option '{option}'. Options: {string.Join(", ", options)}.", nameof(option));
    }
}

/// <summary>A multi-select, set by the shown option texts.</summary>
public sealed class MultiSelectHandle : WidgetHandle<MultiSelectElement>
{
    internal MultiSelectHandle(AppTest app, MultiSelectElement element)
        : base(app, element)
    {
    }

    /// <summary>The shown option texts.</summary>
    public IReadOnlyList<string> Options => Element.Options;

    /// <summary>The shown texts of the chosen options.</summary>
    public IReadOnlyList<string> Value => [.. Element.Indices.Select(i => Element.Options[i])];

    /// <summary>Chooses exactly these options; it applies on the next run.</summary>
    /// <param name="options">The option texts.</param>
    /// <returns>The test, to chain <c>RunAsync</c>.</returns>
    public AppTest SetValue(params string[] options)
    {
        Send(options.Select(o => OptionHandle<MultiSelectElement>.IndexOf(Options, o, Label)).ToArray());
        return App;
    }
}

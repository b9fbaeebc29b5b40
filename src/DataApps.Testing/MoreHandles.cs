namespace DataApps.Testing;

/// <summary>A select slider, set by the shown option texts: one for a single slider, two for a range.</summary>
public sealed class SelectSliderHandle : WidgetHandle<SelectSliderElement>
{
    internal SelectSliderHandle(AppTest app, SelectSliderElement element)
        : base(app, element)
    {
    }

    /// <summary>The shown option texts, in slider order.</summary>
    public IReadOnlyList<string> Options => Element.Options;

    /// <summary>Whether the slider has two thumbs.</summary>
    public bool IsRange => Element.EndIndex is not null;

    /// <summary>The shown text of the chosen option (the lower end of a range).</summary>
    public string Value => Options[Element.Index];

    /// <summary>The shown texts of both ends of a range.</summary>
    /// <exception cref="InvalidOperationException">The slider has one thumb.</exception>
    public (string Low, string High) Range => Element.EndIndex is { } end
        ? (Options[Element.Index], Options[end])
        : throw new InvalidOperationException($"'{Label}' has one thumb; read Value.");

    /// <summary>Moves the thumb to the option shown as <paramref name="option"/>; it applies on the next run.</summary>
    /// <param name="option">The option text.</param>
    /// <returns>The test, to chain <c>RunAsync</c>.</returns>
    public AppTest SetValue(string option)
    {
        if (IsRange)
        {
            throw new InvalidOperationException($"'{Label}' is a range; pass both ends.");
        }

        Send(OptionHandle<SelectSliderElement>.IndexOf(Options, option, Label));
        return App;
    }

    /// <summary>Moves both thumbs of a range (in either order); it applies on the next run.</summary>
    /// <param name="low">One end's option text.</param>
    /// <param name="high">The other end's option text.</param>
    /// <returns>The test, to chain <c>RunAsync</c>.</returns>
    public AppTest SetValue(string low, string high)
    {
        if (!IsRange)
        {
            throw new InvalidOperationException($"'{Label}' has one thumb; pass one option.");
        }

        Send(new[] { OptionHandle<SelectSliderElement>.IndexOf(Options, low, Label), OptionHandle<SelectSliderElement>.IndexOf(Options, high, Label) });
        return App;
    }
}

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

/// <summary>A colour picker, set to a colour as <c>#rrggbb</c> or <c>#rgb</c>.</summary>
public sealed class ColorPickerHandle : WidgetHandle<ColorPickerElement>
{
    internal ColorPickerHandle(AppTest app, ColorPickerElement element)
        : base(app, element)
    {
    }

    /// <summary>The colour the last run showed, lower-case <c>#rrggbb</c>.</summary>
    public string Value => Element.Value;

    /// <summary>Picks a colour; it applies on the next run.</summary>
    /// <param name="color">The colour as <c>#rrggbb</c> or <c>#rgb</c>.</param>
    /// <returns>The test, to chain <c>RunAsync</c>.</returns>
    /// <exception cref="ArgumentException"><paramref name="color"/> is not a hex colour.</exception>
    public AppTest SetValue(string color)
    {
        if (!Widgets.ColorPickerSpec.TryNormalize(color, out var normal))
        {
            throw new ArgumentException($"'{color}' is not a colour the picker can give; write it as #rrggbb.", nameof(color));
        }

        Send(normal);
        return App;
    }
}

/// <summary>Pills or a segmented control, single or multi: set or click options by their shown text.</summary>
/// <typeparam name="TElement"><see cref="PillsElement"/> or <see cref="SegmentedControlElement"/>.</typeparam>
public sealed class ButtonGroupHandle<TElement> : WidgetHandle<TElement>
    where TElement : WidgetElement
{
    private readonly Func<TElement, EquatableArray<string>> _options;
    private readonly Func<TElement, EquatableArray<int>> _indices;
    private readonly Func<TElement, bool> _multi;

    internal ButtonGroupHandle(AppTest app, TElement element, Func<TElement, EquatableArray<string>> options, Func<TElement, EquatableArray<int>> indices,
        Func<TElement, bool> multi)
        : base(app, element)
    {
        _options = options;
        _indices = indices;
        _multi = multi;
    }

    /// <summary>The shown option texts.</summary>
    public IReadOnlyList<string> Options => _options(Element);

    /// <summary>Whether several options can be chosen.</summary>
    public bool Multi => _multi(Element);

    /// <summary>The shown texts of the chosen options, in option order (at most one unless <see cref="Multi"/>).</summary>
    public IReadOnlyList<string> Value => [.. _indices(Element).Select(i => Options[i])];

    /// <summary>Chooses exactly these options (none clears a single choice); it applies on the next run.</summary>
    /// <param name="options">The option texts.</param>
    /// <returns>The test, to chain <c>RunAsync</c>.</returns>
    public AppTest SetValue(params string[] options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var indices = options.Select(o => OptionHandle<TElement>.IndexOf(Options, o, Label)).ToArray();
        if (!Multi && indices.Length > 1)
        {
            throw new ArgumentException($"'{Label}' takes one option at a time.", nameof(options));
        }

        Send(Multi ? indices : indices.Length == 1 ? indices[0] : -1);
        return App;
    }

    /// <summary>Clicks the option as a user would: chooses it, or takes it back when it is chosen; it applies on the next run.</summary>
    /// <param name="option">The option text.</param>
    /// <returns>The test, to chain <c>RunAsync</c>.</returns>
    public AppTest Click(string option)
    {
        var index = OptionHandle<TElement>.IndexOf(Options, option, Label);
        var chosen = _indices(Element);
        var was = chosen.Contains(index);
        if (Multi)
        {
            Send(was ? chosen.Where(i => i != index).ToArray() : chosen.Append(index).Order().ToArray());
        }
        else
        {
            Send(was ? -1 : index);
        }

        return App;
    }
}

/// <summary>A feedback widget: set or click a position (0 = thumbs down, saddest face, one star).</summary>
public sealed class FeedbackHandle : WidgetHandle<FeedbackElement>
{
    internal FeedbackHandle(AppTest app, FeedbackElement element)
        : base(app, element)
    {
    }

    /// <summary>Which icons are shown.</summary>
    public FeedbackOptions Options => Element.Options;

    /// <summary>The chosen position, or <c>null</c>.</summary>
    public int? Value => Element.Value;

    /// <summary>Chooses a position, or none; it applies on the next run.</summary>
    /// <param name="value">The position, or <c>null</c>.</param>
    /// <returns>The test, to chain <c>RunAsync</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The widget has no such position.</exception>
    public AppTest SetValue(int? value)
    {
        var count = Options == FeedbackOptions.Thumbs ? 2 : 5;
        if (value is { } v && (v < 0 || v >= count))
        {
            throw new ArgumentOutOfRangeException(nameof(value), v, $"{Options} feedback has positions 0 to {count - 1}.");
        }

        Send(value);
        return App;
    }

    /// <summary>Clicks the icon at <paramref name="position"/>: chooses it, or takes it back when it is chosen.</summary>
    /// <param name="position">The position.</param>
    /// <returns>The test, to chain <c>RunAsync</c>.</returns>
    public AppTest Click(int position) => SetValue(Value == position ? null : position);
}

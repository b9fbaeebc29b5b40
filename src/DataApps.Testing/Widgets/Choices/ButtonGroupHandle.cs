namespace DataApps.Testing;

public sealed partial class AppTest
{
    /// <summary>The radio group with this label or key; values are the shown option texts.</summary>
    /// <param name="labelOrKey">The label, or the key given to the verb.</param>
    public OptionHandle<RadioElement> Radio(string labelOrKey) => new(this, Find<RadioElement>(labelOrKey), e => e.Options, e => e.Index);

    /// <summary>The select box with this label or key; values are the shown option texts.</summary>
    /// <param name="labelOrKey">The label, or the key given to the verb.</param>
    public OptionHandle<SelectBoxElement> SelectBox(string labelOrKey) => new(this, Find<SelectBoxElement>(labelOrKey), e => e.Options, e => e.Index);

    /// <summary>The multi-select with this label or key; values are the shown option texts.</summary>
    /// <param name="labelOrKey">The label, or the key given to the verb.</param>
    public MultiSelectHandle MultiSelect(string labelOrKey) => new(this, Find<MultiSelectElement>(labelOrKey));

    /// <summary>The select slider (single or range) with this label or key; values are the shown option texts.</summary>
    /// <param name="labelOrKey">The label, or the key given to the verb.</param>
    /// <example><c>await app.SelectSlider("Size").SetValue("L").RunAsync();</c></example>
    public SelectSliderHandle SelectSlider(string labelOrKey) => new(this, Find<SelectSliderElement>(labelOrKey));

    /// <summary>The pills (<c>ui.Pills</c> or <c>ui.MultiPills</c>) with this label or key; values are the shown option texts.</summary>
    /// <param name="labelOrKey">The label, or the key given to the verb.</param>
    /// <example><c>await app.Pills("Mood").Click("Calm").RunAsync();</c></example>
    public ButtonGroupHandle<PillsElement> Pills(string labelOrKey) =>
        new(this, Find<PillsElement>(labelOrKey), e => e.Options, e => e.Indices, e => e.Multi);

    /// <summary>The segmented control (single or multi) with this label or key; values are the shown option texts.</summary>
    /// <param name="labelOrKey">The label, or the key given to the verb.</param>
    /// <example><c>await app.SegmentedControl("View").SetValue("Chart").RunAsync();</c></example>
    public ButtonGroupHandle<SegmentedControlElement> SegmentedControl(string labelOrKey) =>
        new(this, Find<SegmentedControlElement>(labelOrKey), e => e.Options, e => e.Indices, e => e.Multi);
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

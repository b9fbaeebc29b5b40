namespace DataApps.Testing;

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

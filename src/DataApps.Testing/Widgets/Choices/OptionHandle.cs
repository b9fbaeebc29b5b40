namespace DataApps.Testing;

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

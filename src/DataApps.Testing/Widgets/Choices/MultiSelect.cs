namespace DataApps.Testing;

public sealed partial class AppTest
{
    /// <summary>The multi-select with this label or key; values are the shown option texts.</summary>
    /// <param name="labelOrKey">The label, or the key given to the verb.</param>
    public MultiSelectHandle MultiSelect(string labelOrKey) => new(this, Find<MultiSelectElement>(labelOrKey));
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

namespace DataApps.Testing;

public sealed partial class AppTest
{
    /// <summary>The select slider (single or range) with this label or key; values are the shown option texts.</summary>
    /// <param name="labelOrKey">The label, or the key given to the verb.</param>
    /// <example><c>await app.SelectSlider("Size").SetValue("L").RunAsync();</c></example>
    public SelectSliderHandle SelectSlider(string labelOrKey) => new(this, Find<SelectSliderElement>(labelOrKey));
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

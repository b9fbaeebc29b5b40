namespace DataApps.Testing;

public sealed partial class AppTest
{
    /// <summary>The colour picker with this label or key.</summary>
    /// <param name="labelOrKey">The label, or the key given to the verb.</param>
    /// <example><c>await app.ColorPicker("Colour").SetValue("#ff8800").RunAsync();</c></example>
    public ColorPickerHandle ColorPicker(string labelOrKey) => new(this, Find<ColorPickerElement>(labelOrKey));
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

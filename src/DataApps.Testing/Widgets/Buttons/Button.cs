namespace DataApps.Testing;

public sealed partial class AppTest
{
    /// <summary>The button with this label or key.</summary>
    /// <param name="labelOrKey">The label, or the key given to the verb.</param>
    public ButtonHandle Button(string labelOrKey) => new(this, Find<ButtonElement>(labelOrKey));
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

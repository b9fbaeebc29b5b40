namespace DataApps.Testing;

public sealed partial class AppTest
{
    /// <summary>The button with this label or key.</summary>
    /// <param name="labelOrKey">The label, or the key given to the verb.</param>
    public ButtonHandle Button(string labelOrKey) => new(this, Find<ButtonElement>(labelOrKey));

    /// <summary>The link button with this label.</summary>
    /// <param name="label">The button text.</param>
    /// <exception cref="InvalidOperationException">No such link button, or several.</exception>
    /// <example><c>Assert.Equal("https://example.org", app.LinkButton("Docs").Url);</c></example>
    public LinkButtonElement LinkButton(string label)
    {
        var all = Get<LinkButtonElement>();
        var found = all.Where(b => b.Label == label).ToList();
        return found.Count switch
        {
            1 => found[0],
            0 => throw new InvalidOperationException($"No link button labelled '{label}' in the last run. Found: " +
                (all.Count == 0 ? "none." : string.Join(", ", all.Select(b => $"'{b.Label}'")) + ".")),
            _ => throw new InvalidOperationException($"{found.Count} link buttons are labelled '{label}'."),
        };
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

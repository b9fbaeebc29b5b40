namespace DataApps.Testing;

public sealed partial class AppTest
{
    /// <summary>The custom widget of type <typeparamref name="TElement"/> with this label or key, to read its element and set its value.</summary>
    /// <typeparam name="TElement">The widget's element type.</typeparam>
    /// <param name="labelOrKey">The label, or the key given to the verb.</param>
    /// <returns>A handle whose <c>SetValue</c> sends a value as the widget's renderer would.</returns>
    /// <exception cref="InvalidOperationException">No such widget, or several (pass the key instead).</exception>
    /// <example><c>await app.Widget&lt;RatingElement&gt;("Rate it").SetValue(4).RunAsync();</c></example>
    public CustomWidgetHandle<TElement> Widget<TElement>(string labelOrKey)
        where TElement : WidgetElement => new(this, Find<TElement>(labelOrKey));

    /// <summary>The widget of type <typeparamref name="TElement"/> with this label or key; custom widgets use it.</summary>
    /// <typeparam name="TElement">The widget's element type.</typeparam>
    /// <param name="labelOrKey">The label, or the key given to the verb.</param>
    /// <exception cref="InvalidOperationException">No such widget, or several (pass the key instead).</exception>
    public TElement Find<TElement>(string labelOrKey)
        where TElement : WidgetElement
    {
        ArgumentNullException.ThrowIfNull(labelOrKey);
        var widgets = Elements.OfType<TElement>().ToList();
        var byKey = widgets.Where(w => w.WidgetId == WidgetIdentity.ForKey(labelOrKey)).ToList();
        if (byKey.Count == 1)
        {
            return byKey[0];
        }

        var byLabel = widgets.Where(w => w.Label == labelOrKey).ToList();
        var kind = typeof(TElement).Name.Replace("Element", "", StringComparison.Ordinal);
        return byLabel.Count switch
        {
            1 => byLabel[0],
            0 => throw new InvalidOperationException(
                $"No {kind} labelled or keyed '{labelOrKey}' in the last run. Found: " +
                (widgets.Count == 0 ? "none." : string.Join(", ", widgets.Select(w => $"'{w.Label}'")) + ".")),
            _ => throw new InvalidOperationException($"{byLabel.Count} {kind} widgets are labelled '{labelOrKey}'; find one by its key instead."),
        };
    }

    /// <summary>
    /// Queues a value for a widget, as its renderer would send it; it applies on the next <see cref="RunAsync"/>. A widget
    /// inside a form holds its value back until the form's submit button is clicked, as in the browser. Nothing is checked
    /// here: a value the widget refuses is logged and dropped by the session, as one from the browser (the handles' SetValue
    /// throws for it instead).
    /// </summary>
    /// <param name="widgetId">The widget's identity.</param>
    /// <param name="wireValue">The value as a renderer sends it.</param>
    public void SetWidgetValue(string widgetId, object? wireValue)
    {
        if (!HoldForForm(widgetId, wireValue))
        {
            _session.SetValue(widgetId, wireValue);
        }
    }

    internal void Click(string widgetId) => _session.Trigger(widgetId);

    /// <summary>Why the widget would refuse <paramref name="wireValue"/>, or <c>null</c>.</summary>
    internal string? RefusalOf(string widgetId, object? wireValue) => _session.RefusalOf(widgetId, wireValue);
}

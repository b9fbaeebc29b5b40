namespace DataApps.Testing;

/// <summary>
/// A custom widget found in the last run (<c>app.Widget&lt;RatingElement&gt;("Rate it")</c>): set its value as its renderer
/// would send it, or fire it when it is a trigger.
/// </summary>
/// <typeparam name="TElement">The widget's element type.</typeparam>
public sealed class CustomWidgetHandle<TElement> : WidgetHandle<TElement>
    where TElement : WidgetElement
{
    internal CustomWidgetHandle(AppTest app, TElement element)
        : base(app, element)
    {
    }

    /// <summary>
    /// Sends <paramref name="wireValue"/> as the widget's renderer would (<c>SendValue</c>); the spec's <c>FromWire</c> decodes it on
    /// the next run, and a value it refuses is logged and ignored as in the browser. Inside a form it waits for the submit.
    /// </summary>
    /// <param name="wireValue">The value in the form the renderer sends (e.g. the number of stars).</param>
    /// <returns>The test, to chain <c>RunAsync</c>.</returns>
    /// <example><c>await app.Widget&lt;RatingElement&gt;("Rate it").SetValue(4).RunAsync();</c></example>
    public AppTest SetValue(object? wireValue)
    {
        Send(wireValue, check: false);
        return App;
    }

    /// <summary>Fires the widget as its renderer would (<c>SendTrigger</c>), for trigger widgets.</summary>
    /// <returns>The test, to chain <c>RunAsync</c>.</returns>
    /// <example><c>await app.Widget&lt;VoteElement&gt;("Vote").Trigger().RunAsync();</c></example>
    public AppTest Trigger()
    {
        if (Element.Disabled)
        {
            throw new InvalidOperationException($"'{Element.Label}' is disabled; a user could not use it.");
        }

        App.Click(Element.WidgetId);
        return App;
    }
}

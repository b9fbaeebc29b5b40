namespace DataApps;

/// <summary>Where renderers send what the user did to a widget; the session queues it and reruns the page.</summary>
public interface IWidgetSink
{
    /// <summary>Sends a new value for a widget, in the form its spec decodes (e.g. an index for a select box).</summary>
    /// <param name="widgetId">The widget's identity, from <see cref="WidgetElement.WidgetId"/>.</param>
    /// <param name="value">The value as the renderer has it.</param>
    void SetValue(string widgetId, object? value);

    /// <summary>Fires a trigger widget (a button click): its value is true in exactly one completed run.</summary>
    /// <param name="widgetId">The widget's identity.</param>
    void Trigger(string widgetId);

    /// <summary>Submits a form: the values its widgets held back and the click of its submit button, applied in one run.</summary>
    /// <param name="values">The held-back values by widget identity, in the form each spec decodes.</param>
    /// <param name="submitButtonId">The identity of the form's submit button.</param>
    void Submit(IReadOnlyCollection<KeyValuePair<string, object?>> values, string submitButtonId)
    {
        ArgumentNullException.ThrowIfNull(values);
        foreach (var (id, value) in values)
        {
            SetValue(id, value);
        }

        Trigger(submitButtonId);
    }
}

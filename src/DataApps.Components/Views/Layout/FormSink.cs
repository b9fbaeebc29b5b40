namespace DataApps.Components.Views.Layout;

/// <summary>
/// The sink the widgets of a form send to: it keeps their latest values and sends them all, with the click, when the
/// submit button is pressed (Streamlit's forms). Held back values survive reruns caused outside the form.
/// </summary>
/// <param name="outer">The sink outside the form (the session's).</param>
internal sealed class FormSink(Func<IWidgetSink?> outer) : IWidgetSink
{
    private readonly List<KeyValuePair<string, object?>> _held = [];

    /// <summary>How many widgets have changes held back.</summary>
    public int Held => _held.Count;

    public void SetValue(string widgetId, object? value)
    {
        var at = _held.FindIndex(v => v.Key == widgetId);
        if (at >= 0)
        {
            _held.RemoveAt(at); // keep the order in which the user last touched the widgets
        }

        _held.Add(new(widgetId, value));
    }

    /// <summary>Only a submit button can click inside a form (the policies refuse other buttons there).</summary>
    public void Trigger(string widgetId)
    {
        var values = _held.ToArray();
        _held.Clear();
        outer()?.Submit(values, widgetId);
    }

    public void Submit(IReadOnlyCollection<KeyValuePair<string, object?>> values, string submitButtonId)
    {
        foreach (var (id, value) in values)
        {
            SetValue(id, value);
        }

        Trigger(submitButtonId);
    }
}

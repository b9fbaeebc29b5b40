namespace DataApps.Components.Tests.Support;

/// <summary>A widget sink that remembers what renderers sent, in order.</summary>
internal sealed class RecordingSink : IWidgetSink
{
    public List<(string WidgetId, object? Value)> Values { get; } = [];

    public List<string> Triggers { get; } = [];

    /// <summary>The one value sent; fails when none or several were sent.</summary>
    public (string WidgetId, object? Value) Single => Assert.Single(Values);

    public void SetValue(string widgetId, object? value) => Values.Add((widgetId, value));

    public void Trigger(string widgetId) => Triggers.Add(widgetId);

    /// <summary>Form submits: the held-back values and the submit button, as one call.</summary>
    public List<(IReadOnlyList<KeyValuePair<string, object?>> Values, string SubmitButtonId)> Submits { get; } = [];

    public void Submit(IReadOnlyCollection<KeyValuePair<string, object?>> values, string submitButtonId) =>
        Submits.Add(([.. values], submitButtonId));
}

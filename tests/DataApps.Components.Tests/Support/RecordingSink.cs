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
}

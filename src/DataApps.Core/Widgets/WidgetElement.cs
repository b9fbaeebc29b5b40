namespace DataApps;

/// <summary>The base of every widget: an element with an identity that the browser sends values back to.</summary>
/// <param name="WidgetId">The widget's identity within the session; renderers send values under it.</param>
/// <param name="Label">The label shown with the widget.</param>
public abstract record WidgetElement(string WidgetId, string Label) : Element
{
    /// <summary>A tooltip shown beside the label, or <c>null</c>.</summary>
    public string? Help { get; init; }

    /// <summary>Whether the widget is shown but cannot be changed.</summary>
    public bool Disabled { get; init; }
}

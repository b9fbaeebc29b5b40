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

    // Note [Refused values]: how many browser values the session refused for this widget. It is no part of what a renderer
    // shows, but it makes the element differ from the last one, so the renderer (which keeps what the user sent until the
    // element changes) shows the value the widget kept.
    internal int Refusals { get; init; }
}

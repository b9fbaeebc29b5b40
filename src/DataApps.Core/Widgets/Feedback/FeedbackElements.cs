namespace DataApps;

/// <summary>A row of feedback icons (<c>ui.Feedback</c>): thumbs, faces or stars; the browser sends the chosen position, <c>null</c> to take it back.</summary>
/// <param name="WidgetId">The widget's identity.</param>
/// <param name="Label">Empty: feedback has no label, as in Streamlit.</param>
/// <param name="Options">Which icons are shown.</param>
/// <param name="Value">The chosen position (0 = thumbs down, saddest face, one star), or <c>null</c>.</param>
public sealed record FeedbackElement(string WidgetId, string Label, FeedbackOptions Options, int? Value) : WidgetElement(WidgetId, Label);

/// <summary>The icons of <c>ui.Feedback</c> and the values they give.</summary>
public enum FeedbackOptions
{
    /// <summary>Thumbs down (0) and thumbs up (1).</summary>
    Thumbs,

    /// <summary>Five faces from saddest (0) to happiest (4).</summary>
    Faces,

    /// <summary>Five stars: one star is 0, five stars is 4.</summary>
    Stars,
}

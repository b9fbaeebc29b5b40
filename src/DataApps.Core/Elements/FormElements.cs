namespace DataApps;

/// <summary>
/// A form (<c>ui.Form</c>): its widgets keep their changes in the browser until its submit button is pressed, then all
/// values arrive in one run.
/// </summary>
/// <param name="FormId">The form's identity, unique in the page.</param>
/// <param name="Key">The key the author gave.</param>
/// <param name="Border">Whether the form is drawn with a border.</param>
/// <param name="Clears">How many submits have cleared the form; the renderer starts its widgets afresh when it grows.</param>
public sealed record FormElement(string FormId, string Key, bool Border, int Clears) : BlockElement;

/// <summary>The button that submits a form (<c>form.SubmitButton</c>).</summary>
/// <param name="WidgetId">The widget's identity.</param>
/// <param name="Label">The button text.</param>
/// <param name="Primary">Whether the button is drawn as the primary action.</param>
/// <param name="FormId">The form it submits.</param>
public sealed record SubmitButtonElement(string WidgetId, string Label, bool Primary, string FormId) : WidgetElement(WidgetId, Label)
{
    /// <summary>The keyboard shortcut that clicks it, in canonical form (<c>ctrl+enter</c>, <c>a</c>), or <c>null</c>.</summary>
    public string? Shortcut { get; init; }
}

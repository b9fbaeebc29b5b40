namespace DataApps;

/// <summary>A push button (<c>ui.Button</c>); its value is <c>true</c> only in the run caused by the click.</summary>
/// <param name="WidgetId">The widget's identity.</param>
/// <param name="Label">The button text.</param>
/// <param name="Primary">Whether the button is drawn as the primary action.</param>
public sealed record ButtonElement(string WidgetId, string Label, bool Primary) : WidgetElement(WidgetId, Label);

/// <summary>A button that opens <see cref="Url"/> in a new browser tab (<c>ui.LinkButton</c>); not a widget, it has no value.</summary>
/// <param name="Label">The button text.</param>
/// <param name="Url">The address opened.</param>
/// <param name="Primary">Whether the button is drawn as the primary action.</param>
public sealed record LinkButtonElement(string Label, string Url, bool Primary) : Element
{
    /// <summary>A tooltip, or <c>null</c>.</summary>
    public string? Help { get; init; }

    /// <summary>Whether the button is shown greyed out and opens nothing.</summary>
    public bool Disabled { get; init; }
}

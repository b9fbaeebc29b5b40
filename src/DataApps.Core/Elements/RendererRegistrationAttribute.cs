namespace DataApps;

/// <summary>
/// Names the registration call that adds the renderer of a custom element, so a page that shows the element in an app that
/// forgot to register it says which call to add.
/// </summary>
/// <param name="call">The call, as an app writes it after <c>AddDataApps()</c> (e.g. <c>AddRatingComponent()</c>).</param>
/// <example><c>[RendererRegistration("AddRatingComponent()")] public sealed record RatingElement(…) : WidgetElement(…);</c></example>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class RendererRegistrationAttribute(string call) : Attribute
{
    /// <summary>The registration call, e.g. <c>AddRatingComponent()</c>.</summary>
    public string Call { get; } = call;
}

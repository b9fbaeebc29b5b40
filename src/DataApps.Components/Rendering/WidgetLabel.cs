using DataApps.Components.Views.Widgets;
using Microsoft.AspNetCore.Components;

namespace DataApps.Components;

/// <summary>The label row the built-in widgets draw above themselves (label, help icon, optional value), for custom widget renderers.</summary>
public static class WidgetLabel
{
    /// <summary>The label row of <paramref name="widget"/>: its label, the help icon when it has help, and an optional value on the right.</summary>
    /// <param name="widget">The widget element.</param>
    /// <param name="forId">The DOM id of the input the label names, or <c>null</c>.</param>
    /// <param name="value">A formatted value shown at the end of the row, or <c>null</c>.</param>
    /// <returns>A render fragment (no component instance).</returns>
    /// <example><c>@WidgetLabel.For(Element, value: $"{Element.Value}/{Element.Max}")</c></example>
    public static RenderFragment For(WidgetElement widget, string? forId = null, string? value = null)
    {
        ArgumentNullException.ThrowIfNull(widget);
        return WidgetChrome.Label(widget, forId, value);
    }
}

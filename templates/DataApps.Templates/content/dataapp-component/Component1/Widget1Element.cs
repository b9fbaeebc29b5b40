using DataApps;

namespace Component1;

/// <summary>What <c>ui.Widget1</c> shows: a whole number from <paramref name="Min"/> to <paramref name="Max"/> with buttons to step it down and up.</summary>
/// <param name="WidgetId">The widget's identity.</param>
/// <param name="Label">The label.</param>
/// <param name="Value">The current value.</param>
/// <param name="Min">The smallest value.</param>
/// <param name="Max">The largest value.</param>
/// <param name="Step">How much one click changes the value.</param>
/// <example><c>int guests = ui.Widget1("Guests", min: 1, max: 12, value: 2);</c></example>
[RendererRegistration("AddWidget1Component()")] // named in the error a page shows when the app did not register this library
public sealed record Widget1Element(string WidgetId, string Label, int Value, int Min, int Max, int Step)
    : WidgetElement(WidgetId, Label);

using Microsoft.AspNetCore.Components;

namespace DataApps.Components.Views.Text;

/// <summary>Shows a metric: label, big value, and a coloured delta with an arrow (<c>ui.Metric</c>).</summary>
public partial class MetricView
{
    // Material "arrow_upward" and "arrow_downward".
    private static readonly MarkupString Up = new(
        "<svg viewBox=\"0 0 24 24\" aria-label=\"up\" role=\"img\"><path d=\"M4 12l1.41 1.41L11 7.83V20h2V7.83l5.58 5.59L20 12l-8-8-8 8z\"/></svg>");

    private static readonly MarkupString Down = new(
        "<svg viewBox=\"0 0 24 24\" aria-label=\"down\" role=\"img\"><path d=\"M20 12l-1.41-1.41L13 16.17V4h-2v12.17l-5.58-5.59L4 12l8 8 8-8z\"/></svg>");

    /// <summary>Whether the change is good (green), bad (red) or neutral (grey).</summary>
    /// <remarks>Normal: up is good. Inverse (costs, errors): up is bad. Off, or no direction: neutral.</remarks>
    internal static string Tone(DeltaDirection direction, DeltaColor color) => (direction, color) switch
    {
        (DeltaDirection.None, _) or (_, DeltaColor.Off) => "neutral",
        (DeltaDirection.Up, DeltaColor.Normal) or (DeltaDirection.Down, DeltaColor.Inverse) => "positive",
        _ => "negative",
    };

    private static MarkupString? Arrow(DeltaDirection direction) => direction switch
    {
        DeltaDirection.Up => Up,
        DeltaDirection.Down => Down,
        _ => null,
    };
}

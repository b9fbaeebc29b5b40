namespace DataApps.Components.Canvas;

/// <summary>What a drag on the canvas draws.</summary>
public enum CanvasTool
{
    /// <summary>A free-hand path through every point the pointer passes.</summary>
    FreeDraw,

    /// <summary>A straight line from where the drag starts to where it ends.</summary>
    Line,

    /// <summary>A rectangle with the drag's start and end as opposite corners.</summary>
    Rectangle,
}

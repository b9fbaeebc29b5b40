using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;

namespace DataApps.Components.Rendering;

/// <summary>
/// Renders the children of a block: each in a wrapper carrying <c>data-element="&lt;kind&gt;"</c>,
/// keyed by widget identity (or position for display elements), dimmed while stale.
/// </summary>
public sealed class ElementChildren : ComponentBase
{
    private static readonly string[] PositionKeys = [.. Enumerable.Range(0, 256).Select(i => "#" + i)];
    private BlockElement? _rendered;

    /// <summary>The block whose children are shown.</summary>
    [Parameter, EditorRequired]
    public BlockElement Block { get; set; } = default!;

    [Inject]
    private ElementRegistry Registry { get; set; } = default!;

    /// <inheritdoc />
    protected override bool ShouldRender() => !ReferenceEquals(_rendered, Block);

    /// <inheritdoc />
    protected override void BuildRenderTree(RenderTreeBuilder builder)
    {
        _rendered = Block;
        var children = Block.Children;
        for (var i = 0; i < children.Count; i++)
        {
            var child = children[i];
            builder.OpenElement(0, "div");
            builder.SetKey(child is WidgetElement widget ? widget.WidgetId : PositionKey(i));
            builder.AddAttribute(1, "class", Block.IsStale(i) ? "da-el da-stale" : "da-el");
            builder.AddAttribute(2, "data-element", child.Kind);
            if (Registry.ViewFor(child.GetType()) is { } view)
            {
                builder.OpenComponent(3, view);
                builder.AddComponentParameter(4, "Element", child);
                builder.CloseComponent();
            }
            else
            {
                builder.OpenComponent<MissingRendererView>(5);
                builder.AddComponentParameter(6, nameof(MissingRendererView.ElementType), child.GetType());
                builder.CloseComponent();
            }

            builder.CloseElement();
        }
    }

    private static string PositionKey(int index) => index < PositionKeys.Length ? PositionKeys[index] : "#" + index;
}

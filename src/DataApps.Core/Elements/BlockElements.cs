namespace DataApps;

/// <summary>The base of containers: an element that holds other elements.</summary>
/// <remarks>
/// While a run is in flight, the last <see cref="StaleCount"/> children are output of the
/// previous run that this run has not re-emitted yet; renderers dim them.
/// </remarks>
public abstract record BlockElement : Element
{
    /// <summary>The children in document order.</summary>
    public EquatableArray<Element> Children { get; init; } = EquatableArray<Element>.Empty;

    /// <summary>How many trailing children are left over from the previous run.</summary>
    public int StaleCount { get; init; }

    /// <summary>Whether the child at <paramref name="index"/> is left over from the previous run.</summary>
    /// <param name="index">The child's position.</param>
    public bool IsStale(int index) => index >= Children.Count - StaleCount;

    /// <summary>Every element inside this block, depth first in document order, containers followed by their own children.</summary>
    /// <example><c>var texts = app.Tree.Main.Descendants().OfType&lt;TextElement&gt;();</c></example>
    public IEnumerable<Element> Descendants()
    {
        foreach (var child in Children)
        {
            yield return child;
            if (child is BlockElement inner)
            {
                foreach (var descendant in inner.Descendants())
                {
                    yield return descendant;
                }
            }
        }
    }
}

/// <summary>A plain vertical group (<c>ui.Container</c>); the main area and the sidebar are containers too.</summary>
/// <param name="Border">Whether the group is drawn with a border.</param>
public sealed record ContainerElement(bool Border) : BlockElement;

/// <summary>Side-by-side columns (<c>ui.Columns</c>); each child is a <see cref="ColumnElement"/>.</summary>
/// <param name="Weights">The relative widths of the columns.</param>
public sealed record ColumnsElement(EquatableArray<double> Weights) : BlockElement;

/// <summary>One column of a <see cref="ColumnsElement"/>.</summary>
/// <param name="Weight">The relative width.</param>
public sealed record ColumnElement(double Weight) : BlockElement;

/// <summary>A set of tabs (<c>ui.Tabs</c>); each child is a <see cref="TabElement"/>.</summary>
/// <param name="Labels">The tab labels.</param>
public sealed record TabsElement(EquatableArray<string> Labels) : BlockElement;

/// <summary>The content of one tab of a <see cref="TabsElement"/>.</summary>
/// <param name="Label">The tab label.</param>
public sealed record TabElement(string Label) : BlockElement;

/// <summary>A collapsible section (<c>ui.Expander</c>).</summary>
/// <param name="Label">The header text.</param>
/// <param name="Expanded">Whether it starts open.</param>
public sealed record ExpanderElement(string Label, bool Expanded) : BlockElement;

/// <summary>A single-element placeholder whose content each write replaces (<c>ui.Empty</c>).</summary>
public sealed record EmptyElement : BlockElement;

/// <summary>The output of a page: the main area and the sidebar.</summary>
/// <param name="Main">The main area.</param>
/// <param name="Sidebar">The sidebar area, shown below the navigation.</param>
public sealed record PageTree(ContainerElement Main, ContainerElement Sidebar)
{
    /// <summary>A tree with nothing in it.</summary>
    public static PageTree Empty { get; } = new(new ContainerElement(false), new ContainerElement(false));
}

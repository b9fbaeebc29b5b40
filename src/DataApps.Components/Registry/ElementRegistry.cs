using System.Collections.Frozen;
using Microsoft.Extensions.Options;

namespace DataApps.Components;

/// <summary>Which renderer shows which element type; filled by <c>AddElement&lt;TElement, TView&gt;()</c>.</summary>
public sealed class ElementRegistryOptions
{
    internal Dictionary<Type, Type> Views { get; } = [];

    /// <summary>Registers <paramref name="view"/> as the renderer of <paramref name="element"/>; a later registration replaces an earlier one.</summary>
    /// <param name="element">A type deriving from <see cref="Element"/>.</param>
    /// <param name="view">A component with an <c>Element</c> parameter of that type, usually an <see cref="ElementView{TElement}"/>.</param>
    public void Add(Type element, Type view)
    {
        ArgumentNullException.ThrowIfNull(element);
        ArgumentNullException.ThrowIfNull(view);
        if (!typeof(Element).IsAssignableFrom(element))
        {
            throw new ArgumentException($"{element.Name} does not derive from DataApps.Element.", nameof(element));
        }

        if (!typeof(Microsoft.AspNetCore.Components.IComponent).IsAssignableFrom(view))
        {
            throw new ArgumentException($"{view.Name} is not a Blazor component.", nameof(view));
        }

        Views[element] = view;
    }
}

/// <summary>Finds the renderer of an element type. There is no switch over element types anywhere: this lookup is the only dispatch.</summary>
public sealed class ElementRegistry
{
    private readonly FrozenDictionary<Type, Type> _views;

    /// <summary>Creates the registry from the registrations made with <c>AddElement</c>.</summary>
    /// <param name="options">The registrations.</param>
    public ElementRegistry(IOptions<ElementRegistryOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _views = options.Value.Views.ToFrozenDictionary();
    }

    /// <summary>The element types that have a renderer.</summary>
    public IEnumerable<Type> ElementTypes => _views.Keys;

    /// <summary>The renderer of <paramref name="elementType"/>, or <c>null</c> when none is registered.</summary>
    /// <param name="elementType">The element type.</param>
    public Type? ViewFor(Type elementType) => _views.GetValueOrDefault(elementType);
}

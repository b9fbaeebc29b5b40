using DataApps;
using DataApps.Components;
using Microsoft.AspNetCore.Components;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers renderers for element types.</summary>
public static class ElementRegistrationExtensions
{
    /// <summary>Registers <typeparamref name="TView"/> as the renderer of <typeparamref name="TElement"/>; built-in elements are registered the same way.</summary>
    /// <typeparam name="TElement">The element record.</typeparam>
    /// <typeparam name="TView">The Blazor component that shows it, with an <c>Element</c> parameter.</typeparam>
    /// <param name="builder">The DataApps builder.</param>
    /// <returns>The builder, for chaining.</returns>
    /// <example><c>builder.Services.AddDataApps().AddElement&lt;RatingElement, RatingView&gt;();</c></example>
    public static IDataAppsBuilder AddElement<TElement, TView>(this IDataAppsBuilder builder)
        where TElement : Element
        where TView : IComponent
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.Configure<ElementRegistryOptions>(o => o.Add(typeof(TElement), typeof(TView)));
        return builder;
    }

    /// <summary>
    /// Registers <typeparamref name="TView"/> as the renderer of the widget <typeparamref name="TElement"/>: the same registration as
    /// <see cref="AddElement{TElement, TView}"/>, restricted to widget elements so the intent reads at the call site.
    /// </summary>
    /// <typeparam name="TElement">The widget's element record.</typeparam>
    /// <typeparam name="TView">The Blazor component that shows it, usually an <see cref="ElementView{TElement}"/> that calls <c>SendValue</c>.</typeparam>
    /// <param name="builder">The DataApps builder.</param>
    /// <returns>The builder, for chaining.</returns>
    /// <example><c>builder.Services.AddDataApps().AddWidget&lt;RatingElement, RatingView&gt;();</c></example>
    public static IDataAppsBuilder AddWidget<TElement, TView>(this IDataAppsBuilder builder)
        where TElement : WidgetElement
        where TView : IComponent => builder.AddElement<TElement, TView>();
}

using DataApps.Components.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace DataApps.Components.Tests.Rendering;

public sealed class BuiltInElementsTests : RendererTest
{
    // Columns and tabs render their own ColumnElement and TabElement children.
    private static readonly Type[] RenderedByTheirParent = [typeof(ColumnElement), typeof(TabElement)];

    [Fact]
    public void EveryBuiltInElementHasARenderer()
    {
        var registry = Context.Services.GetRequiredService<ElementRegistry>();
        var elementTypes = typeof(Element).Assembly.GetExportedTypes()
            .Where(t => t.IsSubclassOf(typeof(Element)) && !t.IsAbstract && !RenderedByTheirParent.Contains(t));

        Assert.All(elementTypes, t => Assert.NotNull(registry.ViewFor(t)));
    }

    [Fact]
    public void EveryRendererDerivesFromElementViewOfItsElement()
    {
        var registry = Context.Services.GetRequiredService<ElementRegistry>();

        Assert.All(registry.ElementTypes, t =>
        {
            var view = registry.ViewFor(t)!;
            Assert.True(IsElementViewFor(view, t), $"{view.Name} is not an ElementView of {t.Name}.");
        });
    }

    private static bool IsElementViewFor(Type view, Type element)
    {
        for (var type = view; type is not null; type = type.BaseType)
        {
            if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ElementView<>))
            {
                return type.GetGenericArguments()[0].IsAssignableFrom(element);
            }
        }

        return false;
    }
}

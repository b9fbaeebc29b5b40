using System.Reflection;
using DataApps.Components.Rendering;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace DataApps.Components.Tests.Rendering;

/// <summary>What every renderer must do, checked over one element of every kind.</summary>
public sealed class AllRenderersTests : RendererTest
{
    public static TheoryData<Element> Elements => [.. Some.OfEveryKind()];

    public static TheoryData<WidgetElement> Widgets => [.. Some.Widgets()];

    [Fact]
    public void TheSamplesCoverEveryRegisteredElement()
    {
        var registry = Context.Services.GetRequiredService<ElementRegistry>();

        Assert.Equal(registry.ElementTypes.OrderBy(t => t.Name), Some.OfEveryKind().Select(e => e.GetType()).Distinct().OrderBy(t => t.Name));
    }

    [Theory]
    [MemberData(nameof(Elements))]
    public void AnEqualElementDoesNotRenderAgain(Element element)
    {
        // One view serves the four alert records: TElement is the view's own element type.
        var view = ViewOf(element);
        var (before, after) = ((int, int))typeof(AllRenderersTests).GetMethod(nameof(RenderTwice), BindingFlags.NonPublic | BindingFlags.Instance)!
            .MakeGenericMethod(view, ElementTypeOf(view))
            .Invoke(this, [element])!;

        Assert.Equal(before, after);
    }

    [Theory]
    [MemberData(nameof(Elements))]
    public void EveryElementRendersSomething(Element element)
    {
        var cut = Context.Render<ElementChildren>(p => p.Add(c => c.Block, Some.Container(element)).AddCascadingValue<IWidgetSink>(Sink));

        Assert.NotEmpty(cut.Find($"[data-element={element.Kind}]").InnerHtml.Trim());
    }

    [Theory]
    [MemberData(nameof(Widgets))]
    public void AWidgetWithoutHelpHasNoTooltip(WidgetElement widget)
    {
        var cut = Context.Render<ElementChildren>(p => p.Add(c => c.Block, Some.Container(widget)).AddCascadingValue<IWidgetSink>(Sink));

        Assert.Empty(cut.FindComponents<MudTooltip>());
    }

    [Theory]
    [MemberData(nameof(Widgets))]
    public void AWidgetWithHelpHasOneTooltipWithTheHelpText(WidgetElement widget)
    {
        var cut = Context.Render<ElementChildren>(p => p.Add(c => c.Block, Some.Container(widget with { Help = "How to use it" })).AddCascadingValue<IWidgetSink>(Sink));

        Assert.Equal("How to use it", Assert.Single(cut.FindComponents<MudTooltip>()).Instance.Text);
    }

    [Theory]
    [MemberData(nameof(Widgets))]
    public void AWidgetShowsItsLabel(WidgetElement widget)
    {
        var cut = Context.Render<ElementChildren>(p => p.Add(c => c.Block, Some.Container(widget)).AddCascadingValue<IWidgetSink>(Sink));

        Assert.Contains(widget.Label, cut.Find($"[data-element={widget.Kind}]").TextContent, StringComparison.Ordinal);
    }

    private Type ViewOf(Element element) => Context.Services.GetRequiredService<ElementRegistry>().ViewFor(element.GetType())!;

    private static Type ElementTypeOf(Type view)
    {
        for (var type = view; type is not null; type = type.BaseType)
        {
            if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ElementView<>))
            {
                return type.GetGenericArguments()[0];
            }
        }

        throw new InvalidOperationException($"{view.Name} is not an ElementView.");
    }

    /// <summary>Renders, then reruns with an equal copy; returns the render counts before and after the rerun.</summary>
    /// <remarks>
    /// bUnit's count includes renders of child components, and some MudBlazor components render again
    /// after their first render (MudTabs measures its header): compare before and after, not with 1.
    /// </remarks>
    private (int Before, int After) RenderTwice<TView, TElement>(TElement element)
        where TView : ElementView<TElement>
        where TElement : Element
    {
        var cut = Render<TView, TElement>(element);
        var before = cut.RenderCount;
        Rerun(cut, element with { });
        return (before, cut.RenderCount);
    }
}

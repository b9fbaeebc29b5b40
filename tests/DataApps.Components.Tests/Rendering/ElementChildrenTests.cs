using Microsoft.Extensions.DependencyInjection;
using Bunit;
using DataApps.Components.Rendering;
using DataApps.Components.Tests.Support;
using DataApps.Components.Views.Widgets;

namespace DataApps.Components.Tests.Rendering;

public sealed class ElementChildrenTests : RendererTest
{
    [Fact]
    public void EachChildIsWrappedWithItsKind()
    {
        var cut = RenderChildren(Some.Container(new TitleElement("t"), Some.Slider()));

        Assert.Equal(["title", "slider"], cut.FindAll("div.da-el").Select(d => d.GetAttribute("data-element")));
    }

    [Fact]
    public void StaleChildrenAreMarkedStale()
    {
        var cut = RenderChildren(Some.Container(new TextElement("fresh"), new TextElement("old")) with { StaleCount = 1 });

        Assert.Equal(["da-el", "da-el da-stale"], cut.FindAll("div.da-el").Select(d => d.ClassName));
    }

    [Fact]
    public void WidgetsKeepTheirComponentWhenTheyMove()
    {
        var a = Some.Slider() with { WidgetId = "a" };
        var b = Some.Slider() with { WidgetId = "b" };
        var cut = RenderChildren(Some.Container(a, b));
        var viewOfB = cut.FindComponents<SliderView>()[1].Instance;

        cut.Render(p => p.Add(c => c.Block, Some.Container(b, a)));

        Assert.Same(viewOfB, cut.FindComponents<SliderView>()[0].Instance);
    }

    [Fact]
    public void AnElementWithoutRendererShowsHowToRegisterOne()
    {
        var cut = RenderChildren(Some.Container(new UnknownElement()));

        var message = cut.Find("[data-element=unknown] .mud-alert").TextContent;
        Assert.Contains("No renderer is registered for UnknownElement", message, StringComparison.Ordinal);
        Assert.Contains("AddElement<UnknownElement, UnknownView>()", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ACustomElementRendersThroughItsRegisteredView()
    {
        await using var context = RendererContext.Create(b => b.AddElement<UnknownElement, UnknownView>());

        var cut = context.Render<ElementChildren>(p => p.Add(c => c.Block, Some.Container(new UnknownElement())));

        Assert.Equal("custom", cut.Find("[data-element=unknown] b").TextContent);
    }

    [Fact]
    public void AnUnchangedBlockDoesNotRenderItsChildrenAgain()
    {
        var block = Some.Container(new TitleElement("t"));
        var cut = RenderChildren(block);
        var title = cut.FindComponent<DataApps.Components.Views.Text.TitleView>();

        cut.Render(p => p.Add(c => c.Block, block));

        Assert.Equal(1, cut.RenderCount);
        Assert.Equal(1, title.RenderCount);
    }

    private IRenderedComponent<ElementChildren> RenderChildren(BlockElement block) =>
        Context.Render<ElementChildren>(p => p.Add(c => c.Block, block).AddCascadingValue<IWidgetSink>(Sink));

    private sealed record UnknownElement : Element;

    private sealed class UnknownView : ElementView<UnknownElement>
    {
        protected override void BuildRenderTree(Microsoft.AspNetCore.Components.Rendering.RenderTreeBuilder builder)
        {
            builder.OpenElement(0, "b");
            builder.AddContent(1, "custom");
            builder.CloseElement();
        }
    }
}

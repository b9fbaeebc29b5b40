using Bunit;
using DataApps.Components.Tests.Support;
using DataApps.Components.Views.Layout;

namespace DataApps.Components.Tests.Layout;

public sealed class LayoutViewsTests : RendererTest
{
    [Fact]
    public void ContainerRendersItsChildren()
    {
        var cut = Render<ContainerView, ContainerElement>(Some.Container(new TextElement("a"), new TextElement("b")));

        Assert.Equal(["a", "b"], cut.FindAll(".da-container > .da-el pre").Select(p => p.TextContent));
        Assert.DoesNotContain("da-border", cut.Find(".da-container").ClassList);
    }

    [Fact]
    public void ContainerWithBorderIsDrawnWithABorder()
    {
        var cut = Render<ContainerView, ContainerElement>(new ContainerElement(Border: true));

        Assert.Contains("da-border", cut.Find(".da-container").ClassList);
    }

    [Fact]
    public void ColumnsRenderOneColumnPerChildWithItsWeight()
    {
        var columns = new ColumnsElement(new[] { 2.0, 1.0 })
        {
            Children = new Element[]
            {
                new ColumnElement(2) { Children = new Element[] { new TextElement("left") } },
                new ColumnElement(1) { Children = new Element[] { new TextElement("right") } },
            },
        };

        var cut = Render<ColumnsView, ColumnsElement>(columns);

        var rendered = cut.FindAll(".da-columns > .da-column");
        Assert.Equal(["left", "right"], rendered.Select(c => c.TextContent));
        Assert.Equal(["flex: 2 1 0", "flex: 1 1 0"], rendered.Select(c => c.GetAttribute("style")));
    }

    [Fact]
    public void TabsShowEveryLabelAndOnlyTheActivePanel()
    {
        var cut = Render<TabsView, TabsElement>(Tabs());

        Assert.Equal(["Chart", "Data"], cut.FindAll(".mud-tab").Select(t => t.TextContent.Trim()));
        Assert.Equal("chart body", cut.Find(".da-tab-panels .da-text").TextContent);
        Assert.DoesNotContain("data body", cut.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void TabHeadersAreNotWrappedInTooltips()
    {
        var cut = Render<TabsView, TabsElement>(Tabs());

        Assert.Empty(cut.FindComponents<MudBlazor.MudTooltip>());
    }

    [Fact]
    public void ClickingATabShowsItsPanel()
    {
        var cut = Render<TabsView, TabsElement>(Tabs());

        cut.FindAll(".mud-tab")[1].Click();

        cut.WaitForAssertion(() => Assert.Equal("data body", cut.Find(".da-tab-panels .da-text").TextContent), Patience);
    }

    [Fact]
    public void TheActiveTabSurvivesARerun()
    {
        var cut = Render<TabsView, TabsElement>(Tabs());
        cut.FindAll(".mud-tab")[1].Click();

        Rerun(cut, Tabs("data body, rerun"));

        cut.WaitForAssertion(() => Assert.Equal("data body, rerun", cut.Find(".da-tab-panels .da-text").TextContent), Patience);
    }

    [Fact]
    public void ExpanderShowsItsLabelAndStartsCollapsedWithoutContent()
    {
        var cut = Render<ExpanderView, ExpanderElement>(Expander(expanded: false));

        Assert.Contains("More", cut.Find(".mud-expand-panel-header").TextContent, StringComparison.Ordinal);
        Assert.Empty(cut.FindAll(".da-text"));
    }

    [Fact]
    public void ExpanderThatStartsExpandedShowsItsContent()
    {
        var cut = Render<ExpanderView, ExpanderElement>(Expander(expanded: true));

        Assert.Equal("inside", cut.Find(".da-text").TextContent);
    }

    [Fact]
    public void ClickingTheExpanderHeaderShowsItsContent()
    {
        var cut = Render<ExpanderView, ExpanderElement>(Expander(expanded: false));

        cut.Find(".mud-expand-panel-header").Click();

        cut.WaitForAssertion(() => Assert.Equal("inside", cut.Find(".da-text").TextContent), Patience);
    }

    [Fact]
    public void EmptyRendersItsContentWithoutChrome()
    {
        var cut = Render<EmptyView, EmptyElement>(new EmptyElement { Children = new Element[] { new TextElement("now") } });

        var wrapper = cut.Find("div.da-el");
        Assert.Equal("text", wrapper.GetAttribute("data-element"));
        Assert.Equal(1, cut.Nodes.Length);
    }

    [Fact]
    public void AnEmptyPlaceholderRendersNothing()
    {
        var cut = Render<EmptyView, EmptyElement>(new EmptyElement());

        Assert.Equal("", cut.Markup.Trim());
    }

    private static TabsElement Tabs(string dataBody = "data body") => new(new[] { "Chart", "Data" })
    {
        Children = new Element[]
        {
            new TabElement("Chart") { Children = new Element[] { new TextElement("chart body") } },
            new TabElement("Data") { Children = new Element[] { new TextElement(dataBody) } },
        },
    };

    private static ExpanderElement Expander(bool expanded) => new("More", expanded) { Children = new Element[] { new TextElement("inside") } };
}

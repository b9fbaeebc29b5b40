using Bunit;
using DataApps.Components.Tests.Support;
using DataApps.Components.Views.Text;

namespace DataApps.Components.Tests.Text;

public sealed class TitleViewTests : RendererTest
{
    [Fact]
    public void RendersTheTitleAsTheMainHeading()
    {
        var cut = Render<TitleView, TitleElement>(new TitleElement("Penguins"));

        Assert.Equal("Penguins", cut.Find("h1.da-title").TextContent);
    }

    [Fact]
    public void AnEqualTitleDoesNotRenderAgain()
    {
        var cut = Render<TitleView, TitleElement>(new TitleElement("Penguins"));

        Rerun(cut, new TitleElement("Penguins"));

        Assert.Equal(1, cut.RenderCount);
    }

    [Fact]
    public void AChangedTitleIsShown()
    {
        var cut = Render<TitleView, TitleElement>(new TitleElement("Penguins"));

        Rerun(cut, new TitleElement("Puffins"));

        Assert.Equal("Puffins", cut.Find("h1").TextContent);
    }
}

using DataApps.Components.Tests.Support;
using DataApps.Components.Views.Text;

namespace DataApps.Components.Tests.Text;

public sealed class HeadingViewsTests : RendererTest
{
    [Fact]
    public void HeaderRendersASecondLevelHeadingWithoutADividerByDefault()
    {
        var cut = Render<HeaderView, HeaderElement>(new HeaderElement("Results", Divider: false));

        Assert.Equal("Results", cut.Find("h2.da-header").TextContent);
        Assert.Empty(cut.FindAll("hr"));
    }

    [Fact]
    public void HeaderWithDividerDrawsARuleUnderTheHeading()
    {
        var cut = Render<HeaderView, HeaderElement>(new HeaderElement("Results", Divider: true));

        Assert.Single(cut.FindAll("h2 + hr.da-header-divider"));
    }

    [Fact]
    public void SubheaderRendersAThirdLevelHeading()
    {
        var cut = Render<SubheaderView, SubheaderElement>(new SubheaderElement("Details"));

        Assert.Equal("Details", cut.Find("h3.da-subheader").TextContent);
    }

    [Fact]
    public void CaptionRendersSmallMutedText()
    {
        var cut = Render<CaptionView, CaptionElement>(new CaptionElement("Source: Palmer LTER"));

        var caption = cut.Find("p.da-caption");
        Assert.Equal("Source: Palmer LTER", caption.TextContent);
        Assert.Contains("mud-typography-caption", caption.ClassList);
    }

    [Fact]
    public void DividerRendersAHorizontalRule()
    {
        var cut = Render<DividerView, DividerElement>(new DividerElement());

        Assert.Single(cut.FindAll("hr.da-divider"));
    }

    [Fact]
    public void TextKeepsItsWhitespaceAndIsNotInterpretedAsMarkup()
    {
        var cut = Render<TextView, TextElement>(new TextElement("a  b\n<b>c</b>"));

        var pre = cut.Find("pre.da-text");
        Assert.Equal("a  b\n<b>c</b>", pre.TextContent);
        Assert.Empty(pre.QuerySelectorAll("b"));
    }
}

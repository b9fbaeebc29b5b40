using DataApps.Components.Tests.Support;
using DataApps.Components.Views.Text;

namespace DataApps.Components.Tests.Text;

public sealed class MarkdownViewTests : RendererTest
{
    [Fact]
    public void RendersMarkdownAsHtml()
    {
        var cut = Render<MarkdownView, MarkdownElement>(new MarkdownElement("Hello **world**", AllowHtml: false));

        Assert.Equal("world", cut.Find(".da-markdown strong").TextContent);
    }

    [Fact]
    public void EscapesRawHtmlUnlessAllowed()
    {
        var cut = Render<MarkdownView, MarkdownElement>(new MarkdownElement("<i>x</i>", AllowHtml: false));

        Assert.Empty(cut.FindAll(".da-markdown i"));
        Assert.Contains("<i>x</i>", cut.Find(".da-markdown").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void AllowedHtmlIsKeptButScriptsAreRemoved()
    {
        var cut = Render<MarkdownView, MarkdownElement>(new MarkdownElement("<i>x</i><script>alert(1)</script>", AllowHtml: true));

        Assert.Single(cut.FindAll(".da-markdown i"));
        Assert.Empty(cut.FindAll("script"));
    }
}

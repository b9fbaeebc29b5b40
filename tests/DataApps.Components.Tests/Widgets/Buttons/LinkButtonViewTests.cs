using DataApps.Components.Views.Widgets;

namespace DataApps.Components.Tests.Widgets;

public sealed class LinkButtonViewTests : RendererTest
{
    [Fact]
    public void TheLinkButtonIsALinkThatOpensANewTab()
    {
        var cut = Render<LinkButtonView, LinkButtonElement>(Some.LinkButton(primary: true));

        var link = cut.Find("a");
        Assert.Equal("https://example.org/docs", link.GetAttribute("href"));
        Assert.Equal("_blank", link.GetAttribute("target"));
        Assert.Equal("noopener noreferrer", link.GetAttribute("rel"));
        Assert.Contains("Docs", link.TextContent, StringComparison.Ordinal);
        Assert.Contains("mud-button-filled", link.ClassName, StringComparison.Ordinal);
    }

    [Fact]
    public void ADisabledLinkButtonHasNoAddress()
    {
        var cut = Render<LinkButtonView, LinkButtonElement>(Some.LinkButton(disabled: true));

        Assert.Empty(cut.FindAll("a[href]"));
        Assert.True(cut.Find("button").HasAttribute("disabled"));
    }

    [Fact]
    public void ALinkButtonWithHelpHasATooltip()
    {
        var cut = Render<LinkButtonView, LinkButtonElement>(Some.LinkButton(help: "Opens a new tab"));

        Assert.Single(cut.FindComponents<MudBlazor.MudTooltip>());
    }
}

using Bunit;
using DataApps.Components.Shell;
using DataApps.Components.Views.Navigation;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace DataApps.Components.Tests.Navigation;

public sealed class NavigationViewsTests : RendererTest
{
    private NavigationManager Navigation => Context.Services.GetRequiredService<NavigationManager>();

    [Fact]
    public void APageLinkIsARelativeLinkWithItsIconSoTheRouterFollowsItInsideTheApp()
    {
        var cut = Render<PageLinkView, PageLinkElement>(new PageLinkElement("Charts", "/charts?kind=line", "insert_chart"));

        var link = cut.Find("a.da-page-link");
        Assert.Equal("charts?kind=line", link.GetAttribute("href"));
        Assert.Null(link.GetAttribute("target"));
        Assert.Equal("Charts", link.TextContent.Trim());
        Assert.Single(cut.FindAll("a.da-page-link svg"));
    }

    [Fact]
    public void ALinkToTheRootPathPointsAtTheBaseAddress()
    {
        var cut = Render<PageLinkView, PageLinkElement>(new PageLinkElement("Home", "/", null));

        Assert.Equal("./", cut.Find("a").GetAttribute("href"));
    }

    [Fact]
    public void AnExternalLinkOpensInANewTabWithoutAnOpener()
    {
        var cut = Render<PageLinkView, PageLinkElement>(new PageLinkElement("Docs", "https://example.org/docs", null) { External = true });

        var link = cut.Find("a");
        Assert.Equal(("https://example.org/docs", "_blank", "noopener noreferrer"), (link.GetAttribute("href"), link.GetAttribute("target"), link.GetAttribute("rel")));
        Assert.Single(cut.FindAll(".da-page-link-external"));
    }

    [Fact]
    public void ADisabledLinkHasNoAddress()
    {
        var cut = Render<PageLinkView, PageLinkElement>(new PageLinkElement("Charts", "/charts", null) { Disabled = true });

        var link = cut.Find("a");
        Assert.Null(link.GetAttribute("href"));
        Assert.Equal("true", link.GetAttribute("aria-disabled"));
    }

    [Fact]
    public void TheLinkToTheCurrentPageIsMarkedAndFollowsTheLocation()
    {
        Navigation.NavigateTo("charts?kind=bar");
        var cut = Render<PageLinkView, PageLinkElement>(new PageLinkElement("Charts", "/charts", null));
        Assert.Equal("page", cut.Find("a").GetAttribute("aria-current"));

        Navigation.NavigateTo("widgets");

        cut.WaitForAssertion(() => Assert.Null(cut.Find("a").GetAttribute("aria-current")));
    }

    [Fact]
    public async Task TheNavigationLeavesHiddenPagesOutAndLinksTheRootPageToTheRootUrl()
    {
        var catalog = new PageCatalog();
        catalog.Add(new PageDescriptor("/start", "Start", "home", null, 0, typeof(DataPage)) { IsDefault = true });
        catalog.Add(new PageDescriptor("/charts", "Charts", null, "Data", 1, typeof(DataPage)));
        catalog.Add(new PageDescriptor("/secret", "Secret", null, "Data", 2, typeof(DataPage)) { Hidden = true });
        await using var context = RendererContext.Create(b => b.Services.AddSingleton(catalog));

        var cut = context.Render<NavMenu>();

        var links = cut.FindAll("a.mud-nav-link");
        Assert.Equal(["Start", "Charts"], links.Select(a => a.TextContent.Trim()));
        Assert.Equal(["./", "charts"], links.Select(a => a.GetAttribute("href")));
    }
}

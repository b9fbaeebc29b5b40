namespace DataApps.Core.Tests.Pages;

public sealed class PageCatalogNavigationTests
{
    [Page("/reports", Title = "Reports", Order = 5, Layout = PageLayout.Wide, Default = true)]
    private sealed class ReportsPage : DataPage;

    [Page("/summary", Title = "Summary", Default = true)]
    private sealed class SummaryPage : DataPage;

    [Page("/")]
    private sealed class HomePage : DataPage;

    [Page("/secret", Title = "Secret", Section = "Admin", Hidden = true)]
    private sealed class SecretPage : DataPage;

    private static PageDescriptor Page(string route, string title, string? section = null, int order = 0, bool hidden = false) =>
        new(route, title, null, section, order, typeof(HomePage)) { Hidden = hidden };

    [Fact]
    public void TheAttributeCarriesLayoutDefaultAndHidden()
    {
        var reports = PageDescriptor.FromType(typeof(ReportsPage));
        var secret = PageDescriptor.FromType(typeof(SecretPage));

        Assert.Equal((PageLayout.Wide, true, false), (reports.Layout, reports.IsDefault, reports.Hidden));
        Assert.Equal((PageLayout.Default, false, true), (secret.Layout, secret.IsDefault, secret.Hidden));
    }

    [Fact]
    public void TheRootUrlServesThePageMarkedDefaultWhenNoPageHasTheRouteSlash()
    {
        var catalog = new PageCatalog();
        catalog.Add(Page("/a", "A", order: 1));
        catalog.Add(PageDescriptor.FromType(typeof(ReportsPage)));

        Assert.Equal("/reports", catalog.Find("/")?.Route);
        Assert.Equal("/reports", catalog.Find("")?.Route);
        Assert.Equal("/", catalog.PathOf(catalog.Find("/reports")!));
        Assert.Equal("/a", catalog.PathOf(catalog.Find("/a")!));
    }

    [Fact]
    public void WithoutADefaultTheRootUrlServesTheFirstPageOfTheNavigation()
    {
        var catalog = new PageCatalog();
        catalog.Add(Page("/hidden", "Hidden", order: -1, hidden: true));
        catalog.Add(Page("/b", "B", order: 2));
        catalog.Add(Page("/a", "A", order: 1));

        Assert.Equal("/a", catalog.Root?.Route);
    }

    [Fact]
    public void APageAtSlashIsTheRootEvenWhenOthersComeFirst()
    {
        var catalog = new PageCatalog();
        catalog.Add(Page("/a", "A", order: -5));
        catalog.Add(PageDescriptor.FromType(typeof(HomePage)));

        Assert.Equal("/", catalog.Root?.Route);
    }

    [Fact]
    public void TwoDefaultPagesAreRefusedNamingBoth()
    {
        var catalog = new PageCatalog();
        catalog.Add(PageDescriptor.FromType(typeof(ReportsPage)));

        var error = Assert.Throws<InvalidOperationException>(() => catalog.Add(PageDescriptor.FromType(typeof(SummaryPage))));

        Assert.Contains(nameof(SummaryPage), error.Message, StringComparison.Ordinal);
        Assert.Contains(nameof(ReportsPage), error.Message, StringComparison.Ordinal);
        Assert.Contains("at most one page Default", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ADefaultPageAndAPageAtSlashAreRefusedInEitherOrder()
    {
        var first = new PageCatalog();
        first.Add(PageDescriptor.FromType(typeof(HomePage)));
        var second = new PageCatalog();
        second.Add(PageDescriptor.FromType(typeof(ReportsPage)));

        Assert.Throws<InvalidOperationException>(() => first.Add(PageDescriptor.FromType(typeof(ReportsPage))));
        Assert.Contains("Keep one of the two", Assert.Throws<InvalidOperationException>(() => second.Add(PageDescriptor.FromType(typeof(HomePage)))).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void HiddenPagesAreFoundByUrlButLeftOutOfTheNavigationAndDoNotMoveTheirSection()
    {
        var catalog = new PageCatalog();
        catalog.Add(Page("/basics", "Basics", "Basics", order: 10));
        catalog.Add(Page("/flow", "Flow", "Flow", order: 50));
        catalog.Add(Page("/flow/details", "Details", "Flow", order: 0, hidden: true));

        Assert.Equal("/flow/details", catalog.Find("/flow/details")?.Route);
        Assert.Equal(["/basics", "/flow"], catalog.NavigationPages.Select(p => p.Route));
        Assert.Equal(["/basics", "/flow/details", "/flow"], catalog.Pages.Select(p => p.Route));
    }
}

namespace DataApps.Core.Tests.Pages;

public sealed class PageCatalogTests
{
    [Page("/penguins/", Title = "Penguins", Icon = "pets", Section = "Explore", Order = 2)]
    private sealed class PenguinsPage : DataPage;

    [Page("/")]
    private sealed class HomePage : DataPage;

    [Page("/Penguins")]
    private sealed class OtherPenguinsPage : DataPage;

    private sealed class NoAttributePage : DataPage;

    [Page("/abstract")]
    private abstract class AbstractPage : DataPage;

    private static PageDescriptor Page(string route, string title, string? section = null, int order = 0) =>
        new(route, title, null, section, order, typeof(HomePage));

    [Fact]
    public void DescriptorComesFromThePageAttributeAndDefaultsTheTitleToTheClassName()
    {
        var penguins = PageDescriptor.FromType(typeof(PenguinsPage));
        var home = PageDescriptor.FromType(typeof(HomePage));

        Assert.Equal(("/penguins/", "Penguins", "pets", "Explore", 2), (penguins.Route, penguins.Title, penguins.Icon, penguins.Section, penguins.Order));
        Assert.Equal(nameof(HomePage), home.Title);
    }

    [Fact]
    public void ClassesThatAreNotUsablePagesAreRefusedWithAReason()
    {
        Assert.Contains("no [Page(\"/route\")] attribute", Assert.Throws<ArgumentException>(() => PageDescriptor.FromType(typeof(NoAttributePage))).Message, StringComparison.Ordinal);
        Assert.Contains("not a concrete class", Assert.Throws<ArgumentException>(() => PageDescriptor.FromType(typeof(AbstractPage))).Message, StringComparison.Ordinal);
        Assert.Contains("not a concrete class", Assert.Throws<ArgumentException>(() => PageDescriptor.FromType(typeof(string))).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FindIgnoresCaseTrailingSlashesQueriesAndTheLeadingSlash()
    {
        var catalog = new PageCatalog();
        catalog.Add(PageDescriptor.FromType(typeof(PenguinsPage)));
        catalog.Add(PageDescriptor.FromType(typeof(HomePage)));

        Assert.Equal("/penguins", catalog.Find("PENGUINS/")?.Route);
        Assert.Equal("/penguins", catalog.Find("/penguins?species=adelie")?.Route);
        Assert.Equal("/", catalog.Find("")?.Route);
        Assert.Equal("/", catalog.Find(null)?.Route);
        Assert.Null(catalog.Find("/nope"));
    }

    [Fact]
    public void TwoPagesWithTheSameRouteAreRefusedNamingBoth()
    {
        var catalog = new PageCatalog();
        catalog.Add(PageDescriptor.FromType(typeof(PenguinsPage)));

        var error = Assert.Throws<InvalidOperationException>(() => catalog.Add(PageDescriptor.FromType(typeof(OtherPenguinsPage))));

        Assert.Contains(nameof(PenguinsPage), error.Message, StringComparison.Ordinal);
        Assert.Contains(nameof(OtherPenguinsPage), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RouteMustStartWithASlash()
    {
        var catalog = new PageCatalog();

        Assert.Throws<InvalidOperationException>(() => catalog.Add(Page("penguins", "P")));
    }

    [Fact]
    public void PagesWithoutASectionComeFirstThenSectionsByTheirLowestOrder()
    {
        var catalog = new PageCatalog();
        catalog.Add(Page("/b2", "B2", "Beta", 5));
        catalog.Add(Page("/a", "A", "Alpha", 9));
        catalog.Add(Page("/home", "Home"));
        catalog.Add(Page("/b1", "B1", "Beta", 1));
        catalog.Add(Page("/about", "About", order: 1));

        Assert.Equal(["Home", "About", "B1", "B2", "A"], catalog.Pages.Select(p => p.Title));
    }
}

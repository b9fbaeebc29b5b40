using System.Reflection;

namespace DataApps.Core.Tests.Pages;

// A hot reload can add a [Page] class, change a page's attribute or remove it; the catalog scans its assemblies again
// (PageCatalog.Rescan). A scan is stood in for here by a function whose answer the test changes.
public sealed class PageCatalogRescanTests
{
    [Page("/", Title = "Home")]
    private sealed class HomePage : DataPage;

    [Page("/penguins", Title = "Penguins")]
    private sealed class PenguinsPage : DataPage;

    [Page("/new")]
    private sealed class NewPage : DataPage;

    private static readonly Assembly Scanned = typeof(PageCatalogRescanTests).Assembly;

    private List<PageDescriptor> _scan = [PageDescriptor.FromType(typeof(HomePage)), PageDescriptor.FromType(typeof(PenguinsPage))];

    private PageCatalog NewCatalog()
    {
        var catalog = new PageCatalog { Scanner = _ => _scan };
        catalog.AddPagesIn(Scanned);
        return catalog;
    }

    [Fact]
    public void UnchangedPagesKeepTheirInstancesAndNothingIsReported()
    {
        var catalog = NewCatalog();
        var before = catalog.Pages.ToList();

        var change = catalog.Rescan();

        Assert.True(change.IsEmpty);
        Assert.Equal(before, catalog.Pages, ReferenceEquality);
    }

    [Fact]
    public void ANewPageClassJoinsAndAChangedAttributeIsDescribedAnew()
    {
        var catalog = NewCatalog();
        var home = catalog.Find("/");
        _scan = [PageDescriptor.FromType(typeof(HomePage)), PageDescriptor.FromType(typeof(PenguinsPage)) with { Title = "Birds" }, PageDescriptor.FromType(typeof(NewPage))];

        var change = catalog.Rescan();

        Assert.Equal(["/new"], change.Added);
        Assert.Equal(["/penguins"], change.Changed);
        Assert.Empty(change.Removed);
        Assert.Equal("Birds", catalog.Find("/penguins")?.Title);
        Assert.Equal(typeof(NewPage), catalog.Find("/new")?.PageType);
        Assert.Same(home, catalog.Find("/"));
    }

    [Fact]
    public void AClassThatLostItsAttributeLeavesButPagesAddedOneByOneStay()
    {
        var catalog = NewCatalog();
        catalog.AddPage("/lambda");
        _scan = [PageDescriptor.FromType(typeof(HomePage))];

        var change = catalog.Rescan();

        Assert.Equal(["/penguins"], change.Removed);
        Assert.Null(catalog.Find("/penguins"));
        Assert.NotNull(catalog.Find("/lambda"));
    }

    [Fact]
    public void PagesThatCannotMakeACatalogLeaveItAsItWas()
    {
        var catalog = NewCatalog();
        var before = catalog.Pages.ToList();
        _scan = [.. _scan, PageDescriptor.FromType(typeof(NewPage)) with { Route = "/Penguins" }];

        var error = Assert.Throws<InvalidOperationException>(() => catalog.Rescan());

        Assert.Contains("Two pages have the route '/Penguins'", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, catalog.Pages, ReferenceEquality);
        Assert.Null(catalog.Find("/new"));
    }

    [Fact]
    public void ACatalogWithoutScannedAssembliesHasNothingToRescan()
    {
        var catalog = new PageCatalog { Scanner = _ => throw new InvalidOperationException("not scanned") };
        catalog.Add(PageDescriptor.FromType(typeof(HomePage)));

        Assert.True(catalog.Rescan().IsEmpty);
    }

    private static readonly IEqualityComparer<PageDescriptor> ReferenceEquality =
        EqualityComparer<PageDescriptor>.Create((a, b) => ReferenceEquals(a, b), p => p.GetHashCode());
}

file static class CatalogExtensions
{
    public static void AddPage(this PageCatalog catalog, string route) =>
        catalog.Add(new PageDescriptor(route, "Lambda", null, null, 0, typeof(LambdaPage)) { Factory = _ => new LambdaPage(_ => Task.CompletedTask) });
}

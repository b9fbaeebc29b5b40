using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace DataApps.Hosting.Tests;

public sealed class StartupValidationTests
{
    [Fact]
    public void TwoPagesOnOneRouteFailNamingBothPages()
    {
        var services = new ServiceCollection();
        var builder = services.AddDataApps().AddPage<FirstPage>();

        var error = Assert.Throws<InvalidOperationException>(() => builder.AddPage<SecondPage>());

        Assert.Contains(nameof(FirstPage), error.Message, StringComparison.Ordinal);
        Assert.Contains(nameof(SecondPage), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ARouteWithoutLeadingSlashFailsSayingWhy()
    {
        var builder = new ServiceCollection().AddDataApps();

        var error = Assert.Throws<InvalidOperationException>(() => builder.AddPage("reports", _ => Task.CompletedTask));

        Assert.Contains("starts with '/'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AClassWithPageButNotIDataPageFailsSayingToDeriveFromDataPage()
    {
        var error = Assert.Throws<ArgumentException>(() => PageDescriptor.FromType(typeof(NotAPage)));

        Assert.Contains("DataPage", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MappingWithoutAddDataAppsFailsNamingTheCall()
    {
        await using var app = WebApplication.CreateBuilder().Build();

        var error = Assert.Throws<InvalidOperationException>(() => app.MapDataApps());

        Assert.Contains("AddDataApps()", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PagesAreOrderedBySectionThenOrder()
    {
        var catalog = new PageCatalog();
        catalog.Add(new PageDescriptor("/b2", "B2", null, "Beta", 2, typeof(FirstPage)));
        catalog.Add(new PageDescriptor("/a5", "A5", null, "Alpha", 5, typeof(FirstPage)));
        catalog.Add(new PageDescriptor("/b1", "B1", null, "Beta", 1, typeof(FirstPage)));
        catalog.Add(new PageDescriptor("/", "Home", null, null, 9, typeof(FirstPage)));

        Assert.Equal(["Home", "B1", "B2", "A5"], catalog.Pages.Select(p => p.Title));
    }

    [Fact]
    public void FindingARouteIgnoresCaseTrailingSlashAndQuery()
    {
        var catalog = new PageCatalog();
        catalog.Add(new PageDescriptor("/Reports", "Reports", null, null, 0, typeof(FirstPage)));

        Assert.NotNull(catalog.Find("reports/"));
        Assert.NotNull(catalog.Find("/REPORTS?tab=2"));
        Assert.Null(catalog.Find("/report"));
    }

    [Page("/same")]
    private sealed class FirstPage : DataPage;

    [Page("/same")]
    private sealed class SecondPage : DataPage;

    [Page("/not")]
    private sealed class NotAPage;
}

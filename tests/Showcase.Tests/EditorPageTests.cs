using DataApps;
using DataApps.Testing;
using Showcase.Pages;

namespace Showcase.Tests;

public sealed class EditorPageTests
{
    private static async Task<AppTest> OpenAsync()
    {
        var app = AppTest.For<EditorPage>();
        await app.RunAsync();
        return app;
    }

    [Fact]
    public async Task TheTotalIsComputedFromTheOrder()
    {
        using var app = await OpenAsync();

        Assert.Equal("Total: 22.10", Texts.Starting(app, "Total"));
        Assert.Equal(["3", "17", "22,10 €"], app.Get<MetricElement>().Select(m => m.Value));
    }

    [Fact]
    public async Task EditingAQuantityChangesTheTotal()
    {
        using var app = await OpenAsync();

        await app.DataEditor("order").SetCell(1, "qty", 3).RunAsync();

        Assert.Equal("Total: 37.90", Texts.Starting(app, "Total"));
    }

    [Fact]
    public async Task AddedAndDeletedRowsCount()
    {
        using var app = await OpenAsync();

        await app.DataEditor("order").DeleteRow(2).AddRow(("item", "Flour"), ("qty", 2), ("price", 1.5)).RunAsync();

        Assert.Equal("Total: 20.90", Texts.Starting(app, "Total"));
        Assert.Equal("3", app.Get<MetricElement>()[0].Value);
    }

    [Fact]
    public async Task AWrongQuantityIsReportedAtItsCellAndTheTotalIgnoresIt()
    {
        using var app = await OpenAsync();

        await app.DataEditor("order").SetCell(0, "qty", "abc").RunAsync();

        Assert.Equal("'abc' is not a whole number.", app.DataEditor("order").Element.Errors.Single().Message);
        Assert.Equal("Total: 22.10", Texts.Starting(app, "Total"));
    }
}

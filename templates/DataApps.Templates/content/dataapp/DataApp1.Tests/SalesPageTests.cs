using DataApp1.Data;
using DataApp1.Pages;
using DataApps;
using DataApps.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace DataApp1.Tests;

public sealed class SalesPageTests
{
    [Fact]
    public async Task EveryRegionIsChartedAndListedAtFirst()
    {
        using var app = AppTest.For<SalesPage>(s => s.AddSingleton<SalesData>());

        await app.RunAsync();

        Assert.Equal(["North", "South", "East", "West"], app.Chart("Units per month").Series.Select(s => s.Name));
        Assert.Equal(24, app.Get<TableElement>().Single().RowCount);
    }

    [Fact]
    public async Task ChoosingOneRegionLeavesOnlyItsRows()
    {
        using var app = AppTest.For<SalesPage>(s => s.AddSingleton<SalesData>());
        await app.RunAsync();

        await app.MultiSelect("Regions").SetValue("South").RunAsync();

        Assert.Equal("South", Assert.Single(app.Chart("Units per month").Series).Name);
        Assert.Equal(6, app.Get<TableElement>().Single().RowCount);
        Assert.Equal("987", app.Get<MetricElement>().Single().Value);
    }

    [Fact]
    public async Task NoRegionAsksForOne()
    {
        using var app = AppTest.For<SalesPage>(s => s.AddSingleton<SalesData>());
        await app.RunAsync();

        await app.MultiSelect("Regions").SetValue().RunAsync();

        Assert.Equal("Choose at least one region.", app.Get<InfoElement>().Single().Body);
        Assert.Empty(app.Charts);
    }
}

using DataApp1.Data;
using DataApp1.Pages;
using DataApps;
using DataApps.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace DataApp1.Tests;

// AppTest runs a page without a browser: set widget values, run the page again, and read what it shows.
public sealed class HomePageTests
{
    [Fact]
    public async Task TheForecastStartsAtTenPercentGrowthForTheFirstRegion()
    {
        using var app = AppTest.For<HomePage>(s => s.AddSingleton<SalesData>());

        await app.RunAsync();

        Assert.Equal("North: 185 units next month at 10 % growth", Forecast(app));
        Assert.Equal("185", app.Get<MetricElement>().Single().Value);
    }

    [Fact]
    public async Task MovingTheSliderChangesTheForecast()
    {
        using var app = AppTest.For<HomePage>(s => s.AddSingleton<SalesData>());
        await app.RunAsync();

        await app.Slider("Growth (%)").SetValue(20).RunAsync();

        Assert.Equal("North: 202 units next month at 20 % growth", Forecast(app));
    }

    [Fact]
    public async Task ChoosingARegionForecastsThatRegion()
    {
        using var app = AppTest.For<HomePage>(s => s.AddSingleton<SalesData>());
        await app.RunAsync();

        await app.SelectBox("Region").SetValue("East").RunAsync();

        Assert.StartsWith("East: ", Forecast(app), StringComparison.Ordinal);
        Assert.Equal(["North", "South", "East", "West"], app.SelectBox("Region").Options);
    }

    private static string Forecast(AppTest app) => app.Get<TextElement>().Single().Text;
}

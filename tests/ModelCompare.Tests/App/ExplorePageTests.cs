using FlightDelays;
using ModelCompare.Pages;
using ModelCompare.SignIn;

namespace ModelCompare.Tests.App;

public sealed class ExplorePageTests(ModelFolder folder) : IClassFixture<ModelFolder>
{
    private static readonly IReadOnlyList<Flight> Flights = FlightData.Load();

    [Fact]
    public async Task UnfilteredRealFlightsShowTwentyThousandRowsAndTheirDelayedShare()
    {
        using var app = ModelCompareApps.For<ExplorePage>(folder.Settings);

        await app.RunAsync();

        Assert.Null(app.Exception);
        Assert.Equal("20,000", app.Metric("Flights").Value);
        Assert.Equal((Flights.Count(f => f.IsDelayed) / 20000.0).ToString("P1", System.Globalization.CultureInfo.InvariantCulture), app.Metric("Delayed > 15 min").Value);
        Assert.Equal(20_000, app.DataFrame().RowCount);
        Assert.Contains("mean", app.Table().Rows.Select(r => r[0]));
    }

    [Fact]
    public async Task OriginFilterNarrowsTheCountsAndTheGrid()
    {
        using var app = ModelCompareApps.For<ExplorePage>(folder.Settings);
        await app.RunAsync();

        await app.MultiSelect("Origin").SetValue("DFW", "ORD").RunAsync();

        var expected = Flights.Count(f => f.Origin is "DFW" or "ORD");
        Assert.Equal(expected.ToString("N0", System.Globalization.CultureInfo.InvariantCulture), app.Metric("Flights").Value);
        Assert.Equal(expected, app.DataFrame().RowCount);
        Assert.All(app.DataFrame().Rows(0, 50), row => Assert.Contains(row[1], new[] { "DFW", "ORD" }));
    }

    [Fact]
    public async Task HourDistanceAndMonthFiltersCombine()
    {
        using var app = ModelCompareApps.For<ExplorePage>(folder.Settings);
        await app.RunAsync();

        app.RangeSlider("Departure hour").SetValue((6, 9));
        app.RangeSlider("Distance (miles)").SetValue((500, 1500));
        await app.MultiSelect("Month").SetValue("February").RunAsync();

        var expected = Flights.Count(f => f.Departure.Hour is >= 6 and <= 9 && f.Distance is >= 500 and <= 1500 && f.Departure.Month == 2);
        Assert.Equal(expected, app.DataFrame().RowCount);
        Assert.InRange(expected, 1, 19_999);
    }

    [Fact]
    public async Task FiltersThatMatchNothingSaySoInsteadOfDrawingEmptyCharts()
    {
        using var app = ModelCompareApps.For<ExplorePage>(folder.Settings);
        await app.RunAsync();

        await app.RangeSlider("Distance (miles)").SetValue((0, 0)).RunAsync();

        Assert.Equal("0", app.Metric("Flights").Value);
        Assert.Contains("No flight matches these filters", app.Info(), StringComparison.Ordinal);
        Assert.Empty(app.Charts);
    }

    [Fact]
    public async Task CorrelationHeatmapWritesItsNumbersWithOnesOnTheDiagonal()
    {
        using var app = ModelCompareApps.For<ExplorePage>(folder.Settings);

        await app.RunAsync();

        var cells = app.Chart("Correlations (Pearson)").CellText!;
        Assert.Equal(6, cells.Count);
        Assert.All(Enumerable.Range(0, 6), i => Assert.Equal("1.00", cells[i][i]));
    }

    [Fact]
    public async Task ChartsShowTheDelayHistogramSampledScatterAndSharesByHourAndOrigin()
    {
        using var app = ModelCompareApps.For<ExplorePage>(folder.Settings);

        await app.RunAsync();

        Assert.Equal(DataApps.ChartKind.Histogram, app.Chart("Arrival delay").Kind);
        Assert.True(app.Chart("Delayed share by departure hour").Series.Single().Points > 10);
        Assert.Equal(15, app.Chart("Delayed share, busiest origins").Series.Single().Points);
        Assert.Equal(4000, app.Charts.Single(c => c.Title!.StartsWith("Distance vs delay", StringComparison.Ordinal)).Series.Sum(s => s.TotalPoints));
    }

    [Fact]
    public async Task BannerSaysSignInIsOffOnlyWhenItIs()
    {
        using var off = ModelCompareApps.For<ExplorePage>(folder.Settings, SignInMode.Off);
        using var on = ModelCompareApps.For<ExplorePage>(folder.Settings, SignInMode.Configured);
        on.User = DataApps.AppUser.Create("carol");

        await off.RunAsync();
        await on.RunAsync();

        Assert.Equal(SignInState.Banner, off.Warning());
        Assert.Empty(on.Warnings);
    }

    [Fact]
    public async Task LargeVariantOfAMillionRowsIsGeneratedAndTheGridServesItsLastRows()
    {
        using var app = ModelCompareApps.For<ExplorePage>(folder.Settings);
        app.Timeout = TimeSpan.FromSeconds(120); // bound: generation, filtering and describe() of 1M rows on 2 busy cores
        await app.RunAsync();

        await app.Radio("Data set").SetValue("Large variant (1,000,000, generated)").RunAsync();

        Assert.Null(app.Exception);
        Assert.Equal("1,000,000", app.Metric("Data set rows").Value);
        Assert.Equal(1_000_000, app.DataFrame().RowCount);
        var last = app.DataFrame().Rows(999_990, 10);
        Assert.Equal(10, last.Count);
        Assert.StartsWith("2001-03-31", last[^1][0], StringComparison.Ordinal);

        await app.MultiSelect("Origin").SetValue("DFW").RunAsync();

        Assert.InRange(app.DataFrame().RowCount, 45_000, 65_000); // DFW is 5.5 % of the real flights
    }
}

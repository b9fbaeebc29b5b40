using System.Globalization;
using ModelCompare.Models;
using ModelCompare.Pages;

namespace ModelCompare.Tests.App;

public sealed class SlicesPageTests(ModelFolder folder) : IClassFixture<ModelFolder>
{
    [Fact]
    public async Task HourBandSlicesCoverEveryTestFlightOncePerModel()
    {
        using var app = ModelCompareApps.For<SlicesPage>(folder.Settings);
        await app.RunAsync();

        await app.SegmentedControl("Slice by").SetValue(Slices.ByHour).RunAsync();

        Assert.Null(app.Exception);
        var rows = app.Table().Records;
        Assert.Equal(8, rows.Count); // 4 hour bands × 2 models
        foreach (var model in new[] { "Logistic regression", "FastTree" })
        {
            Assert.Equal(5000, rows.Where(r => r["Model"] == model).Sum(r => int.Parse(r["Flights"], NumberStyles.AllowThousands, CultureInfo.InvariantCulture)));
        }

        Assert.Equal(["00–05 night", "06–11 morning", "12–17 afternoon", "18–23 evening"], rows.Select(r => r["Slice"]).Distinct());
    }

    [Fact]
    public async Task OriginSlicesAreTheBusiestAirportsAndTheChartFollowsTheMetric()
    {
        using var app = ModelCompareApps.For<SlicesPage>(folder.Settings);
        await app.RunAsync();

        await app.SegmentedControl("Metric").SetValue("Recall").RunAsync();

        Assert.Equal(16, app.Table().RowCount); // 8 origins × 2 models
        Assert.Contains("DFW", app.Table().Records.Select(r => r["Slice"]));
        Assert.Equal("Recall by origin", app.Charts[0].Title);
        Assert.Equal(2, app.Charts[0].Series.Count);
    }

    [Fact]
    public async Task DisagreementsListTheFlightsWhosePredictionsDiffer()
    {
        using var app = ModelCompareApps.For<SlicesPage>(folder.Settings);
        await app.RunAsync();

        var lr = ModelsPageTests.Evaluated(folder, FlightDelays.ModelKind.LogisticRegression);
        var tree = ModelsPageTests.Evaluated(folder, FlightDelays.ModelKind.FastTree);
        var expected = Enumerable.Range(0, lr.Scores.Length).Count(i => lr.Scores[i] >= 0.3 != tree.Scores[i] >= 0.3);
        Assert.Equal(expected.ToString("N0", CultureInfo.InvariantCulture), app.Metric("Flights the models disagree on").Value);
        var grid = app.DataFrame();
        Assert.Equal(Math.Min(expected, SlicesPage.DisagreementRows), grid.RowCount);
        Assert.Contains("FastTree says delayed", grid.Columns);
        Assert.All(grid.Rows(0, 20), row => Assert.NotEqual(row[^3], row[^1])); // LR's and FastTree's predictions differ
    }
}

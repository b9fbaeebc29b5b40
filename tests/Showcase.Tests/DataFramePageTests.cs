using DataApps;
using DataApps.Testing;
using Showcase.Pages;

namespace Showcase.Tests;

public sealed class DataFramePageTests
{
    private static async Task<AppTest> OpenAsync()
    {
        var app = AppTest.For<DataFramePage>();
        app.Timeout = TimeSpan.FromSeconds(60); // the first test builds the million-row frame
        await app.RunAsync();
        return app;
    }

    private static string Metric(AppTest app, string label) => Assert.Single(app.Get<MetricElement>(), m => m.Label == label).Value;

    [Fact]
    public async Task TheGridShowsAMillionRowsWithTheConfiguredColumns()
    {
        using var app = await OpenAsync();

        var grid = app.DataFrame("orders");

        Assert.Equal(DataFramePage.Rows, grid.RowCount);
        Assert.Equal(["Customer", "City", "Score", "Discount", "Price", "Ordered", "Shipped", "Site", "Flag"], grid.Columns);
        Assert.Equal(RowSelection.SingleRow, grid.Element.Selection);
        var first = grid.Rows(0, 1)[0];
        Assert.EndsWith("%", first[3], StringComparison.Ordinal);
        Assert.StartsWith("$", first[4], StringComparison.Ordinal);
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", first[5]);
        Assert.Equal("open", first[7]);
    }

    [Fact]
    public async Task WithoutASelectionThePageSaysHowToSelect()
    {
        using var app = await OpenAsync();

        Assert.Equal("0", Metric(app, "Selected rows"));
        Assert.Contains(app.Get<InfoElement>(), i => i.Body.Contains("Select rows", StringComparison.Ordinal));
        Assert.Single(app.Get<TableElement>()); // only the planets
    }

    [Fact]
    public async Task SelectingARowShowsItInATableAndTheMetrics()
    {
        using var app = await OpenAsync();

        await app.DataFrame("orders").Select(999_999).RunAsync();

        Assert.Equal("1", Metric(app, "Selected rows"));
        Assert.StartsWith("$", Metric(app, "Selected value"), StringComparison.Ordinal);
        var selected = app.Get<TableElement>()[0];
        Assert.Equal(1, selected.RowCount);
        Assert.DoesNotContain("site", selected.Headers);
        Assert.Equal(app.DataFrame("orders").Rows(999_999, 1)[0][0], selected.Cells[0]);
    }

    [Fact]
    public async Task MultiRowSelectionTakesSeveralRows()
    {
        using var app = await OpenAsync();
        await app.Radio("Selection").SetValue("Multi row").RunAsync();

        await app.DataFrame("orders").Select(1, 2, 3).RunAsync();

        Assert.Equal(RowSelection.MultiRow, app.DataFrame("orders").Element.Selection);
        Assert.Equal("3", Metric(app, "Selected rows"));
        Assert.Equal(3, app.Get<TableElement>()[0].RowCount);
    }

    [Fact]
    public async Task TheSmallTableAndWriteShowThePlanets()
    {
        using var app = await OpenAsync();

        var table = Assert.Single(app.Get<TableElement>());
        Assert.Equal(["Name", "DistanceAu", "MassEarths", "Moons"], table.Headers);
        Assert.Equal(5, table.RowCount);
        Assert.Equal(5, app.DataFrame(1).RowCount);
    }
}

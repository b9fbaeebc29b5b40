using DataApps.Testing;
using Microsoft.Data.Analysis;

namespace DataApps.Core.Tests.Charts;

public sealed class ChartVerbTests
{
    private sealed record Penguin(string Species, double Bill, double Depth);

    private static readonly Penguin[] Penguins =
    [
        new("Adelie", 39, 18), new("Adelie", 40, 19), new("Gentoo", 47, 15), new("Gentoo", 50, 16), new("Chinstrap", 49, 19),
    ];

    [Fact]
    public async Task EveryVerbWritesAChartOfItsKind()
    {
        using var app = AppTest.FromFunction(ui =>
        {
            ui.LineChart(Penguins, y: "Bill");
            ui.AreaChart(Penguins, y: ["Bill", "Depth"]);
            ui.BarChart(Penguins, x: "Species", y: "Bill", stacked: true);
            ui.ScatterChart(Penguins, x: "Bill", y: "Depth", color: "Species", size: "Depth");
            ui.Histogram(Penguins, x: "Bill", bins: 3);
            ui.Heatmap(Penguins, x: "Species", y: ["Bill", "Depth"]);
            ui.BoxChart(Penguins, x: "Species", y: "Bill");
        });

        await app.RunAsync();

        Assert.Null(app.Exception);
        Assert.Equal(Enum.GetValues<ChartKind>(), app.Charts.Select(c => c.Kind));
        Assert.Equal(["Adelie", "Gentoo", "Chinstrap"], app.Charts[3].Series.Select(s => s.Name));
    }

    [Fact]
    public async Task MissingColumnShowsAnErrorAndThePageGoesOn()
    {
        using var app = AppTest.FromFunction(ui =>
        {
            ui.LineChart(Penguins, x: "Bill", y: "Weight");
            ui.Text("after");
        });

        await app.RunAsync();

        var error = Assert.Single(app.Get<ErrorElement>());
        Assert.Contains("`Weight`", error.Body);
        Assert.Contains("`Species`, `Bill`, `Depth`", error.Body);
        Assert.Equal("after", Assert.Single(app.Get<TextElement>()).Text);
        Assert.Empty(app.Charts);
    }

    [Fact]
    public async Task SameSequenceIsConvertedOnceSoTheChartElementIsEqualAcrossRuns()
    {
        using var app = AppTest.FromFunction(ui => ui.LineChart(Penguins, y: "Bill"));

        await app.RunAsync();
        var first = app.Charts[0].Chart;
        await app.RunAsync();

        Assert.Same(first.Data, app.Charts[0].Chart.Data);
        Assert.Equal(first, app.Charts[0].Chart);
    }

    [Fact]
    public async Task SelectionReachesTheScriptWithRowsAndValues()
    {
        ChartSelection? seen = null;
        using var app = AppTest.FromFunction(ui =>
        {
            seen = ui.ScatterChart(Penguins, x: "Bill", y: "Depth", color: "Species", title: "Bills", selection: ChartSelectionMode.Box);
        });
        await app.RunAsync();

        app.Chart("Bills").SelectBox(45, 51, 14, 17);
        await app.RunAsync();

        Assert.Equal([2, 3], seen!.Rows);
        Assert.Equal(new SelectedPoint(2, "Gentoo", 47.0, 15.0), seen.Points[0]);
        Assert.Equal(seen, app.Chart("Bills").Selection);
    }

    [Fact]
    public async Task OnSelectRunsBeforeThePageWhenTheSelectionChanges()
    {
        var calls = 0;
        using var app = AppTest.FromFunction(ui => ui.LineChart(Penguins, y: "Bill", key: "line", onSelect: () => calls++));
        await app.RunAsync();

        app.Chart("line").Select(1, 4);
        await app.RunAsync();

        Assert.Equal(1, calls);
        Assert.Equal([1, 4], app.Chart("line").Selection.Rows);
    }

    [Fact]
    public async Task DataFrameIsHeldByReference()
    {
        var frame = Penguins.ToDataFrame();
        using var app = AppTest.FromFunction(ui => ui.BarChart(frame, x: "Species", y: "Bill", horizontal: true, title: "Bars"));

        await app.RunAsync();

        var chart = app.Chart("Bars").Chart;
        Assert.Same(frame, chart.Data);
        Assert.True(chart.Options.Horizontal);
    }
}

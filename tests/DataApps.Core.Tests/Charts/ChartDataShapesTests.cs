using DataApps.Testing;
using Microsoft.Data.Analysis;

namespace DataApps.Core.Tests.Charts;

/// <summary>
/// Every shape of data a chart verb takes compiles and draws: collection expressions with spreads, arrays, lists,
/// queries, anonymous types, a DataFrame, and a dictionary of named series. This file is the compile test of
/// Note [Chart data overloads]: an ambiguous or missing overload fails the build.
/// </summary>
public sealed class ChartDataShapesTests
{
    private sealed record Point(int X, double Y);

    private static readonly Point[] Train = [new(0, 1.0), new(1, 0.8), new(2, 0.5)];
    private static readonly List<Point> Test = [new(3, 0.45), new(4, 0.4)];

    [Fact]
    public async Task EveryVerbTakesEveryShapeOfData()
    {
        var frame = Train.ToDataFrame();
        var query = Train.Where(p => p.X > 0);
        var series = new Dictionary<string, double[]> { ["loss"] = [1, 0.8, 0.5], ["val_loss"] = [1.1, 0.9, 0.7] };
        IReadOnlyList<Point> readOnly = Train;
        using var app = AppTest.FromFunction(ui =>
        {
            ui.LineChart([.. Train, .. Test], x: "X", y: "Y");
            ui.LineChart(new[] { new Point(0, 1), new Point(1, 2) }, x: "X");
            ui.LineChart(Test, x: "X", y: "Y");
            ui.LineChart(frame, x: "X", y: "Y");
            ui.LineChart(query, x: "X");
            ui.LineChart(readOnly, x: "X");
            ui.LineChart(Train.Select(p => new { p.X, Double = p.Y * 2 }), x: "X");
            ui.LineChart(series);
            ui.LineChart([new Point(0, 1), new Point(1, 2)], x: "X", y: "Y");

            ui.AreaChart([.. Train, .. Test], x: "X", y: "Y");
            ui.AreaChart(frame, x: "X", y: "Y");
            ui.BarChart([.. Train, .. Test], x: "X", y: "Y");
            ui.BarChart(frame, x: "X", y: "Y");
            ui.ScatterChart([.. Train, .. Test], x: "X", y: "Y");
            ui.ScatterChart(frame, x: "X", y: "Y");
            ui.Histogram([.. Train, .. Test], x: "Y");
            ui.Histogram(frame, x: "Y");
            ui.Heatmap([.. Train, .. Test], x: "X");
            ui.Heatmap(frame, x: "X");
            ui.BoxChart([.. Train, .. Test], y: "Y");
            ui.BoxChart(frame, y: "Y");
            ui.BoxChart(series);
        });

        await app.RunAsync();

        Assert.Null(app.Exception);
        Assert.Empty(app.Get<ErrorElement>());
        Assert.Equal(22, app.Charts.Count);
        Assert.Equal(5, app.Charts[0].Series.Single().Points);
        Assert.Equal(["loss", "val_loss"], app.Charts[7].Series.Select(s => s.Name));
    }

    [Fact]
    public async Task DictionaryOfSeriesOfDifferentLengthsShowsAnErrorThatListsThem()
    {
        var series = new Dictionary<string, int[]> { ["a"] = [1, 2, 3], ["b"] = [1] };
        using var app = AppTest.FromFunction(ui => ui.LineChart(series));

        await app.RunAsync();

        Assert.Equal("A line chart needs series of the same length; the lengths are: `a` 3, `b` 1.", Assert.Single(app.Get<ErrorElement>()).Body);
    }

    [Fact]
    public async Task NullDataShowsAnError()
    {
        using var app = AppTest.FromFunction(ui => ui.ScatterChart((DataFrame)null!));

        await app.RunAsync();

        Assert.Contains("A scatter chart needs data", Assert.Single(app.Get<ErrorElement>()).Body);
    }
}

using DataApps.Charts;
using Microsoft.Data.Analysis;

namespace DataApps.Core.Tests.Charts;

public sealed class ChartDataTests
{
    private sealed record Point(int Step, double Loss, double ValLoss, string Run);

    private static DataFrame Frame(int n = 10) =>
        Enumerable.Range(0, n).Select(i => new Point(i, 1.0 / (i + 1), 2.0 / (i + 1), i % 2 == 0 ? "a" : "b")).ToDataFrame();

    private static Chart Line(DataFrame frame, string? x = null, Columns y = default, string? color = null) =>
        new(ChartKind.Line, frame) { X = x, Y = y, Color = color };

    [Fact]
    public void EachYColumnBecomesASeriesWithEveryRow()
    {
        var figure = ChartData.Prepare(Line(Frame(), "Step", new Columns("Loss", "ValLoss")));

        Assert.Equal(["Loss", "ValLoss"], figure.Series.Select(s => s.Name));
        Assert.Equal(Enumerable.Range(0, 10).Select(i => (double)i), figure.Series[0].X);
        Assert.Equal(0.5, figure.Series[0].Y[1]);
        Assert.Equal(Enumerable.Range(0, 10), figure.Series[1].Rows);
        Assert.Equal(AxisType.Linear, figure.XAxis);
    }

    [Fact]
    public void ColorMakesOneSeriesPerDistinctValueInFirstSeenOrder()
    {
        var figure = ChartData.Prepare(Line(Frame(), "Step", "Loss", color: "Run"));

        Assert.Equal(["a", "b"], figure.Series.Select(s => s.Name));
        Assert.Equal([0, 2, 4, 6, 8], figure.Series[0].Rows);
        Assert.Equal([1, 3, 5, 7, 9], figure.Series[1].Rows);
    }

    [Fact]
    public void WithoutYEveryNumericColumnButXIsDrawn()
    {
        var chart = Line(Frame(), "Step");

        Assert.Equal(["Loss", "ValLoss"], chart.YColumns);
    }

    [Fact]
    public void MissingColumnErrorNamesItAndListsTheColumns()
    {
        var error = ChartData.Validate(Line(Frame(), "Step", "los"));

        Assert.NotNull(error);
        Assert.Contains("`los`", error);
        Assert.Contains("`Step`, `Loss`, `ValLoss`, `Run`", error);
    }

    [Fact]
    public void TextYColumnIsRefusedWithTheNumericColumns()
    {
        var error = ChartData.Validate(Line(Frame(), "Step", "Run"));

        Assert.NotNull(error);
        Assert.Contains("`Run`", error);
        Assert.Contains("not numeric", error);
    }

    [Fact]
    public void LongLineIsDownsampledToTheThresholdAndZoomShowsFullDetail()
    {
        var frame = Enumerable.Range(0, 100_000).Select(i => new Point(i, Math.Sin(i / 1000.0), 0, "a")).ToDataFrame();
        var full = ChartData.Prepare(Line(frame, "Step", "Loss"));

        var overview = ChartData.Figure(full, maxPoints: 2000);
        var zoomed = ChartData.Figure(full, maxPoints: 2000, range: (50_000, 51_000));

        Assert.InRange(overview.Series[0].Y.Length, 1000, 2000);
        Assert.True(overview.Reduced);
        Assert.Equal(1003, zoomed.Series[0].Y.Length); // 1,001 points in range plus a neighbour each side
        Assert.Equal(49_999, zoomed.Series[0].Rows[0]);
    }

    [Fact]
    public void DatesBecomeUnixMillisecondsOnADateAxis()
    {
        var frame = new[] { (Day: new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc), V: 1.0) }
            .Select(t => new { t.Day, t.V }).ToDataFrame();

        var figure = ChartData.Prepare(new Chart(ChartKind.Line, frame) { X = "Day", Y = "V" });

        Assert.Equal(AxisType.Date, figure.XAxis);
        Assert.Equal(1_704_067_200_000, figure.Series[0].X[0]);
        Assert.Equal(1_704_067_200_000, ChartData.FromAxisValue("2024-01-01 00:00:00", AxisType.Date));
    }

    [Fact]
    public void HistogramCountsEveryValueIntoItsBin()
    {
        var frame = new[] { 0.0, 0.1, 0.2, 0.9, 1.0 }.ToDataFrame();

        var figure = ChartData.Prepare(new Chart(ChartKind.Histogram, frame) { X = "value", Options = new() { Bins = 2 } });

        Assert.Equal([3.0, 2.0], figure.Series[0].Y);
        Assert.Equal(0.5, figure.BinWidth);
    }

    [Fact]
    public void BoxSummarizesQuartilesAndFences()
    {
        var frame = new[] { 1.0, 2, 3, 4, 5, 100 }.ToDataFrame();

        var box = Assert.Single(ChartData.Prepare(new Chart(ChartKind.Box, frame) { Y = "value" }).Boxes);

        Assert.Equal(2.25, box.Q1);
        Assert.Equal(3.5, box.Median);
        Assert.Equal(4.75, box.Q3);
        Assert.Equal(5, box.UpperFence); // 100 is an outlier
        Assert.Equal(6, box.Count);
    }

    [Fact]
    public void HeatmapPivotAveragesValuePerCell()
    {
        var frame = new[] { ("a", "x", 1.0), ("a", "x", 3.0), ("b", "y", 5.0) }
            .Select(t => new { Col = t.Item1, Row = t.Item2, V = t.Item3 }).ToDataFrame();

        var heatmap = ChartData.Prepare(new Chart(ChartKind.Heatmap, frame) { X = "Col", Y = "Row", Value = "V" }).Heatmap!;

        Assert.Equal(["a", "b"], heatmap.XLabels);
        Assert.Equal(["x", "y"], heatmap.YLabels);
        Assert.Equal(2, heatmap.Z[0][0]);
        Assert.True(double.IsNaN(heatmap.Z[0][1]));
        Assert.Equal(5, heatmap.Z[1][1]);
    }
}

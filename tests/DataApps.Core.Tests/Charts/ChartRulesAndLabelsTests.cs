using DataApps.Testing;

namespace DataApps.Core.Tests.Charts;

/// <summary>Reference lines and bands (<c>rules:</c>), axis titles and a heatmap's cell numbers, as the verbs record them.</summary>
public sealed class ChartRulesAndLabelsTests
{
    private sealed record Epoch(int Step, double Loss, DateTime Day);

    private sealed record Confusion(string Actual, int Cat, int Dog);

    private static readonly Epoch[] History = [.. Enumerable.Range(0, 10).Select(i => new Epoch(i, 1.0 / (i + 1), new DateTime(2024, 1, 1).AddDays(i)))];

    [Fact]
    public async Task RulesReachTheChartInOrderAndEqualRulesKeepTheElementEqual()
    {
        using var app = AppTest.FromFunction(ui => ui.LineChart(History, x: "Step", y: "Loss", title: "Loss",
            rules: [Rule.Y(0.5, "threshold"), Rule.X(3), Rule.Band(y0: 0.6, y1: 0.4, "target", color: "green")]));

        await app.RunAsync();
        var first = app.Chart("Loss").Chart;
        await app.RunAsync();

        Assert.Empty(app.Get<ErrorElement>());
        var rules = app.Chart("Loss").Rules;
        Assert.Equal([RuleAxis.Y, RuleAxis.X, RuleAxis.Y], rules.Select(r => r.Axis));
        Assert.Equal((0.4, 0.6), ((double)rules[2].From, (double)rules[2].To!)); // a band's edges in order
        Assert.Equal("target", rules[2].Label);
        Assert.Equal("green", rules[2].Color);
        Assert.Equal(first, app.Chart("Loss").Chart);
    }

    [Fact]
    public async Task DateRuleOnANumberAxisShowsAnErrorThatNamesTheRuleAndTheColumn()
    {
        using var app = AppTest.FromFunction(ui =>
        {
            ui.LineChart(History, x: "Step", y: "Loss", rules: [Rule.X(new DateTime(2024, 1, 3))]);
            ui.Text("after");
        });

        await app.RunAsync();

        var error = Assert.Single(app.Get<ErrorElement>()).Body;
        Assert.Contains("rule Rule.X(2024-01-03 00:00:00)", error);
        Assert.Contains("`rules:`", error);
        Assert.Contains("`Step`", error);
        Assert.Empty(app.Charts);
        Assert.Contains(app.Get<TextElement>(), t => t.Text == "after");
    }

    [Fact]
    public async Task DateRuleOnADateAxisAndCategoryRuleOnACategoryAxisAreAccepted()
    {
        using var app = AppTest.FromFunction(ui =>
        {
            ui.LineChart(History, x: "Day", y: "Loss", rules: [Rule.X(new DateTime(2024, 1, 3), "release"), Rule.XBand(new DateTime(2024, 1, 5), new DateTime(2024, 1, 6))]);
            ui.BarChart([new { Region = "North", Units = 3 }, new { Region = "South", Units = 5 }], x: "Region", y: "Units", rules: [Rule.X("South")]);
            ui.BarChart([new { Region = "North", Units = 3 }], x: "Region", y: "Units", rules: [Rule.X("West")]);
        });

        await app.RunAsync();

        Assert.Equal(2, app.Charts.Count);
        Assert.Contains("does not have", Assert.Single(app.Get<ErrorElement>()).Body);
    }

    [Fact]
    public async Task AxisTitlesAreTheLabelsElseTheColumnNames()
    {
        using var app = AppTest.FromFunction(ui =>
        {
            ui.LineChart(History, x: "Step", y: "Loss", title: "Named", xLabel: "epoch", yLabel: "training loss");
            ui.LineChart(History, x: "Step", y: "Loss", title: "Default");
            ui.Histogram(History, x: "Loss", title: "Counts");
        });

        await app.RunAsync();

        Assert.Equal(("epoch", "training loss"), (app.Chart("Named").XTitle, app.Chart("Named").YTitle));
        Assert.Equal(("Step", "Loss"), (app.Chart("Default").XTitle, app.Chart("Default").YTitle));
        Assert.Equal(("Loss", "count"), (app.Chart("Counts").XTitle, app.Chart("Counts").YTitle));
    }

    [Fact]
    public async Task HeatmapShowsEveryCellsNumberInTheGivenFormat()
    {
        Confusion[] matrix = [new("Cat", 1200, 3), new("Dog", 4, 950)];
        using var app = AppTest.FromFunction(ui =>
        {
            ui.Heatmap(matrix, x: "Actual", title: "Formatted", format: "N0");
            ui.Heatmap(matrix, x: "Actual", title: "Default", showValues: true);
            ui.Heatmap(matrix, x: "Actual", title: "Plain");
        });

        await app.RunAsync();

        Assert.Equal([["1,200", "3"], ["4", "950"]], app.Chart("Formatted").CellText!.Select(r => r.ToArray()));
        Assert.Equal([["1,200", "3"], ["4", "950"]], app.Chart("Default").CellText!.Select(r => r.ToArray()));
        Assert.Null(app.Chart("Plain").CellText);
    }

    [Fact]
    public async Task HeatmapFormatThatIsNotANumberFormatShowsAnError()
    {
        using var app = AppTest.FromFunction(ui => ui.Heatmap(new[] { new Confusion("Cat", 1, 2) }, x: "Actual", format: "Q9"));

        await app.RunAsync();

        Assert.Contains("`format:` \"Q9\" is not a .NET number format", Assert.Single(app.Get<ErrorElement>()).Body);
    }
}

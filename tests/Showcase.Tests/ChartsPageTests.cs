using DataApps;
using DataApps.Testing;
using Showcase.Pages;

namespace Showcase.Tests;

public sealed class ChartsPageTests
{
    private static async Task<AppTest> OpenAsync()
    {
        var app = AppTest.For<ChartsPage>();
        await app.RunAsync();
        Assert.Null(app.Exception);
        return app;
    }

    [Fact]
    public async Task EveryChartKindIsOnThePageAndNoErrors()
    {
        using var app = await OpenAsync();

        Assert.Equal(Enum.GetValues<ChartKind>().Order(), app.Charts.Select(c => c.Kind).Distinct().Order());
        Assert.Empty(app.Get<ErrorElement>());
        Assert.Single(app.Get<SelectablePlotlyElement>());
    }

    [Fact]
    public async Task LongDataWithColorMakesOneSeriesPerTicker()
    {
        using var app = await OpenAsync();

        Assert.Equal(["ACME", "GLOBEX", "INITECH"], app.Chart("Prices (long data, color:)").Series.Select(s => s.Name));
        Assert.Equal(["Loss", "ValLoss"], app.Chart("Training curves").Series.Select(s => s.Name));
    }

    [Fact]
    public async Task MillionPointLineSendsAFewThousandPointsAndMoreDetailWhenZoomed()
    {
        using var app = await OpenAsync();
        var big = app.Chart("1,000,000-point signal");

        var overview = Assert.Single(big.Series);
        var zoomed = Assert.Single(big.SeriesInRange(400_000, 402_000));

        Assert.Equal(ChartsPage.BigLinePoints, overview.TotalPoints);
        Assert.InRange(overview.Points, 1_000, 4_000);
        Assert.Equal(2_003, zoomed.Points);
    }

    [Fact]
    public async Task BarLayoutRadioStacksOrTurnsTheBars()
    {
        using var app = await OpenAsync();

        app.Radio("Bar layout").SetValue("horizontal");
        await app.RunAsync();

        var bars = app.Chart("First quarter (horizontal)").Chart;
        Assert.True(bars.Options.Horizontal);
        Assert.False(bars.Options.Stacked);
    }

    [Fact]
    public async Task BoxSelectionOnTheScatterIsShownByTheScript()
    {
        using var app = await OpenAsync();
        Assert.Contains("Selected points: 0", Texts.Of(app));

        app.Chart("penguins").SelectBox(45, 60, 10, 16);
        await app.RunAsync();

        var selection = app.Chart("penguins").Selection;
        Assert.NotEmpty(selection.Points);
        Assert.Contains($"Selected points: {selection.Points.Count}", Texts.Of(app));
        Assert.All(selection.Points, p => Assert.InRange((double)p.Y!, 10, 16));
        Assert.Contains(app.Get<MetricElement>(), m => m.Label == "Mean body mass");
    }

    [Fact]
    public async Task SelectionModeRadioSwitchesToLasso()
    {
        using var app = await OpenAsync();

        app.Radio("Select with").SetValue("lasso");
        await app.RunAsync();

        Assert.Equal(ChartSelectionMode.Lasso, ((SelectableChartElement)app.Chart("penguins").Element).Mode);
    }

    [Fact]
    public async Task TrainingCurvesHaveAThresholdRuleAndAxisTitles()
    {
        using var app = await OpenAsync();

        var chart = app.Chart("Training curves");
        Assert.Equal(("epoch", "loss"), (chart.XTitle, chart.YTitle));
        Assert.Contains(chart.Rules, r => r.Label == "threshold" && r.Axis == RuleAxis.Y);
    }

    [Fact]
    public async Task ClickingAConfusionMatrixCellShowsItsNumber()
    {
        using var app = await OpenAsync();
        Assert.Equal(["41", "6", "3"], app.Chart("confusion").CellText![0]);

        app.Chart("confusion").ClickCell(x: "Dog", y: "Cat");
        await app.RunAsync();

        Assert.Contains("Selected cell: actual Cat, predicted Dog: 6", Texts.Of(app));
    }

    [Fact]
    public async Task SelectionOnThePlotlyFigureIsShownByTheScript()
    {
        using var app = await OpenAsync();
        Assert.Contains("Plotly selection: 0 points", Texts.Of(app));

        app.Widget<SelectablePlotlyElement>("custom").SetValue(new PlotlySelection(new[] { new PlotlyPoint(0, 3, 0.6, 0.56), new PlotlyPoint(1, 3, 0.6, 0.68) }));
        await app.RunAsync();

        Assert.Contains("Plotly selection: 2 points", Texts.Of(app));
    }
}

using DataApps.Testing;

namespace DataApps.Core.Tests.Charts;

/// <summary>Selections on histograms (bins), heatmaps (clicked cells) and box charts (clicked boxes) reach the script as rows.</summary>
public sealed class ChartSelectionKindsTests
{
    private sealed record Penguin(string Species, double Mass);

    private sealed record Confusion(string Actual, int Cat, int Dog);

    private static readonly Penguin[] Penguins =
    [
        new("Adelie", 3000), new("Adelie", 3100), new("Gentoo", 5000), new("Gentoo", 5100), new("Chinstrap", 3900),
    ];

    [Fact]
    public async Task HistogramSelectionReturnsTheRowsOfTheSelectedBins()
    {
        ChartSelection? seen = null;
        using var app = AppTest.FromFunction(ui => seen = ui.Histogram(Penguins, x: "Mass", bins: 3, title: "Mass", selection: ChartSelectionMode.Box));
        await app.RunAsync();

        app.Chart("Mass").SelectBins(2); // 4,300–5,100
        await app.RunAsync();

        Assert.Equal([2, 3], seen!.Rows);
        Assert.Equal(new SelectedPoint(2, "Mass", 5000.0, null), seen.Points[0]);

        app.Chart("Mass").SelectBox(xMin: 2000, xMax: 3500, yMin: 0, yMax: 10); // the first bin's centre is 3,350
        await app.RunAsync();

        Assert.Equal([0, 1], seen!.Rows);
    }

    [Fact]
    public async Task HeatmapCellClickReturnsTheCellAndItsRows()
    {
        ChartSelection? seen = null;
        Confusion[] matrix = [new("Cat", 41, 6), new("Dog", 4, 52)];
        using var app = AppTest.FromFunction(ui => seen = ui.Heatmap(matrix, x: "Actual", title: "Confusion", onSelect: () => { }));
        await app.RunAsync();
        Assert.Equal(ChartSelectionMode.Points, ((SelectableChartElement)app.Chart("Confusion").Element).Mode);

        app.Chart("Confusion").ClickCell(x: "Dog", y: "Cat");
        await app.RunAsync();

        Assert.Equal(new SelectedCell("Dog", "Cat", 6), Assert.Single(seen!.Cells));
        Assert.Equal([0], seen.Rows);

        app.Chart("Confusion").ClearSelection();
        await app.RunAsync();

        Assert.True(seen.IsEmpty);
    }

    [Fact]
    public async Task PivotHeatmapCellHoldsTheRowsWithThatXAndY()
    {
        ChartSelection? seen = null;
        using var app = AppTest.FromFunction(ui => seen = ui.Heatmap(Penguins, x: "Species", y: "Mass", key: "pivot", selection: ChartSelectionMode.Points));
        await app.RunAsync();

        app.Chart("pivot").ClickCell(x: "Gentoo", y: "5000");
        await app.RunAsync();

        Assert.Equal(new SelectedCell("Gentoo", "5000", 1), Assert.Single(seen!.Cells));
        Assert.Equal(new SelectedPoint(2, "count", "Gentoo", 5000.0), Assert.Single(seen.Points));
    }

    [Fact]
    public async Task BoxClickReturnsTheRowsOfThatBox()
    {
        ChartSelection? seen = null;
        using var app = AppTest.FromFunction(ui => seen = ui.BoxChart(Penguins, x: "Species", y: "Mass", title: "Boxes", selection: ChartSelectionMode.Points));
        await app.RunAsync();

        app.Chart("Boxes").ClickBox("Gentoo");
        await app.RunAsync();

        Assert.Equal([2, 3], seen!.Rows);
        Assert.Equal(new SelectedPoint(2, "Gentoo", "Gentoo", 5000.0), seen.Points[0]);
    }

    [Fact]
    public async Task HeatmapWithBoxSelectionShowsAnErrorThatSaysToClick()
    {
        using var app = AppTest.FromFunction(ui => ui.Heatmap(Penguins, x: "Species", y: "Mass", selection: ChartSelectionMode.Box));

        await app.RunAsync();

        Assert.Contains("A heatmap selects cells by clicking: use selection: ChartSelectionMode.Points", Assert.Single(app.Get<ErrorElement>()).Body);
    }
}

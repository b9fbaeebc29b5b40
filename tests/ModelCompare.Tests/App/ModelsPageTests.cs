using System.Globalization;
using DataApps;
using ModelCompare.Models;
using ModelCompare.Pages;
using Plotly.Blazor.Traces;

namespace ModelCompare.Tests.App;

public sealed class ModelsPageTests(ModelFolder folder) : IClassFixture<ModelFolder>
{
    [Fact]
    public async Task MetricsTableShowsEachModelAtItsThreshold()
    {
        using var app = ModelCompareApps.For<ModelsPage>(folder.Settings);
        await app.RunAsync();

        await app.Slider("Threshold: FastTree").SetValue(0.45).RunAsync();

        Assert.Null(app.Exception);
        var rows = app.Table().Records;
        Assert.Equal(["Logistic regression", "FastTree"], rows.Select(r => r["Model"]));
        Assert.Equal("0.30", rows[0]["Threshold"]);
        Assert.Equal("0.45", rows[1]["Threshold"]);
        var tree = Evaluated(folder, FlightDelays.ModelKind.FastTree);
        var c = Confusion.At(tree.Scores, tree.Labels, 0.45);
        Assert.Equal(c.Accuracy.ToString("0.000", CultureInfo.InvariantCulture), rows[1]["Accuracy"]);
        Assert.Equal(c.Recall.ToString("0.000", CultureInfo.InvariantCulture), rows[1]["Recall"]);
        Assert.Equal(c.F1.ToString("0.000", CultureInfo.InvariantCulture), rows[1]["F1"]);
        Assert.Equal(Scoring.Auc(tree.Scores, tree.Labels).ToString("0.000", CultureInfo.InvariantCulture), rows[1]["AUC"]);
    }

    [Fact]
    public async Task EachConfusionMatrixSumsToTheTestRowsAndFollowsItsThreshold()
    {
        using var app = ModelCompareApps.For<ModelsPage>(folder.Settings);
        await app.RunAsync();
        var before = app.Chart("FastTree @ 0.30").CellText!;

        await app.Slider("Threshold: FastTree").SetValue(0.6).RunAsync();

        var after = app.Chart("FastTree @ 0.60").CellText!;
        Assert.Equal(5000, Sum(before));
        Assert.Equal(5000, Sum(after));
        Assert.Equal(5000, Sum(app.Chart("Logistic regression @ 0.30").CellText!));
        // A higher threshold predicts fewer delays: the "predicted delayed" column shrinks.
        Assert.True(Count(after[0][1]) + Count(after[1][1]) < Count(before[0][1]) + Count(before[1][1]));
    }

    [Fact]
    public async Task CurvesDrawALinePerModelAndMarkTheCurrentThreshold()
    {
        using var app = ModelCompareApps.For<ModelsPage>(folder.Settings);
        await app.RunAsync();

        await app.Slider("Threshold: Logistic regression").SetValue(0.25).RunAsync();

        var figures = app.Get<PlotlyElement>();
        Assert.Equal(2, figures.Count);
        var roc = figures[0].Data.OfType<Scatter>().ToArray();
        Assert.Equal(["Logistic regression", "Logistic regression @ 0.25", "FastTree", "FastTree @ 0.30", "chance"], roc.Select(t => t.Name));
        var lr = Evaluated(folder, FlightDelays.ModelKind.LogisticRegression);
        var c = Confusion.At(lr.Scores, lr.Labels, 0.25);
        Assert.Equal(c.FalsePositiveRate, (double)roc[1].X.Single());
        Assert.Equal(c.Recall, (double)roc[1].Y.Single());
        Assert.Equal(201, roc[0].X.Count);
    }

    [Fact]
    public async Task ThresholdsCarryOverToTheSlicesPageInTheSameSession()
    {
        using var app = ModelCompareApps.For<ModelsPage>(folder.Settings);
        await app.RunAsync();
        await app.Slider("Threshold: FastTree").SetValue(0.55).RunAsync();

        await app.SwitchPage<SlicesPage>().RunAsync();

        Assert.Equal(0.55, app.Slider("Threshold: FastTree").Value, 6);
    }

    internal static EvaluatedModel Evaluated(ModelFolder folder, FlightDelays.ModelKind kind)
    {
        var settings = folder.Settings;
        var sets = new ModelCompare.Data.FlightSets(settings);
        var catalog = new ModelCatalog(sets, settings, Microsoft.Extensions.Logging.Abstractions.NullLogger<ModelCatalog>.Instance);
        return catalog.Evaluate(kind);
    }

    private static int Sum(IReadOnlyList<IReadOnlyList<string>> cells) => cells.Sum(row => row.Sum(Count));

    private static int Count(string text) => int.Parse(text, NumberStyles.AllowThousands, CultureInfo.InvariantCulture);
}

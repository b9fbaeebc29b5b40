using DataApps;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Data.Analysis;
using ModelCompare.Models;
using ModelCompare.SignIn;

namespace ModelCompare.Pages;

/// The models side by side: metrics at each model's threshold, confusion matrices, ROC and precision-recall curves.
[Page("/models", Title = "Compare models", Icon = "compare_arrows", Section = "Models", Order = 10, Layout = PageLayout.Wide)]
[Authorize(Policy = SignInSetup.Analysts)]
internal sealed class ModelsPage(ModelCatalog catalog, SignInState signIn) : DataPage
{
    /// One row of the metrics table.
    internal sealed record MetricsRow(string Model, double Threshold, double Accuracy, double Precision, double Recall, double F1, double Auc, double LogLoss, string Version, string Ready);

    protected override void Run(Ui ui)
    {
        SignInSetup.ShowBanner(ui, signIn);
        ui.Title("Compare models");
        var models = ModelControls.Load(ui, catalog);
        var thresholds = ModelControls.Thresholds(ui, models);
        ui.Caption($"Trained on {catalog.Train.Count:N0} flights and evaluated on {catalog.Test.Count:N0} held-out flights " +
            $"({models[0].Positives / (double)catalog.Test.Count:P1} delayed) of the real data. Features: hour, weekday, day of year, " +
            "month, distance, origin and destination — what is known before departure.");

        ui.Subheader("Metrics");
        ui.Table(Metrics(models, thresholds), columns:
        [
            Column.Number(nameof(MetricsRow.Threshold), format: "0.00"),
            Column.Number(nameof(MetricsRow.Accuracy), format: "0.000"),
            Column.Number(nameof(MetricsRow.Precision), format: "0.000"),
            Column.Number(nameof(MetricsRow.Recall), format: "0.000"),
            Column.Number(nameof(MetricsRow.F1), format: "0.000"),
            Column.Number(nameof(MetricsRow.Auc), label: "AUC", format: "0.000"),
            Column.Number(nameof(MetricsRow.LogLoss), label: "Log-loss (bits)", format: "0.000"),
        ]);
        ui.Caption("Accuracy, precision, recall and F1 depend on the threshold; AUC and log-loss do not.");

        ui.Subheader("Confusion matrices");
        var columns = ui.Columns(models.Count);
        for (var m = 0; m < models.Count; m++)
        {
            var c = Confusion.At(models[m].Scores, models[m].Labels, thresholds[m]);
            columns[m].Heatmap(ConfusionFrame(c), x: "Actual", title: $"{models[m].Name} @ {ModelControls.Format(thresholds[m])}",
                xLabel: "predicted", yLabel: "actual", showValues: true, format: "N0", height: 300);
        }

        ui.Subheader("ROC and precision-recall");
        var curves = models.Select(m => ui.Cache.Resource((m.Kind, m.Version), _ => Scoring.Curve(m.Scores, m.Labels))).ToArray();
        var (roc, pr) = ui.Columns(2);
        Curves.Roc(roc, models, curves, thresholds);
        Curves.PrecisionRecall(pr, models, curves, thresholds);
    }

    internal static IReadOnlyList<MetricsRow> Metrics(IReadOnlyList<EvaluatedModel> models, IReadOnlyList<double> thresholds) =>
    [
        .. models.Select((m, i) =>
        {
            var c = Confusion.At(m.Scores, m.Labels, thresholds[i]);
            var ready = (m.Trained ? "trained in " : "loaded in ") + $"{m.ObtainedIn.TotalSeconds:0.0} s";
            return new MetricsRow(m.Name, thresholds[i], c.Accuracy, c.Precision, c.Recall, c.F1,
                Scoring.Auc(m.Scores, m.Labels), Scoring.LogLoss(m.Scores, m.Labels), m.Version, ready);
        }),
    ];

    /// One row per actual class (on time first), one column per predicted class.
    internal static DataFrame ConfusionFrame(Confusion c) => new(
        new StringDataFrameColumn("Actual", ["on time", "delayed"]),
        new PrimitiveDataFrameColumn<int>("on time", [c.TrueNegatives, c.FalseNegatives]),
        new PrimitiveDataFrameColumn<int>("delayed", [c.FalsePositives, c.TruePositives]));
}

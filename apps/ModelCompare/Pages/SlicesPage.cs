using DataApps;
using Microsoft.AspNetCore.Authorization;
using ModelCompare.Models;
using ModelCompare.SignIn;

namespace ModelCompare.Pages;

/// Where the models differ: metrics per slice of the test flights, and the flights the models disagree on.
[Page("/models/slices", Title = "Slices and disagreements", Icon = "pie_chart", Section = "Models", Order = 11, Layout = PageLayout.Wide)]
[Authorize(Policy = SignInSetup.Analysts)]
internal sealed class SlicesPage(ModelCatalog catalog, SignInState signIn) : DataPage
{
    public const int DisagreementRows = 500;

    protected override void Run(Ui ui)
    {
        SignInSetup.ShowBanner(ui, signIn);
        ui.Title("Slices and disagreements");
        var models = ModelControls.Load(ui, catalog);
        var thresholds = ModelControls.Thresholds(ui, models);

        ui.Subheader("Metrics per slice");
        var by = ui.SegmentedControl("Slice by", [Slices.ByOrigin, Slices.ByHour, Slices.ByDistance], index: 0) ?? Slices.ByOrigin;
        var metric = ui.SegmentedControl("Metric", ["F1", "Recall", "Precision", "Accuracy", "AUC"], index: 0) ?? "F1";
        var rows = Slices.Compute(catalog.Test, models, thresholds).Where(r => r.By == by).ToArray();
        ui.BarChart(rows.Select(r => new { r.Slice, r.Model, Value = Pick(r, metric) }), x: "Slice", y: "Value", color: "Model",
            title: $"{metric} by {by.ToLowerInvariant()}", yLabel: metric);
        ui.Table(rows, columns:
        [
            Column.Hide(nameof(SliceRow.By)),
            Column.Number(nameof(SliceRow.Flights), format: "N0"),
            Column.Percent(nameof(SliceRow.DelayedShare), label: "Delayed"),
            Column.Number(nameof(SliceRow.Accuracy), format: "0.000"),
            Column.Number(nameof(SliceRow.Precision), format: "0.000"),
            Column.Number(nameof(SliceRow.Recall), format: "0.000"),
            Column.Number(nameof(SliceRow.F1), format: "0.000"),
            Column.Number(nameof(SliceRow.Auc), label: "AUC", format: "0.000"),
        ]);

        ui.Subheader("Where the models disagree");
        if (models.Count < 2)
        {
            ui.Info("Only one model is compared: there is nothing to disagree about.");
            return;
        }

        var disagreements = Disagreements.Find(models, thresholds);
        ui.Metric("Flights the models disagree on", disagreements.Length, format: "N0");
        ui.Caption($"{disagreements.Length / (double)catalog.Test.Count:P1} of the held-out flights get different predictions at the " +
            $"current thresholds; the {Math.Min(disagreements.Length, DisagreementRows):N0} with the widest spread of probabilities are listed.");
        if (disagreements.Length > 0)
        {
            var frame = Disagreements.Frame(catalog.Test, models, thresholds, disagreements.Take(DisagreementRows).ToArray());
            ui.DataFrame(frame, height: 400, columns:
            [
                Column.Date("Departure", format: "yyyy-MM-dd HH:mm"),
                .. models.Select(m => Column.Number(m.Name + " p", format: "0.000")),
            ]);
        }
    }

    private static double Pick(SliceRow r, string metric) => metric switch
    {
        "Recall" => r.Recall,
        "Precision" => r.Precision,
        "Accuracy" => r.Accuracy,
        "AUC" => r.Auc,
        _ => r.F1,
    };
}

using System.Diagnostics;
using DataApps;

namespace Showcase.Pages;

/// <summary>Operations: the app's own metrics from a script (<c>ui.Metrics</c>), and where logs, metrics and health are.</summary>
[Page("/operations", Title = "Metrics and health", Icon = "monitor_heart", Section = "Control flow", Order = 110)]
public sealed class OperationsPage : DataPage
{
    private static readonly string[] Models = ["baseline", "gradient-boosting", "transformer"];

    protected override void Run(Ui ui)
    {
        ui.Title("Metrics, logs and health");
        ui.Metrics.Counter("showcase.operations.views", description: "Runs of the Operations page").Add(1);
        ui.Markdown("""
            `AddOperations(builder.Configuration)` gives the app structured logs (Serilog: the console, and Seq when
            configured), Prometheus metrics at [/metrics](metrics), OpenTelemetry traces, and health at
            [/healthz](healthz) and [/readyz](readyz). Every rerun writes one log event and one metric point
            (`dataapps_reruns_total`, `dataapps_rerun_duration_seconds`). Scripts add their own with `ui.Metrics`:
            """);
        ui.Code("""
            ui.Metrics.Counter("showcase.predictions").Add(1, new("model", model));
            ui.Metrics.Histogram("showcase.prediction.latency", "s").Record(elapsed.TotalSeconds);
            """, "csharp");

        var model = ui.SelectBox("Model", Models);
        if (ui.Button("Predict"))
        {
            var watch = Stopwatch.StartNew();
            var score = Random.Shared.NextDouble();
            Thread.Sleep(Random.Shared.Next(5, 40)); // the model "thinks"
            ui.Metrics.Counter("showcase.predictions", description: "Predictions made on the Operations page").Add(1, new KeyValuePair<string, object?>("model", model));
            ui.Metrics.Histogram("showcase.prediction.latency", "s", "How long a prediction took").Record(watch.Elapsed.TotalSeconds, new KeyValuePair<string, object?>("model", model));
            ui.Success($"{model}: score {score:0.000} in {watch.ElapsedMilliseconds} ms. See showcase_predictions_total at /metrics.");
        }
    }
}

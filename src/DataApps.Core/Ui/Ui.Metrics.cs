namespace DataApps;

public sealed partial class Ui
{
    /// <summary>The app's own counters and histograms, published with the framework's metrics at <c>/metrics</c>.</summary>
    /// <example><c>if (ui.Button("Retrain")) ui.Metrics.Counter("retrains").Add(1);</c></example>
    public AppMetrics Metrics => AppMetrics.Instance;
}

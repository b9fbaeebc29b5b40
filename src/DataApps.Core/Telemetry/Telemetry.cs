using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace DataApps.Runtime;

/// <summary>The framework's instruments (<see cref="DataAppsTelemetry.MeterName"/>) and activity source; Prometheus shows them as <c>dataapps_…</c>.</summary>
internal static class Telemetry
{
    private static readonly Meter Meter = new(DataAppsTelemetry.MeterName);

    public static readonly ActivitySource Source = new(DataAppsTelemetry.ActivitySourceName);

    /// <summary>Runs of pages and fragments, tagged <c>page</c>, <c>kind</c> (page, fragment) and <c>outcome</c>.</summary>
    public static readonly Counter<long> Reruns = Meter.CreateCounter<long>("dataapps.reruns", description: "Runs of pages and fragments, by page, kind and outcome.");

    /// <summary>How long runs take, tagged <c>page</c> and <c>kind</c>.</summary>
    public static readonly Histogram<double> RerunDuration = Meter.CreateHistogram(
        "dataapps.rerun.duration", "s", "How long runs of pages and fragments take.",
        advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30] });

    /// <summary>Runs the session stopped waiting for (over budget, or not stopping when stopped or superseded), tagged <c>page</c>, <c>kind</c> and <c>reason</c> (timeout, stop, superseded).</summary>
    public static readonly Counter<long> RunsAbandoned = Meter.CreateCounter<long>(
        "dataapps.runs.abandoned", description: "Runs abandoned because they did not return in time (their threads are lost until they return), by page, kind and reason.");

    /// <summary>Abandoned runs whose code has not returned yet: each holds a thread.</summary>
    public static readonly UpDownCounter<long> AbandonedRunning = Meter.CreateUpDownCounter<long>(
        "dataapps.runs.abandoned.running", description: "Abandoned runs whose code is still running (each holds a thread).");

    /// <summary>Sessions open now (one per browser tab, plus prerendered ones waiting for their circuit).</summary>
    public static readonly UpDownCounter<long> ActiveSessions = Meter.CreateUpDownCounter<long>("dataapps.sessions.active", description: "Sessions open now.");

    /// <summary>Values and clicks that came from the browser, tagged <c>kind</c> (value, trigger, submit).</summary>
    public static readonly Counter<long> WidgetEvents = Meter.CreateCounter<long>("dataapps.widget.events", description: "Widget values and clicks from the browser.");

    /// <summary>Cache lookups served from the cache.</summary>
    public static readonly Counter<long> CacheHits = Meter.CreateCounter<long>("dataapps.cache.hits", description: "ui.Cache lookups served from the cache.");

    /// <summary>Cache lookups that computed the value or waited for its computation.</summary>
    public static readonly Counter<long> CacheMisses = Meter.CreateCounter<long>("dataapps.cache.misses", description: "ui.Cache lookups that computed the value or joined its computation.");

    /// <summary>Bytes of uploaded files received.</summary>
    public static readonly Counter<long> UploadBytes = Meter.CreateCounter<long>("dataapps.upload", "By", "Bytes of uploaded files received.");

    /// <summary>The outcome as a tag value.</summary>
    public static string Name(RunOutcome outcome) => outcome switch
    {
        RunOutcome.Completed => "completed",
        RunOutcome.Stopped => "stopped",
        RunOutcome.Failed => "failed",
        RunOutcome.Rerun => "rerun",
        _ => "superseded",
    };
}

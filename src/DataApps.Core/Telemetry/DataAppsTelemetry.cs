namespace DataApps;

/// <summary>The names under which DataApps publishes its metrics and traces (System.Diagnostics), for an app's own OpenTelemetry setup.</summary>
/// <remarks><c>AddOperations()</c> subscribes to all three; an app that configures OpenTelemetry itself adds them with <c>AddMeter</c> and <c>AddSource</c>.</remarks>
public static class DataAppsTelemetry
{
    /// <summary>The framework's meter: <c>dataapps.reruns</c>, <c>dataapps.rerun.duration</c>, <c>dataapps.sessions.active</c>, <c>dataapps.widget.events</c>, <c>dataapps.cache.hits</c>/<c>misses</c>, <c>dataapps.upload</c>.</summary>
    public const string MeterName = "DataApps";

    /// <summary>The meter of the instruments app authors create with <c>ui.Metrics</c>.</summary>
    public const string AppMeterName = "DataApps.App";

    /// <summary>The activity source of the framework's traces: one span per rerun of a page or fragment.</summary>
    public const string ActivitySourceName = "DataApps";
}

using Microsoft.Extensions.Logging;

namespace DataApps;

/// <summary>Where the operations endpoints are and which dependencies readiness checks (<c>DataApps:Operations</c> section).</summary>
public sealed class DataAppsOperationsOptions
{
    /// <summary>The configuration section the options are read from.</summary>
    public const string Section = "DataApps:Operations";

    /// <summary>The Prometheus scraping endpoint; <c>/metrics</c> by default.</summary>
    public string MetricsPath { get; set; } = "/metrics";

    /// <summary>The liveness endpoint (the process answers); <c>/healthz</c> by default.</summary>
    public string LivenessPath { get; set; } = "/healthz";

    /// <summary>The readiness endpoint (the configured dependencies answer); <c>/readyz</c> by default.</summary>
    public string ReadinessPath { get; set; } = "/readyz";

    /// <summary>The Redis server through which replicas share data-protection keys and sign-outs, also checked by readiness (<c>host:port</c>, optionally <c>,password=…</c>); also read from <c>DataApps:Redis</c>.</summary>
    public string? Redis { get; set; }

    /// <summary>Whether logs go to the console (readable in Development, compact JSON elsewhere) besides the sinks <c>Serilog:WriteTo</c> names; true by default.</summary>
    public bool Console { get; set; } = true;

    /// <summary>How long a connection attempt or command to <see cref="Redis"/> may take before the app goes on without Redis; 1 second by default.</summary>
    public TimeSpan RedisTimeout { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How long a readiness report is reused before the checks run again (however often <see cref="ReadinessPath"/> is called); 5 seconds by default.</summary>
    public TimeSpan ReadinessCacheDuration { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// The level of the rerun event ("Rerun of {Page} …") for runs the user caused: a click, a value, a navigation; Information by
    /// default. A failed run logs at Warning whatever this says.
    /// </summary>
    /// <example><c>"DataApps": { "Operations": { "RerunLogLevel": "Debug" } }</c></example>
    public LogLevel RerunLogLevel { get; set; } = LogLevel.Information;

    /// <summary>The level of the rerun event for a fragment's <c>runEvery</c> timer tick; Debug by default, so ticking dashboards do not flood the log.</summary>
    /// <example><c>"DataApps": { "Operations": { "TimedRerunLogLevel": "Information" } }</c></example>
    public LogLevel TimedRerunLogLevel { get; set; } = LogLevel.Debug;

    /// <summary>How long a readiness check may take before it counts as failed; 5 seconds by default.</summary>
    public TimeSpan CheckTimeout { get; set; } = TimeSpan.FromSeconds(5);
}

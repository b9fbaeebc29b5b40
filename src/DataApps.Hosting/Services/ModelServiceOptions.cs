namespace DataApps;

/// <summary>
/// How DataApps calls one model service, read from <c>DataApps:Services:&lt;name&gt;</c> (appsettings.json, or environment
/// variables such as <c>DataApps__Services__sentiment__Url</c>). Only <see cref="Url"/> is required.
/// </summary>
/// <example>
/// <code>
/// "DataApps": { "Services": { "sentiment": { "Url": "http://127.0.0.1:5080/", "Timeout": "00:00:05" } } }
/// </code>
/// </example>
public sealed class ModelServiceOptions
{
    /// <summary>The service's base address; requests use paths relative to it.</summary>
    public Uri? Url { get; set; }

    /// <summary>How long one call may take in all, retries included (default 10 s).</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How long one attempt may take before it is abandoned and retried (default 3 s).</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>How many times a failed attempt (a 5xx, 408, 429, a network error or an attempt timeout) is retried (default 2; 0 for none).</summary>
    public int Retries { get; set; } = 2;

    /// <summary>The first wait before a retry; later ones grow exponentially, with jitter (default 200 ms).</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>How many calls in the last 30 s must have been made, at least half of them failed, before the circuit opens (default 5).</summary>
    public int BreakAfter { get; set; } = 5;

    /// <summary>How long an open circuit rejects calls at once, before one call tries again (default 15 s).</summary>
    public TimeSpan BreakFor { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>The health endpoint <c>ServiceProbe</c> checks, relative to <see cref="Url"/> (default <c>healthz</c>).</summary>
    public string HealthPath { get; set; } = "healthz";

    /// <summary>A health check slower than this shows the service as degraded (default 1 s).</summary>
    public TimeSpan DegradedAfter { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>A health check slower than this shows the service as down (default 3 s).</summary>
    public TimeSpan ProbeTimeout { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>How long a health check's answer is reused, so that reruns of many sessions do not hammer the service (default 5 s).</summary>
    public TimeSpan ProbeCacheFor { get; set; } = TimeSpan.FromSeconds(5);
}

namespace DataApps;

/// <summary>Where <see cref="PrometheusClient"/> reads from: the <c>DataApps:Prometheus</c> configuration section.</summary>
/// <example>
/// <code>
/// "DataApps": { "Prometheus": { "Url": "http://prometheus:9090/", "Timeout": "00:00:10" } }
/// </code>
/// </example>
public sealed class PrometheusOptions
{
    /// <summary>Prometheus' base address (the one its web UI has), e.g. <c>http://prometheus:9090/</c>.</summary>
    public Uri? Url { get; set; }

    /// <summary>How long one query may take before it fails with "timed out after …" (default 10 s).</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);
}

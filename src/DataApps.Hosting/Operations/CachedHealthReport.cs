using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace DataApps.Hosting.Operations;

/// <summary>
/// The readiness report, computed at most once per <c>DataApps:Operations:ReadinessCacheDuration</c>: probes, load balancers
/// and anyone else who calls <c>/readyz</c> share one run of the checks (and its outbound requests), and callers that arrive
/// while the checks run wait for that run instead of starting another.
/// </summary>
internal sealed class CachedHealthReport(HealthCheckService health, Func<HealthCheckRegistration, bool> predicate, TimeSpan duration, TimeProvider time)
{
    private readonly Lock _lock = new();
    private Task<HealthReport>? _report;
    private DateTimeOffset _started;

    public Task<HealthReport> GetAsync()
    {
        lock (_lock)
        {
            var now = time.GetUtcNow();
            if (_report is null || (_report.IsCompleted && now - _started >= duration))
            {
                _started = now;
                _report = health.CheckHealthAsync(predicate, CancellationToken.None); // shared: one caller leaving must not cancel it
            }

            return _report;
        }
    }
}

using System.Diagnostics;
using System.Net;
using Microsoft.Extensions.Options;

namespace DataApps;

/// <summary>
/// Checks the health endpoint of a service added with <c>AddModelService</c> and says up, degraded (slow, or it reports
/// "Degraded") or down (and why). One answer per service is shared by every session for
/// <see cref="ModelServiceOptions.ProbeCacheFor"/>, so reruns do not hammer the service. Inject it into a page.
/// </summary>
/// <example><c>ui.ServiceStatus("sentiment", await probe.CheckAsync("sentiment", ct));</c></example>
public sealed class ServiceProbe
{
    private readonly IHttpClientFactory _clients;
    private readonly IOptionsMonitor<ModelServiceOptions> _options;
    private readonly TimeProvider _time;
    private readonly Dictionary<string, (Task<ServiceHealth> Check, DateTimeOffset Until)> _checks = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    internal ServiceProbe(IHttpClientFactory clients, IOptionsMonitor<ModelServiceOptions> options, TimeProvider? time)
    {
        _clients = clients;
        _options = options;
        _time = time ?? TimeProvider.System;
    }

    /// <summary>The service's health: the last answer while it is fresh, otherwise a new check (shared with concurrent callers).</summary>
    /// <param name="name">The name given to <c>AddModelService</c>.</param>
    /// <param name="cancellationToken">Stops waiting (the check itself goes on for the other callers); pass <c>ui.CancellationToken</c>.</param>
    /// <returns>Up with the latency, degraded with the latency and why, or down with what failed.</returns>
    /// <exception cref="InvalidOperationException">No service has this name.</exception>
    /// <example><c>var health = await probe.CheckAsync("sentiment", ui.CancellationToken);</c></example>
    public Task<ServiceHealth> CheckAsync(string name, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(name);
        var options = _options.Get(name);
        if (options.Url is null)
        {
            throw new InvalidOperationException(
                $"No service is called '{name}': add it with builder.Services.AddDataApps().AddModelService<TClient>(\"{name}\") " +
                $"and set {Microsoft.Extensions.DependencyInjection.DataAppsServicesExtensions.ServiceSection(name)}:Url.");
        }

        Task<ServiceHealth> check;
        lock (_gate)
        {
            var now = _time.GetUtcNow();
            if (!_checks.TryGetValue(name, out var last) || last.Until <= now)
            {
                last = (ProbeAsync(name, options), now + options.ProbeCacheFor);
                _checks[name] = last;
            }

            check = last.Check;
        }

        return check.WaitAsync(cancellationToken);
    }

    internal static string ClientName(string name) => $"{name}.health";

    private async Task<ServiceHealth> ProbeAsync(string name, ModelServiceOptions options)
    {
        await Task.Yield(); // the check runs apart from the caller (and outside the lock)
        var started = Stopwatch.GetTimestamp();
        try
        {
            using var client = _clients.CreateClient(ClientName(name));
            using var response = await client.GetAsync(options.HealthPath).ConfigureAwait(false);
            var latency = Stopwatch.GetElapsedTime(started);
            if (ServiceMessages.Describe(response) is { } failure)
            {
                var hint = response.StatusCode == HttpStatusCode.NotFound ? $" (no health endpoint at /{options.HealthPath.TrimStart('/')})" : "";
                return ServiceHealth.Down(failure + hint, latency);
            }

            // ASP.NET Core's health checks answer 200 with "Degraded" for a degraded service.
            var body = await response.Content.ReadAsStringAsync().ConfigureAwait(false);
            if (body.Trim().Equals("Degraded", StringComparison.OrdinalIgnoreCase))
            {
                return ServiceHealth.Degraded(latency, "reports degraded");
            }

            return latency > options.DegradedAfter ? ServiceHealth.Degraded(latency, "slow") : ServiceHealth.Up(latency);
        }
        catch (Exception ex)
        {
            // Whatever failed, the service is not usable from here; the message says what it was. A probe that timed out
            // waited the whole timeout, even when the timer fired a fraction of a millisecond before the stopwatch says so.
            var latency = Stopwatch.GetElapsedTime(started);
            if (ex is TaskCanceledException { InnerException: TimeoutException } && latency < options.ProbeTimeout)
            {
                latency = options.ProbeTimeout;
            }

            return ServiceHealth.Down(ServiceMessages.Describe(ex, options.ProbeTimeout), latency);
        }
    }
}

using System.Globalization;
using Microsoft.Extensions.Options;

namespace ModelServer.Faults;

/// <summary>
/// Slows down or fails /predict on purpose, so a caller (ModelDemo, Monitoring) can show "degraded" and "down". Off by default.
/// Settings: ModelServer:Faults:DelayMs and :FailureRate (reloaded while running). Per request, in Development only (or when
/// ModelServer:Faults:AllowHeaders is true): the headers X-Fault-Delay-Ms: 300 and X-Fault-Fail: true.
/// </summary>
internal sealed class FaultInjector(IOptionsMonitor<FaultOptions> options, IHostEnvironment environment)
{
    public const string DelayHeader = "X-Fault-Delay-Ms";
    public const string FailHeader = "X-Fault-Fail";

    /// <summary>Waits as configured; returns why this request must fail, or null.</summary>
    public async Task<string?> ApplyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var settings = options.CurrentValue;
        var delay = settings.DelayMs;
        var fail = settings.FailureRate > 0 && Random.Shared.NextDouble() < settings.FailureRate;
        var reason = fail ? $"Injected fault: ModelServer:Faults:FailureRate is {settings.FailureRate.ToString(CultureInfo.InvariantCulture)}." : null;

        if (settings.AllowHeaders ?? environment.IsDevelopment())
        {
            if (int.TryParse(request.Headers[DelayHeader], NumberStyles.None, CultureInfo.InvariantCulture, out var headerDelay))
            {
                delay = Math.Clamp(headerDelay, 0, 60_000);
            }

            if (string.Equals(request.Headers[FailHeader], "true", StringComparison.OrdinalIgnoreCase))
            {
                reason = $"Injected fault: the request asked for it ({FailHeader}: true).";
            }
        }

        if (delay > 0)
        {
            await Task.Delay(delay, cancellationToken);
        }

        return reason;
    }
}

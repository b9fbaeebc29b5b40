using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace DataApps.Hosting.Tests.PromQL;

/// <summary>
/// A scrape target on a real Kestrel socket whose <c>/metrics</c> grows by the same amounts at every scrape, so that rates and
/// quantiles are known: <c>requests_total</c> +10 for route /a and +5 for /b, a <c>latency_seconds</c> histogram of 10
/// observations (6 ≤ 0.1 s, 3 more ≤ 0.5 s, 1 more ≤ 1 s: the 95th percentile is 0.75 s), and gauges that are NaN and +Inf.
/// </summary>
internal sealed class MetricsTarget : IAsyncDisposable
{
    private readonly WebApplication _app;
    private int _scrapes;

    private MetricsTarget(WebApplication app) => _app = app;

    /// <summary>The target's base address.</summary>
    public Uri Address { get; private set; } = null!;

    public static async Task<MetricsTarget> StartAsync(CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var target = new MetricsTarget(app);
        app.MapGet("/metrics", () => Results.Text(target.Exposition(Interlocked.Increment(ref target._scrapes)), "text/plain; version=0.0.4"));
        await app.StartAsync(cancellationToken);
        target.Address = new Uri(app.Urls.Single().TrimEnd('/') + "/");
        return target;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private string Exposition(int n) => string.Create(CultureInfo.InvariantCulture, $$"""
        # TYPE requests_total counter
        requests_total{route="/a"} {{10 * n}}
        requests_total{route="/b"} {{5 * n}}
        # TYPE latency_seconds histogram
        latency_seconds_bucket{le="0.1"} {{6 * n}}
        latency_seconds_bucket{le="0.5"} {{9 * n}}
        latency_seconds_bucket{le="1"} {{10 * n}}
        latency_seconds_bucket{le="+Inf"} {{10 * n}}
        latency_seconds_sum {{2.5 * n}}
        latency_seconds_count {{10 * n}}
        # TYPE model_ratio gauge
        model_ratio NaN
        # TYPE model_limit gauge
        model_limit +Inf

        """);
}

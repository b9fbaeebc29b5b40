using DataApps.Tests.Shared;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace DataApps.Hosting.Tests.Operations;

/// <summary>A real Prometheus (Debian's) scrapes the Showcase's <c>/metrics</c> over a socket: it parses the text and PromQL works on the series.</summary>
public sealed class PrometheusScrapeTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ARealPrometheusParsesTheScrapeAndQueriesRerunsAndTheirDurations()
    {
        await using var app = new OperationsApp();
        app.UseKestrel(kestrel => kestrel.Listen(System.Net.IPAddress.Loopback, 0));
        app.StartServer();
        var address = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single());
        using (var client = app.CreateClient())
        {
            (await client.GetAsync("/widgets", Ct)).EnsureSuccessStatusCode();
            (await client.GetAsync("/widgets", Ct)).EnsureSuccessStatusCode();
        }

        using var prometheus = await PrometheusServer.StartAsync(address.Authority, Ct);
        var reruns = await EventuallyAsync(prometheus, "dataapps_reruns_total{page=\"/widgets\",kind=\"page\",outcome=\"completed\"}");
        var median = await prometheus.QueryAsync("histogram_quantile(0.5, sum by (le) (dataapps_rerun_duration_seconds_bucket{page=\"/widgets\"}))", Ct);
        var target = await prometheus.QueryAsync("target_info", Ct);

        Assert.Equal(("up", ""), await prometheus.TargetAsync(Ct)); // the whole text parsed
        Assert.True(reruns >= 2, $"reruns {reruns}");
        Assert.Equal("DataApps", (await prometheus.QueryAsync("dataapps_reruns_total", Ct))[0].Labels.GetProperty("otel_scope_name").GetString());
        Assert.InRange(Assert.Single(median).Value, double.Epsilon, 30); // NaN when the buckets are missing
        Assert.Equal("dataapps", Assert.Single(target).Labels.GetProperty("service_name").GetString());
    }

    // Prometheus scrapes every second; the first scrape lands within a second or two of its start.
    private static async Task<double> EventuallyAsync(PrometheusServer prometheus, string promql)
    {
        for (var attempt = 0; attempt < 150; attempt++)
        {
            if (await prometheus.QueryAsync(promql, Ct) is [var sample, ..])
            {
                return sample.Value;
            }

            await Task.Delay(200, Ct);
        }

        Assert.Fail($"Prometheus has no {promql} after 30 s; target: {await prometheus.TargetAsync(Ct)}");
        return 0;
    }
}

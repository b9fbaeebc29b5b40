using DataApps.Testing;

namespace DataApps.Hosting.Tests.PromQL;

/// <summary>The page of docs/prometheus.md against a real Prometheus: a metric, a rate per route and a p95 with threshold rules.</summary>
public sealed class PrometheusPageTests(PrometheusFixture fixture) : IClassFixture<PrometheusFixture>
{
    [Fact]
    public async Task TheDocsPageChartsRatesByRouteAndThe95thPercentileWithItsThresholds()
    {
        using var app = AppTest.For<LatencyPage>(s => PrometheusFixture.Configure(s, fixture.PrometheusUrl));

        await app.RunAsync();

        Assert.Empty(app.Exceptions);
        Assert.Empty(app.Errors);
        Assert.Equal("1", app.Metric("Targets up").Value);
        Assert.Equal(["/a", "/b"], app.Charts[0].Series.Select(s => s.Name).Order());
        Assert.Equal(2, app.Charts[1].Rules.Count);
    }

    [Fact]
    public async Task ABadQueryShowsPrometheusMessageInThePage()
    {
        using var app = AppTest.For<QueryPage>(s => PrometheusFixture.Configure(s, fixture.PrometheusUrl));

        await app.RunAsync();
        await app.TextInput("PromQL").SetValue("sum(rate(requests_total[1m])").RunAsync();

        Assert.StartsWith("Prometheus rejected the query (bad_data):", app.Error(), StringComparison.Ordinal);
        Assert.Empty(app.Exceptions);
    }

    private sealed class LatencyPage(PrometheusClient prometheus) : DataPage
    {
        public override async Task RunAsync(Ui ui, CancellationToken ct)
        {
            var minutes = ui.Sidebar.Slider("Minutes", 1, 180, 1);
            var end = DateTimeOffset.UtcNow;

            var up = await prometheus.InstantAsync("up", cancellationToken: ct);
            ui.Metric("Targets up", up.Columns["value"].Cast<double?>().Count(v => v == 1));

            var requests = await prometheus.RangeAsync("sum by (route) (rate(requests_total[5s]))",
                end.AddMinutes(-minutes), end, TimeSpan.FromSeconds(1), ct);
            ui.LineChart(requests, x: "time", y: "value", color: "route", yLabel: "requests/s");

            var p95 = await prometheus.RangeAsync("histogram_quantile(0.95, sum by (le) (rate(latency_seconds_bucket[1m])))",
                end.AddMinutes(-minutes), end, TimeSpan.FromSeconds(1), ct);
            ui.LineChart(p95, x: "time", y: "value", yLabel: "p95 (s)",
                rules: [Rule.Y(0.5, "SLO 500 ms"), Rule.Band(y0: 1, y1: 10, "paging")]);
        }
    }

    private sealed class QueryPage(PrometheusClient prometheus) : DataPage
    {
        public override async Task RunAsync(Ui ui, CancellationToken ct)
        {
            var query = ui.TextInput("PromQL", "up");
            try
            {
                ui.DataFrame(await prometheus.InstantAsync(query, cancellationToken: ct));
            }
            catch (PrometheusException ex)
            {
                ui.Error(ex.Message);
            }
        }
    }
}

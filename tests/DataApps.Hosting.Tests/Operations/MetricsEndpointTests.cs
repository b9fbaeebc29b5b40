namespace DataApps.Hosting.Tests.Operations;

/// <summary>
/// Alone, after the parallel tests: OpenTelemetry's meter provider takes instruments by meter and instrument name, and ASP.NET
/// Core's meters are one per host, so a provider that started while another test's host was alive can bind
/// <c>http.server.request.duration</c> to that host's instrument and miss its own requests (a test-process effect: an app has
/// one host).
/// </summary>
[CollectionDefinition(DisableParallelization = true)]
public sealed class ScrapedAlone;

/// <summary><c>/metrics</c> exposes the framework's <c>dataapps_…</c> series after a rerun, the app's own, ASP.NET Core's and the runtime's.</summary>
[Collection(typeof(ScrapedAlone))]
public sealed class MetricsEndpointTests(MetricsEndpointTests.App app) : IClassFixture<MetricsEndpointTests.App>
{
    public sealed class App : IDisposable
    {
        internal OperationsApp Factory { get; } = new();

        public void Dispose() => Factory.Dispose();
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<IReadOnlyList<Prometheus.Sample>> ScrapeAfterAsync(params string[] pages)
    {
        using var client = app.Factory.CreateClient();
        foreach (var page in pages)
        {
            (await client.GetAsync(page, Ct)).EnsureSuccessStatusCode(); // prerendering runs the page once
        }

        using var response = await client.GetAsync("/metrics", Ct);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain; version=0.0.4; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        return Prometheus.Parse(await response.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task ARerunCountsByPageAndOutcomeAndItsDurationIsInTheHistogram()
    {
        var samples = await ScrapeAfterAsync("/widgets", "/widgets");

        var reruns = samples.Single(s => s.Name == "dataapps_reruns_total" && s.Labels["page"] == "/widgets" && s.Labels["outcome"] == "completed" && s.Labels["kind"] == "page");
        var count = samples.Single(s => s.Name == "dataapps_rerun_duration_seconds_count" && s.Labels["page"] == "/widgets");
        var sum = samples.Single(s => s.Name == "dataapps_rerun_duration_seconds_sum" && s.Labels["page"] == "/widgets");
        var infinity = samples.Single(s => s.Name == "dataapps_rerun_duration_seconds_bucket" && s.Labels["page"] == "/widgets" && s.Labels["le"] == "+Inf");
        Assert.True(reruns.Value >= 2, $"reruns {reruns.Value}");
        Assert.Equal(reruns.Value, count.Value);
        Assert.Equal(count.Value, infinity.Value);
        Assert.True(sum.Value > 0);
    }

    [Fact]
    public async Task SessionsTheAppsOwnCounterAndTheFrameworksSeriesArePublished()
    {
        var samples = await ScrapeAfterAsync("/operations");
        var names = samples.Select(s => s.Name).ToHashSet();
        using var client = app.Factory.CreateClient();
        for (var attempt = 0; attempt < 50 && !names.Any(IsAspNetCoreRequest); attempt++)
        {
            // ASP.NET Core records a request's duration when the server has finished with it, which the test client may
            // not wait for: the first requests' points can land just after the first scrape.
            await Task.Delay(100, Ct);
            using var again = await client.GetAsync("/metrics", Ct);
            names = Prometheus.Parse(await again.Content.ReadAsStringAsync(Ct)).Select(s => s.Name).ToHashSet();
        }

        Assert.Contains("dataapps_sessions_active", names);
        Assert.True(samples.Single(s => s.Name == "showcase_operations_views_total").Value >= 1); // ui.Metrics in the page
        Assert.Contains(names, IsAspNetCoreRequest); // ASP.NET Core
        Assert.Contains(names, n => n.StartsWith("dotnet_gc_", StringComparison.Ordinal)); // the runtime
    }

    [Fact]
    public async Task AScraperThatAcceptsGzipGetsTheSameSeriesCompressed()
    {
        using var client = app.Factory.CreateClient();
        (await client.GetAsync("/widgets", Ct)).EnsureSuccessStatusCode();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/metrics");
        request.Headers.AcceptEncoding.ParseAdd("gzip");

        using var response = await client.SendAsync(request, Ct);

        Assert.Equal("gzip", Assert.Single(response.Content.Headers.ContentEncoding));
        await using var gzip = new System.IO.Compression.GZipStream(await response.Content.ReadAsStreamAsync(Ct), System.IO.Compression.CompressionMode.Decompress);
        using var reader = new StreamReader(gzip);
        var samples = Prometheus.Parse(await reader.ReadToEndAsync(Ct));
        Assert.Contains(samples, s => s.Name == "dataapps_reruns_total" && s.Labels["page"] == "/widgets");
    }

    private static bool IsAspNetCoreRequest(string name) => name.StartsWith("http_server_request_duration_seconds", StringComparison.Ordinal);
}

using System.Diagnostics.Metrics;
using DataApps.Hosting.Operations.Prometheus;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;

namespace DataApps.Hosting.Tests.Operations;

/// <summary>The text the scrape endpoint writes, from a real meter provider with our reader: names, labels, buckets, escaping.</summary>
public sealed class PrometheusTextFormatTests : IDisposable
{
    // A meter of the test's own, so no other test's instruments (nor ASP.NET Core's) land in the text.
    private readonly Meter _meter = new($"Test.{Guid.NewGuid():N}");
    private readonly PrometheusScraper _scraper = new();
    private readonly MeterProvider _provider;

    public PrometheusTextFormatTests() => _provider = Sdk.CreateMeterProviderBuilder()
        .ConfigureResource(r => r.Clear().AddService("orders-app", serviceInstanceId: "replica-1"))
        .AddMeter(_meter.Name)
        .AddReader(_scraper.Reader)
        .Build();

    private string Scope => $"otel_scope_name=\"{_meter.Name}\"";

    public void Dispose()
    {
        _provider.Dispose();
        _meter.Dispose();
    }

    private async Task<string[]> ScrapeAsync()
    {
        using var buffer = await _scraper.CollectAsync(TestContext.Current.CancellationToken);
        Assert.NotNull(buffer);
        return buffer.ToString().Split('\n');
    }

    [Fact]
    public async Task ACounterEndsInTotalWithTypeAndHelpAndTheScopeAsFirstLabel()
    {
        _meter.CreateCounter<long>("orders.submitted", description: "Orders sent.").Add(3, new KeyValuePair<string, object?>("page", "/checkout"));

        var lines = await ScrapeAsync();

        Assert.Contains("# TYPE orders_submitted_total counter", lines);
        Assert.Contains("# HELP orders_submitted_total Orders sent.", lines);
        Assert.Contains($"orders_submitted_total{{{Scope},page=\"/checkout\"}} 3", lines);
    }

    [Fact]
    public async Task UnitsBecomeSuffixesAndAnnotationsAreDropped()
    {
        _meter.CreateCounter<long>("upload", "By").Add(10);
        _meter.CreateCounter<double>("transfer.rate", "By/s").Add(2.5);
        _meter.CreateCounter<long>("requests", "{request}").Add(1);
        _meter.CreateHistogram<double>("rerun.duration", "s").Record(0.2);

        var names = (await ScrapeAsync()).Where(l => l.Length > 0 && l[0] != '#').Select(l => l[..l.IndexOf('{', StringComparison.Ordinal)]).ToHashSet();

        Assert.Contains("upload_bytes_total", names);
        Assert.Contains("transfer_rate_bytes_per_second_total", names);
        Assert.Contains("requests_total", names);
        Assert.Contains("rerun_duration_seconds_bucket", names);
    }

    [Fact]
    public async Task HistogramBucketsCountEverythingUpToTheirBoundAndEndInInfinityThenSumAndCount()
    {
        var histogram = _meter.CreateHistogram("latency", "s", "How long.", advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.1, 1, 10] });
        foreach (var value in new[] { 0.05, 0.5, 0.5, 5, 50 })
        {
            histogram.Record(value, new KeyValuePair<string, object?>("page", "/"));
        }

        var lines = await ScrapeAsync();

        var series = $"{Scope},page=\"/\"";
        Assert.Equal(
            [
                "# TYPE latency_seconds histogram",
                "# HELP latency_seconds How long.",
                $"latency_seconds_bucket{{{series},le=\"0.1\"}} 1",
                $"latency_seconds_bucket{{{series},le=\"1\"}} 3",
                $"latency_seconds_bucket{{{series},le=\"10\"}} 4",
                $"latency_seconds_bucket{{{series},le=\"+Inf\"}} 5",
                $"latency_seconds_sum{{{series}}} 56.05",
                $"latency_seconds_count{{{series}}} 5",
            ],
            lines.SkipWhile(l => !l.StartsWith("# TYPE latency", StringComparison.Ordinal)).Take(8));
    }

    [Fact]
    public async Task LabelValuesEscapeQuoteBackslashAndNewlineAndHelpEscapesBackslashAndNewline()
    {
        _meter.CreateCounter<long>("escapes", description: "Say \"hi\"\\\nbye").Add(1, new KeyValuePair<string, object?>("path", "C:\\a \"b\"\nc ✓"));

        var lines = await ScrapeAsync();

        Assert.Contains("# HELP escapes_total Say \"hi\"\\\\\\nbye", lines);
        Assert.Contains($"escapes_total{{{Scope},path=\"C:\\\\a \\\"b\\\"\\nc ✓\"}} 1", lines);
    }

    [Fact]
    public async Task KeysWithDotsBecomeUnderscoresAndKeysThatCollideMergeTheirValues()
    {
        _meter.CreateCounter<long>("routes").Add(1, new("http.route", "/a"), new("http_route", "/b"), new("http.response.status_code", 200), new("ok", true));

        var lines = await ScrapeAsync();

        Assert.Contains($"routes_total{{{Scope},http_response_status_code=\"200\",http_route=\"/a;/b\",ok=\"true\"}} 1", lines);
    }

    [Fact]
    public async Task NotANumberAndInfinitiesAreSpelledAsTheFormatSaysAndUpDownCountersAreGauges()
    {
        double[] values = [double.NaN, double.PositiveInfinity, double.NegativeInfinity];
        _meter.CreateObservableGauge("odd", () => values.Select((v, i) => new Measurement<double>(v, new KeyValuePair<string, object?>("i", i))));
        _meter.CreateUpDownCounter<long>("queue.size").Add(-4);

        var lines = await ScrapeAsync();

        Assert.Contains($"odd{{{Scope},i=\"0\"}} NaN", lines);
        Assert.Contains($"odd{{{Scope},i=\"1\"}} +Inf", lines);
        Assert.Contains($"odd{{{Scope},i=\"2\"}} -Inf", lines);
        Assert.Contains("# TYPE queue_size gauge", lines);
        Assert.Contains($"queue_size{{{Scope}}} -4", lines);
    }

    [Fact]
    public async Task TargetInfoComesFirstWithTheResourceAndFamiliesFollowSortedByName()
    {
        _meter.CreateCounter<long>("zeta").Add(1);
        _meter.CreateCounter<long>("alpha").Add(1);

        var lines = await ScrapeAsync();

        Assert.Equal(["# TYPE target_info gauge", "# HELP target_info Target metadata"], lines[..2]);
        Assert.StartsWith("target_info{service_name=\"orders-app\",service_instance_id=\"replica-1\"", lines[2], StringComparison.Ordinal);
        Assert.EndsWith("} 1", lines[2], StringComparison.Ordinal);
        Assert.Equal(["# TYPE alpha_total counter", "# TYPE zeta_total counter"], lines.Where(l => l.StartsWith("# TYPE", StringComparison.Ordinal)).Skip(1));
    }

    [Fact]
    public async Task InstrumentsThatMeetInOneFamilyShareItsTypeLineUnlessTheirTypesDiffer()
    {
        _meter.CreateCounter<long>("jobs.done").Add(1);
        _meter.CreateCounter<long>("jobs_done").Add(2);
        _meter.CreateCounter<long>("clash").Add(1);
        _meter.CreateObservableGauge("clash_total", () => 1);

        var lines = await ScrapeAsync();

        Assert.Equal(
            ["# TYPE jobs_done_total counter", $"jobs_done_total{{{Scope}}} 1", $"jobs_done_total{{{Scope}}} 2"],
            lines.Where(l => l.Contains("jobs_done", StringComparison.Ordinal)));
        Assert.DoesNotContain(lines, l => l.Contains("clash", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TwoScrapesAtOnceEachGetTheWholeText()
    {
        // A slow callback keeps the first collection running while the second scrape starts.
        _meter.CreateObservableGauge("slow", () =>
        {
            Thread.Sleep(50);
            return 1;
        });

        var scrapes = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(ScrapeAsync)));

        Assert.All(scrapes, lines => Assert.Contains($"slow{{{Scope}}} 1", lines));
    }
}

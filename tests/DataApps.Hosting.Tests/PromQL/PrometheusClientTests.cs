using DataApps.Testing;
using DataApps.Tests.Shared;
using Microsoft.Data.Analysis;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace DataApps.Hosting.Tests.PromQL;

/// <summary>PrometheusClient against a real Prometheus (Debian's) that scrapes a test target: frames, quantiles, NaN/Inf and errors.</summary>
public sealed class PrometheusClientTests(PrometheusFixture fixture) : IClassFixture<PrometheusFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AnInstantQueryGivesOneRowPerSeriesWithTheLabelThatVaries()
    {
        var frame = await fixture.Client.InstantAsync("requests_total", cancellationToken: Ct);

        Assert.Equal(["time", "route", "value"], frame.Columns.Select(c => c.Name));
        Assert.Equal(["/a", "/b"], Strings(frame, "route").Order());
        Assert.IsType<PrimitiveDataFrameColumn<DateTime>>(frame.Columns["time"]);
        Assert.Equal(DateTimeKind.Utc, ((DateTime)frame.Columns["time"][0]!).Kind);
        Assert.All(Values(frame), v => Assert.True(v >= 5, $"value {v}"));
    }

    [Fact]
    public async Task ARangeQueryGivesALongFrameThatALineChartColoursByTheLabel()
    {
        var end = DateTimeOffset.UtcNow;
        var frame = await fixture.Client.RangeAsync("rate(requests_total[5s])", end.AddSeconds(-3), end, TimeSpan.FromSeconds(1), Ct);
        using var app = AppTest.FromFunction(ui => ui.LineChart(frame, x: "time", y: "value", color: "route"));

        await app.RunAsync();

        Assert.Equal(["time", "route", "value"], frame.Columns.Select(c => c.Name));
        Assert.True(frame.Rows.Count >= 4, $"{frame.Rows.Count} rows"); // two series, several steps each
        Assert.Equal(["/a", "/b"], app.Charts.Single().Series.Select(s => s.Name).Order());
        Assert.Empty(app.Exceptions);
    }

    [Fact]
    public async Task The95thPercentileOfAHistogramComesFromHistogramQuantile()
    {
        var frame = await fixture.Client.InstantAsync("histogram_quantile(0.95, sum by (le) (rate(latency_seconds_bucket[1m])))", cancellationToken: Ct);

        Assert.Equal(["time", "value"], frame.Columns.Select(c => c.Name));
        Assert.Equal(0.75, Assert.Single(Values(frame)), precision: 9); // 9.5 of 10 observations: halfway through the (0.5, 1] bucket
    }

    [Fact]
    public async Task NaNAndInfinityArriveAsDoublesAndAChartOfThemStillDraws()
    {
        var ratio = await fixture.Client.InstantAsync("model_ratio", cancellationToken: Ct);
        var limit = await fixture.Client.InstantAsync("model_limit", cancellationToken: Ct);
        var scalar = await fixture.Client.InstantAsync("-1/0", cancellationToken: Ct);
        var both = await fixture.Client.RangeAsync("{__name__=~\"model_ratio|model_limit\"}", DateTimeOffset.UtcNow.AddSeconds(-2), DateTimeOffset.UtcNow, TimeSpan.FromSeconds(1), Ct);
        using var app = AppTest.FromFunction(ui => ui.LineChart(both, x: "time", y: "value", color: "__name__", rules: [Rule.Y(1, "limit")]));
        await app.RunAsync();

        Assert.Empty(app.Exceptions); // the chart leaves gaps where the values are not finite
        Assert.Empty(app.Errors);
        Assert.Equal(["model_limit", "model_ratio"], app.Charts.Single().Series.Select(s => s.Name).Order());
        Assert.True(double.IsNaN(Assert.Single(Values(ratio))));
        Assert.Equal(double.PositiveInfinity, Assert.Single(Values(limit)));
        Assert.Equal(double.NegativeInfinity, Assert.Single(Values(scalar)));
    }

    [Fact]
    public async Task AQueryAtAGivenTimeIsEvaluatedThen()
    {
        var at = DateTimeOffset.UtcNow.AddSeconds(-2);

        var frame = await fixture.Client.InstantAsync("vector(1)", at, Ct);

        Assert.Equal(at.UtcDateTime, (DateTime)frame.Columns["time"][0]!, TimeSpan.FromMilliseconds(1));
    }

    [Fact]
    public async Task ALabelNamedValueGetsAColumnOfItsOwn()
    {
        var frame = await fixture.Client.InstantAsync(
            "label_replace(vector(1), \"value\", \"a\", \"\", \"\") or label_replace(vector(2), \"value\", \"b\", \"\", \"\")", cancellationToken: Ct);

        Assert.Equal(["time", "label_value", "value"], frame.Columns.Select(c => c.Name));
    }

    [Fact]
    public async Task ABadQuerySaysWhatPrometheusSaid()
    {
        var failure = await Assert.ThrowsAsync<PrometheusException>(() => fixture.Client.InstantAsync("rate(requests_total[5s]", cancellationToken: Ct));

        Assert.Equal("bad_data", failure.ErrorType);
        Assert.StartsWith("Prometheus rejected the query (bad_data): invalid parameter \"query\": 1:24: parse error: unclosed left parenthesis",
            failure.Message, StringComparison.Ordinal);
        Assert.Equal("rate(requests_total[5s]", failure.Query);
    }

    [Fact]
    public async Task AStringResultSaysItHasNoNumbers()
    {
        var failure = await Assert.ThrowsAsync<PrometheusException>(() => fixture.Client.InstantAsync("\"hello\"", cancellationToken: Ct));

        Assert.StartsWith("The query returns a string", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnAddressThatIsNotPrometheusSaysSo()
    {
        PrometheusServer.SkipUnlessInstalled();
        await using var services = PrometheusFixture.Services(fixture.TargetAddress);

        var failure = await Assert.ThrowsAsync<PrometheusException>(() => services.GetRequiredService<PrometheusClient>().InstantAsync("up", cancellationToken: Ct));

        Assert.Equal($"{fixture.TargetAddress} did not answer like Prometheus (404 Not Found): is DataApps:Prometheus:Url its base address?", failure.Message);
    }

    [Fact]
    public async Task APrometheusThatIsNotListeningIsUnreachableWithTheReason()
    {
        var port = DevIdentity.FreePort();
        await using var services = PrometheusFixture.Services(new Uri($"http://127.0.0.1:{port}"));

        var failure = await Assert.ThrowsAsync<PrometheusException>(() => services.GetRequiredService<PrometheusClient>().InstantAsync("up", cancellationToken: Ct));

        Assert.Equal($"Prometheus at http://127.0.0.1:{port}/ is unreachable: connection refused (127.0.0.1:{port}).", failure.Message);
    }

    [Fact]
    public async Task AnAppWithoutThePrometheusUrlStopsAtStartupNamingTheKeyToSet()
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        new Builder(builder.Services).AddPrometheus();
        using var host = builder.Build();

        var failure = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync(Ct));

        Assert.StartsWith("DataApps:Prometheus:Url is not set: set it to Prometheus' base address", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ARangeWithoutAPositiveStepOrEndingBeforeItStartsIsRefusedBeforeAnyCall()
    {
        var client = new PrometheusClient(new HttpClient { BaseAddress = new Uri("http://127.0.0.1:9/") });
        var now = DateTimeOffset.UtcNow;

        var step = await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => client.RangeAsync("up", now.AddMinutes(-1), now, TimeSpan.Zero, Ct));
        var range = await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => client.RangeAsync("up", now, now.AddMinutes(-1), TimeSpan.FromSeconds(1), Ct));

        Assert.Equal("step", step.ParamName);
        Assert.Equal("end", range.ParamName);
    }

    private static IEnumerable<string> Strings(DataFrame frame, string column) => frame.Columns[column].Cast<string>();

    private static List<double> Values(DataFrame frame) => [.. frame.Columns["value"].Cast<double?>().Select(v => v!.Value)];

    private sealed class Builder(IServiceCollection services) : IDataAppsBuilder
    {
        public IServiceCollection Services { get; } = services;
    }
}

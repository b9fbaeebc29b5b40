using System.Net;

namespace ModelServer.Tests;

public sealed class MetricsTests : IAsyncLifetime
{
    private readonly ModelServerFactory server = new();
    private HttpClient client = null!;

    public async ValueTask InitializeAsync() => client = await server.ReadyClientAsync();

    public async ValueTask DisposeAsync() => await server.DisposeAsync();

    [Fact]
    public async Task MetricsCountRequestsByStatusAndPredictionsByClassProbabilityAndInput()
    {
        // 3 predictions: 300 miles at 07:10 (p 0.06), 2000 miles at 19:00 (p 0.4) and 4000 miles at 19:30 (p 0.8); one bad request.
        (await client.PredictAsync(Some.Flight(distance: 300, departure: "2001-01-02T07:10:00"))).Dispose();
        (await client.PredictAsync(new[] { Some.Flight(distance: 2000, departure: "2001-01-02T19:00:00"), Some.Flight(distance: 4000, departure: "2001-01-02T19:30:00") })).Dispose();
        (await client.PredictAsync(Some.Flight(distance: -1))).Dispose();

        var metrics = PrometheusFormat.Parse(await client.GetStringAsync(new Uri("/metrics", UriKind.Relative), TestContext.Current.CancellationToken));

        Assert.Equal(2, metrics["modelserver_http_requests_total{endpoint=\"/predict\",status=\"200\"}"]);
        Assert.Equal(1, metrics["modelserver_http_requests_total{endpoint=\"/predict\",status=\"400\"}"]);
        Assert.Equal(3, metrics["modelserver_http_request_duration_seconds_count{endpoint=\"/predict\"}"]);
        Assert.Equal(3, metrics["modelserver_http_request_duration_seconds_bucket{endpoint=\"/predict\",le=\"+Inf\"}"]);
        Assert.True(metrics.ContainsKey("modelserver_http_request_duration_seconds_bucket{endpoint=\"/predict\",le=\"0.001\"}"));
        Assert.True(metrics.ContainsKey("modelserver_http_request_duration_seconds_bucket{endpoint=\"/predict\",le=\"1\"}"));
        Assert.Equal(1, metrics["modelserver_prediction_probability_bucket{le=\"0.1\"}"]);
        Assert.Equal(2, metrics["modelserver_prediction_probability_bucket{le=\"0.4\"}"]);
        Assert.Equal(3, metrics["modelserver_prediction_probability_bucket{le=\"0.8\"}"]);
        Assert.Equal(1.26, metrics["modelserver_prediction_probability_sum"], 4);
        Assert.Equal(1, metrics["modelserver_predictions_total{class=\"delayed\"}"]);
        Assert.Equal(2, metrics["modelserver_predictions_total{class=\"on_time\"}"]);
        Assert.Equal(1, metrics["modelserver_input_distance_bucket{le=\"500\"}"]);
        Assert.Equal(2, metrics["modelserver_input_distance_bucket{le=\"2000\"}"]);
        Assert.Equal(6300, metrics["modelserver_input_distance_sum"]);
        Assert.Equal(1, metrics["modelserver_input_hour_bucket{le=\"8\"}"]);
        Assert.Equal(3, metrics["modelserver_input_hour_count"]);
        Assert.Equal(1, metrics["modelserver_input_bucket_total{feature=\"distance\",bucket=\"251-500\"}"]);
        Assert.Equal(1, metrics["modelserver_input_bucket_total{feature=\"distance\",bucket=\"2501+\"}"]);
        Assert.Equal(2, metrics["modelserver_input_bucket_total{feature=\"hour\",bucket=\"18-20\"}"]);
        Assert.Equal(1, metrics["modelserver_model_info{version=\"fake-1\"}"]);
        Assert.Equal(1, metrics["modelserver_model_ready"]);
    }

    [Fact]
    public async Task TheTrainingSharesOfEachFeatureAreExportedAndSumToOne()
    {
        var metrics = PrometheusFormat.Parse(await client.GetStringAsync(new Uri("/metrics", UriKind.Relative), TestContext.Current.CancellationToken));

        // The fake's training data: half 300 miles at 7 h, half 2000 miles at 19 h.
        Assert.Equal(0.5, metrics["modelserver_training_share{feature=\"distance\",bucket=\"251-500\"}"]);
        Assert.Equal(0.5, metrics["modelserver_training_share{feature=\"distance\",bucket=\"1501-2000\"}"]);
        Assert.Equal(0, metrics["modelserver_training_share{feature=\"distance\",bucket=\"0-250\"}"]);
        Assert.Equal(0.5, metrics["modelserver_training_share{feature=\"hour\",bucket=\"6-8\"}"]);
        Assert.Equal(0.5, metrics["modelserver_training_share{feature=\"hour\",bucket=\"18-20\"}"]);
        foreach (var feature in new[] { "distance", "hour" })
        {
            var shares = metrics.Where(m => m.Key.StartsWith($"modelserver_training_share{{feature=\"{feature}\"", StringComparison.Ordinal)).ToList();
            Assert.Equal(1, shares.Sum(s => s.Value), 6);
            // Every training bucket has its live counter, so PSI can join them on (feature, bucket).
            Assert.All(shares, s => Assert.True(metrics.ContainsKey(s.Key.Replace("modelserver_training_share", "modelserver_input_bucket_total", StringComparison.Ordinal))));
        }
    }

    [Fact]
    public async Task MetricsAreServedAsPrometheusTextVersion004()
    {
        using var response = await client.GetPathAsync("/metrics");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain; version=0.0.4; charset=utf-8", response.Content.Headers.ContentType?.ToString());
    }

    [Fact]
    public async Task UnroutedRequestsAreCountedUnderOneLabel()
    {
        (await client.GetPathAsync("/no/such/" + Guid.NewGuid())).Dispose();
        (await client.GetPathAsync("/another/" + Guid.NewGuid())).Dispose();

        var metrics = PrometheusFormat.Parse(await client.GetStringAsync(new Uri("/metrics", UriKind.Relative), TestContext.Current.CancellationToken));

        Assert.Equal(2, metrics["modelserver_http_requests_total{endpoint=\"unmatched\",status=\"404\"}"]);
    }

    [Fact]
    public async Task PromtoolAcceptsTheMetrics()
    {
        Promtool.Require();

        (await client.PredictAsync(Some.Flight())).Dispose();
        var text = await client.GetStringAsync(new Uri("/metrics", UriKind.Relative), TestContext.Current.CancellationToken);

        var (exit, output) = await Promtool.RunAsync(["check", "metrics"], text);

        Assert.True(exit == 0, output);
    }
}

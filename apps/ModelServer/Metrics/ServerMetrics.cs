using System.Collections.Concurrent;
using ModelServer.Prediction;

namespace ModelServer.Metrics;

/// <summary>
/// Everything GET /metrics shows (docs/apps/model-server.md#metrics). Note [Hand-written exposition]: the service needs a
/// few histograms with chosen buckets and a gauge of the training distribution; a small text writer (PrometheusText) does
/// that without the OpenTelemetry pipeline, whose histogram bucket and naming rules would have to be configured around.
/// </summary>
internal sealed class ServerMetrics
{
    /// <summary>Request latency buckets in seconds, from about 1 ms to 1 s (and above: +Inf).</summary>
    public static readonly double[] LatencyBuckets = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1];

    /// <summary>Probability buckets: tenths of 0..1.</summary>
    public static readonly double[] ProbabilityBuckets = [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1];

    private readonly ConcurrentDictionary<(string Endpoint, int Status), long> requests = new();
    private readonly ConcurrentDictionary<string, Histogram> durations = new(StringComparer.Ordinal);
    private readonly Histogram probability = new(ProbabilityBuckets);
    private readonly Histogram distance = new(FeatureBins.Distance.UpperBounds);
    private readonly Histogram hour = new(FeatureBins.Hour.UpperBounds);
    private readonly long[] distanceBins = new long[FeatureBins.Distance.Labels.Count];
    private readonly long[] hourBins = new long[FeatureBins.Hour.Labels.Count];
    private long delayed;
    private long onTime;
    private volatile Training? training;

    public void CountRequest(string endpoint, int status, double seconds)
    {
        requests.AddOrUpdate((endpoint, status), 1, (_, n) => n + 1);
        durations.GetOrAdd(endpoint, _ => new Histogram(LatencyBuckets)).Observe(seconds);
    }

    /// <summary>Counts one prediction: its inputs, class and probability (as answered: rounded to 4 decimals).</summary>
    public void CountPrediction(PredictionInput input, bool isDelayed, double answeredProbability)
    {
        probability.Observe(answeredProbability);
        Interlocked.Increment(ref isDelayed ? ref delayed : ref onTime);
        distance.Observe(input.Distance);
        hour.Observe(input.Departure.Hour);
        Interlocked.Increment(ref distanceBins[FeatureBins.Distance.IndexOf(input.Distance)]);
        Interlocked.Increment(ref hourBins[FeatureBins.Hour.IndexOf(input.Departure.Hour)]);
    }

    /// <summary>The model in use and the training data's inputs, exported as modelserver_training_share.</summary>
    public void SetModel(string version, IReadOnlyList<(int Distance, int Hour)> trainingInputs) =>
        training = new Training(
            version,
            FeatureBins.Distance.Shares(trainingInputs.Select(t => (double)t.Distance)),
            FeatureBins.Hour.Shares(trainingInputs.Select(t => (double)t.Hour)));

    public string Write()
    {
        var text = new PrometheusText();

        text.Family("modelserver_http_requests_total", "counter", "HTTP requests answered, by endpoint (route pattern) and status code.");
        foreach (var ((endpoint, status), count) in requests.OrderBy(r => r.Key.Endpoint, StringComparer.Ordinal).ThenBy(r => r.Key.Status))
        {
            text.Sample("modelserver_http_requests_total", [("endpoint", endpoint), ("status", status.ToString(System.Globalization.CultureInfo.InvariantCulture))], count);
        }

        text.Family("modelserver_http_request_duration_seconds", "histogram", "HTTP request latency in seconds, by endpoint.");
        foreach (var (endpoint, histogram) in durations.OrderBy(d => d.Key, StringComparer.Ordinal))
        {
            text.Histogram("modelserver_http_request_duration_seconds", [("endpoint", endpoint)], histogram);
        }

        text.Family("modelserver_prediction_probability", "histogram", "The predicted probability of a delay over 15 minutes.");
        text.Histogram("modelserver_prediction_probability", [], probability);

        text.Family("modelserver_predictions_total", "counter", "Predictions made, by predicted class.");
        text.Sample("modelserver_predictions_total", [("class", "delayed")], Interlocked.Read(ref delayed));
        text.Sample("modelserver_predictions_total", [("class", "on_time")], Interlocked.Read(ref onTime));

        text.Family("modelserver_input_distance", "histogram", "The distance input of each prediction (miles).");
        text.Histogram("modelserver_input_distance", [], distance);
        text.Family("modelserver_input_hour", "histogram", "The departure hour (0-23) input of each prediction.");
        text.Histogram("modelserver_input_hour", [], hour);

        text.Family("modelserver_input_bucket_total", "counter", "Predictions by input feature bucket (the buckets of modelserver_training_share), for drift.");
        WriteBins(text, FeatureBins.Distance, distanceBins);
        WriteBins(text, FeatureBins.Hour, hourBins);

        var model = training;
        text.Family("modelserver_training_share", "gauge", "Each feature bucket's share of the model's training data.");
        if (model is not null)
        {
            WriteShares(text, FeatureBins.Distance, model.DistanceShares);
            WriteShares(text, FeatureBins.Hour, model.HourShares);
        }

        text.Family("modelserver_model_ready", "gauge", "1 when the model is loaded and /predict answers, else 0.");
        text.Sample("modelserver_model_ready", [], model is null ? 0 : 1);
        text.Family("modelserver_model_info", "gauge", "The model version in use (value 1).");
        if (model is not null)
        {
            text.Sample("modelserver_model_info", [("version", model.Version)], 1);
        }

        return text.ToString();
    }

    private static void WriteBins(PrometheusText text, FeatureBins bins, long[] counts)
    {
        for (var i = 0; i < counts.Length; i++)
        {
            text.Sample("modelserver_input_bucket_total", [("feature", bins.Feature), ("bucket", bins.Labels[i])], Interlocked.Read(ref counts[i]));
        }
    }

    private static void WriteShares(PrometheusText text, FeatureBins bins, double[] shares)
    {
        for (var i = 0; i < shares.Length; i++)
        {
            text.Sample("modelserver_training_share", [("feature", bins.Feature), ("bucket", bins.Labels[i])], shares[i]);
        }
    }

    private sealed record Training(string Version, double[] DistanceShares, double[] HourShares);
}

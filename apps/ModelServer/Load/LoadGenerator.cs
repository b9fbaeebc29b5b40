using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Json;
using ModelServer.Prediction;

namespace ModelServer.Load;

/// <summary>How a load run went: requests by status (0 = no answer), and client-side latency percentiles.</summary>
internal sealed record LoadReport(int Sent, IReadOnlyDictionary<int, int> ByStatus, double P50Ms, double P99Ms, TimeSpan Elapsed)
{
    public override string ToString() =>
        $"sent {Sent} in {Elapsed.TotalSeconds:0.0} s; " + string.Join(", ", ByStatus.OrderBy(s => s.Key).Select(s => $"{(s.Key == 0 ? "no answer" : s.Key.ToString(System.Globalization.CultureInfo.InvariantCulture))}: {s.Value}"))
        + $"; latency p50 {P50Ms:0.00} ms, p99 {P99Ms:0.00} ms";
}

/// <summary>
/// Sends exactly <see cref="LoadOptions.Count"/> single-flight requests to POST /predict, paced at the requested rate, with at
/// most <see cref="MaxInFlight"/> unanswered at once (a slow service slows the run down rather than piling up requests).
/// Inputs are sampled from real flights; with drift d a share d of them is shifted to longer flights later in the day.
/// </summary>
internal static class LoadGenerator
{
    public const int MaxInFlight = 32;

    public static async Task<LoadReport> RunAsync(LoadOptions options, HttpClient client, IReadOnlyList<PredictionInput> samples, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfZero(samples.Count);
        var random = new Random(options.Seed);
        var statuses = new ConcurrentDictionary<int, int>();
        var latencies = new ConcurrentBag<double>();
        using var slots = new SemaphoreSlim(MaxInFlight);
        var tasks = new List<Task>(options.Count);
        var target = new Uri(options.Url, "/predict");
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < options.Count; i++)
        {
            var due = TimeSpan.FromSeconds((double)i / options.Rps) - watch.Elapsed;
            if (due > TimeSpan.Zero)
            {
                await Task.Delay(due, cancellationToken);
            }

            await slots.WaitAsync(cancellationToken);
            var input = Sample(samples, random, options.Drift);
            tasks.Add(SendAsync(client, target, input, statuses, latencies, slots, cancellationToken));
        }

        await Task.WhenAll(tasks);
        var sorted = latencies.Order().ToArray();
        return new LoadReport(options.Count, new Dictionary<int, int>(statuses), Percentile(sorted, 0.50), Percentile(sorted, 0.99), watch.Elapsed);
    }

    /// <summary>A random real flight; with probability <paramref name="drift"/> moved to a longer distance and 8 hours later.</summary>
    internal static PredictionInput Sample(IReadOnlyList<PredictionInput> samples, Random random, double drift)
    {
        var flight = samples[random.Next(samples.Count)];
        return random.NextDouble() < drift
            ? flight with { Distance = Math.Min(flight.Distance * 2 + 400, InputParser.MaxDistance), Departure = flight.Departure.AddHours(8) }
            : flight;
    }

    private static async Task SendAsync(
        HttpClient client, Uri target, PredictionInput input, ConcurrentDictionary<int, int> statuses, ConcurrentBag<double> latencies, SemaphoreSlim slots, CancellationToken cancellationToken)
    {
        var start = Stopwatch.GetTimestamp();
        var status = 0;
        try
        {
            var body = new { departure = input.Departure.ToString("s", System.Globalization.CultureInfo.InvariantCulture), distance = input.Distance, origin = input.Origin, destination = input.Destination };
            using var response = await client.PostAsJsonAsync(target, body, cancellationToken);
            status = (int)response.StatusCode;
            latencies.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        }
        catch (HttpRequestException)
        {
            // no answer (service down): counted under status 0
        }
        finally
        {
            statuses.AddOrUpdate(status, 1, (_, n) => n + 1);
            slots.Release();
        }
    }

    private static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? 0 : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
}

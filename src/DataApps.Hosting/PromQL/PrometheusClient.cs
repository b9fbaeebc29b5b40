using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using DataApps.Hosting.PromQL;
using Microsoft.Data.Analysis;

namespace DataApps;

/// <summary>
/// Runs PromQL against Prometheus' HTTP API and returns long DataFrames: a <c>time</c> column (UTC), one column per label that
/// differs between the series, and <c>value</c> — ready for <c>ui.LineChart(frame, x: "time", y: "value", color: "instance")</c>.
/// Registered by <c>AddPrometheus()</c> from <c>DataApps:Prometheus:Url</c>; inject it into a page.
/// </summary>
/// <example>
/// <code>
/// var rate = await prometheus.RangeAsync("sum by (route) (rate(http_requests_total[1m]))", now.AddHours(-1), now, TimeSpan.FromMinutes(1), ct);
/// ui.LineChart(rate, x: "time", y: "value", color: "route");
/// </code>
/// </example>
public sealed class PrometheusClient
{
    private readonly HttpClient _http;

    /// <summary>Creates a client for the Prometheus at <paramref name="http"/>'s base address.</summary>
    /// <param name="http">A client whose <see cref="HttpClient.BaseAddress"/> is Prometheus' base address.</param>
    /// <example><c>var prometheus = new PrometheusClient(new HttpClient { BaseAddress = new Uri("http://127.0.0.1:9090/") });</c></example>
    public PrometheusClient(HttpClient http)
    {
        ArgumentNullException.ThrowIfNull(http);
        _http = http;
    }

    /// <summary>Evaluates <paramref name="query"/> at one instant: one row per series (or one row for a scalar).</summary>
    /// <param name="query">A PromQL expression, e.g. <c>histogram_quantile(0.95, sum by (le) (rate(latency_seconds_bucket[1m])))</c>.</param>
    /// <param name="time">When to evaluate it; now when <c>null</c>.</param>
    /// <param name="cancellationToken">Pass <c>ui.CancellationToken</c>.</param>
    /// <returns>A frame with <c>time</c>, the labels that vary, and <c>value</c>.</returns>
    /// <exception cref="PrometheusException">Prometheus rejected the query (its message), is unreachable, or answered something else.</exception>
    /// <example><c>var up = await prometheus.InstantAsync("up", cancellationToken: ct);</c></example>
    public Task<DataFrame> InstantAsync(string query, DateTimeOffset? time = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(query);
        var form = new Dictionary<string, string> { ["query"] = query };
        if (time is { } at)
        {
            form["time"] = Seconds(at);
        }

        return QueryAsync("api/v1/query", form, query, cancellationToken);
    }

    /// <summary>Evaluates <paramref name="query"/> every <paramref name="step"/> from <paramref name="start"/> to <paramref name="end"/>: one row per series and step.</summary>
    /// <param name="query">A PromQL expression, e.g. <c>rate(http_requests_total[1m])</c>.</param>
    /// <param name="start">The first instant.</param>
    /// <param name="end">The last instant (included when a step lands on it).</param>
    /// <param name="step">The distance between instants; Prometheus allows at most 11,000 per series.</param>
    /// <param name="cancellationToken">Pass <c>ui.CancellationToken</c>.</param>
    /// <returns>A long frame with <c>time</c>, the labels that vary, and <c>value</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="step"/> is not positive or <paramref name="end"/> is before <paramref name="start"/>.</exception>
    /// <exception cref="PrometheusException">Prometheus rejected the query (its message), is unreachable, or answered something else.</exception>
    /// <example><c>var p95 = await prometheus.RangeAsync(query, now.AddMinutes(-30), now, TimeSpan.FromSeconds(15), ct);</c></example>
    public Task<DataFrame> RangeAsync(string query, DateTimeOffset start, DateTimeOffset end, TimeSpan step, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(query);
        if (step <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(step), step, "The step must be longer than zero, e.g. TimeSpan.FromSeconds(15).");
        }

        if (end < start)
        {
            throw new ArgumentOutOfRangeException(nameof(end), end, $"The range ends ({end:u}) before it starts ({start:u}).");
        }

        var form = new Dictionary<string, string>
        {
            ["query"] = query,
            ["start"] = Seconds(start),
            ["end"] = Seconds(end),
            ["step"] = step.TotalSeconds.ToString("R", CultureInfo.InvariantCulture),
        };
        return QueryAsync("api/v1/query_range", form, query, cancellationToken);
    }

    private async Task<DataFrame> QueryAsync(string path, Dictionary<string, string> form, string query, CancellationToken cancellationToken)
    {
        JsonElement answer;
        int status;
        string? reason;
        try
        {
            // POST: a long query does not fit a URL; Prometheus takes both.
            using var response = await _http.PostAsync(path, new FormUrlEncodedContent(form), cancellationToken).ConfigureAwait(false);
            (status, reason) = ((int)response.StatusCode, ServiceMessages.Describe(response));
            answer = await Answer(response, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested && ServiceMessages.IsServiceFailure(ex))
        {
            throw new PrometheusException($"Prometheus at {_http.BaseAddress} is unreachable: {ServiceMessages.Describe(ex, _http.Timeout)}.", query, innerException: ex);
        }

        if (answer.ValueKind != JsonValueKind.Object || !answer.TryGetProperty("status", out var outcome))
        {
            throw new PrometheusException(
                $"{_http.BaseAddress} did not answer like Prometheus ({reason ?? status.ToString(CultureInfo.InvariantCulture)}): is DataApps:Prometheus:Url its base address?", query);
        }

        if (outcome.GetString() != "success")
        {
            var type = answer.TryGetProperty("errorType", out var t) ? t.GetString() : null;
            var error = answer.TryGetProperty("error", out var e) ? e.GetString() : reason;
            throw new PrometheusException($"Prometheus rejected the query ({type}): {error}", query, type);
        }

        return PrometheusFrames.Read(answer.GetProperty("data"), query);
    }

    // Prometheus answers errors (400 bad_data, 422 execution, 503 timeout) with the same JSON envelope as results.
    private static async Task<JsonElement> Answer(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (response.Content.Headers.ContentType?.MediaType != "application/json")
        {
            return default;
        }

        return await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken).ConfigureAwait(false);
    }

    private static string Seconds(DateTimeOffset time) =>
        (time.ToUnixTimeMilliseconds() / 1000.0).ToString("0.###", CultureInfo.InvariantCulture);
}

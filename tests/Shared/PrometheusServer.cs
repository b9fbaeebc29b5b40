using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
namespace DataApps.Tests.Shared;

/// <summary>
/// Debian's Prometheus on a free loopback port for one test (or one test class), scraping one target (every second by
/// default) into a temporary store that <see cref="Dispose"/> deletes.
/// </summary>
internal sealed class PrometheusServer : IDisposable
{
    private const string Binary = "/usr/bin/prometheus";
    private readonly Process _process;
    private readonly string _directory;
    private readonly HttpClient _client;

    private PrometheusServer(Process process, string directory, int port)
    {
        _process = process;
        _directory = directory;
        Url = new Uri($"http://127.0.0.1:{port}/");
        _client = new HttpClient { BaseAddress = Url };
    }

    /// <summary>Why Prometheus cannot start here, or <c>null</c> when it can.</summary>
    public static string? MissingReason { get; } =
        File.Exists(Binary) ? null : "prometheus is not installed (apt-get install prometheus; tests/run.sh does).";

    /// <summary>Skips the calling test when Prometheus is missing, and fails it instead under CI=true.</summary>
    public static void SkipUnlessInstalled()
    {
        if (MissingReason is { } reason)
        {
            Assert.False(DevIdentity.IsCi, reason);
            Assert.Skip(reason);
        }
    }

    /// <summary>The server's base address (for <c>DataApps:Prometheus:Url</c>).</summary>
    public Uri Url { get; }

    /// <summary>Starts the server scraping <paramref name="target"/> (<c>host:port</c>) at <c>/metrics</c>; skips the test when Prometheus is missing (fails it under CI=true).</summary>
    /// <param name="target">The scrape target, <c>host:port</c>.</param>
    /// <param name="cancellationToken">The test's token.</param>
    /// <param name="scrapeInterval">How often it scrapes (and evaluates rules); one second when <c>null</c>.</param>
    public static async Task<PrometheusServer> StartAsync(string target, CancellationToken cancellationToken, TimeSpan? scrapeInterval = null)
    {
        SkipUnlessInstalled();

        var directory = Directory.CreateTempSubdirectory("dataapps-prometheus-").FullName;
        var interval = $"{(int)(scrapeInterval ?? TimeSpan.FromSeconds(1)).TotalMilliseconds}ms";
        await File.WriteAllTextAsync(Path.Combine(directory, "prometheus.yml"), $"""
            global:
              scrape_interval: {interval}
              scrape_timeout: {interval}
            scrape_configs:
              - job_name: dataapps
                metrics_path: /metrics
                static_configs:
                  - targets: ["{target}"]
            """, cancellationToken);
        var port = DevIdentity.FreePort();
        var process = Process.Start(new ProcessStartInfo(Binary)
        {
            ArgumentList =
            {
                $"--config.file={Path.Combine(directory, "prometheus.yml")}", $"--storage.tsdb.path={Path.Combine(directory, "data")}",
                $"--web.listen-address=127.0.0.1:{port}", "--log.level=warn",
            },
            RedirectStandardError = true,
            UseShellExecute = false,
        })!;
        process.BeginErrorReadLine();
        var server = new PrometheusServer(process, directory, port);
        for (var attempt = 0; attempt < 100 && !await server.IsReadyAsync(cancellationToken); attempt++)
        {
            await Task.Delay(100, cancellationToken);
        }

        return server;
    }

    /// <summary>Waits (at most 30 s) until <paramref name="promql"/> has at least <paramref name="samples"/> samples, and returns them; fails the test with the target's health otherwise.</summary>
    /// <param name="promql">An instant query.</param>
    /// <param name="cancellationToken">The test's token.</param>
    /// <param name="samples">How many samples (series) to wait for.</param>
    public async Task<IReadOnlyList<(JsonElement Labels, double Value)>> EventuallyAsync(string promql, CancellationToken cancellationToken, int samples = 1)
    {
        for (var attempt = 0; attempt < 150; attempt++)
        {
            if (await QueryAsync(promql, cancellationToken) is { } found && found.Count >= samples)
            {
                return found;
            }

            await Task.Delay(200, cancellationToken);
        }

        Assert.Fail($"Prometheus has no {samples} samples of {promql} after 30 s; target: {await TargetAsync(cancellationToken)}");
        return [];
    }

    /// <summary>The samples of an instant query, as label sets and values.</summary>
    public async Task<IReadOnlyList<(JsonElement Labels, double Value)>> QueryAsync(string promql, CancellationToken cancellationToken)
    {
        var answer = await _client.GetFromJsonAsync<JsonElement>("api/v1/query?query=" + Uri.EscapeDataString(promql), cancellationToken);
        return [.. answer.GetProperty("data").GetProperty("result").EnumerateArray()
            .Select(r => (r.GetProperty("metric"), double.Parse(r.GetProperty("value")[1].GetString()!, CultureInfo.InvariantCulture)))];
    }

    /// <summary>The scrape target's health ("up", "down", "unknown") and its last error.</summary>
    public async Task<(string Health, string LastError)> TargetAsync(CancellationToken cancellationToken)
    {
        var answer = await _client.GetFromJsonAsync<JsonElement>("api/v1/targets", cancellationToken);
        var target = answer.GetProperty("data").GetProperty("activeTargets").EnumerateArray().Single();
        return (target.GetProperty("health").GetString()!, target.GetProperty("lastError").GetString()!);
    }

    public void Dispose()
    {
        _client.Dispose();
        _process.Kill();
        _process.WaitForExit(5000);
        _process.Dispose();
        Directory.Delete(_directory, recursive: true);
    }

    private async Task<bool> IsReadyAsync(CancellationToken cancellationToken)
    {
        try
        {
            using var response = await _client.GetAsync("-/ready", cancellationToken);
            return response.IsSuccessStatusCode;
        }
        catch (HttpRequestException)
        {
            return false;
        }
    }
}

using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using DataApps.Tests.Shared;

namespace DataApps.Hosting.Tests.Operations;

/// <summary>Debian's Prometheus on a free loopback port for one test, scraping one target every second into a temporary store.</summary>
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
        _client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/") };
    }

    /// <summary>Starts the server scraping <paramref name="target"/> (<c>host:port</c>) at <c>/metrics</c>; skips the test when Prometheus is missing (fails it under CI=true).</summary>
    public static async Task<PrometheusServer> StartAsync(string target, CancellationToken cancellationToken)
    {
        if (!File.Exists(Binary))
        {
            const string reason = "prometheus is not installed (apt-get install prometheus; tests/run.sh does).";
            Assert.False(DevIdentity.IsCi, reason);
            Assert.Skip(reason);
        }

        var directory = Directory.CreateTempSubdirectory("dataapps-prometheus-").FullName;
        await File.WriteAllTextAsync(Path.Combine(directory, "prometheus.yml"), $"""
            global:
              scrape_interval: 1s
              scrape_timeout: 1s
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

using System.Collections.Concurrent;
using System.Text.Json;
using DataApps.Tests.Shared;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace DataApps.Hosting.Tests.Operations;

/// <summary>Serilog's Seq sink sends the rerun events as CLEF to a Seq endpoint; a Seq that is down never holds the app up.</summary>
public sealed class SeqLoggingTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    internal static Dictionary<string, string?> SeqAt(string url) => new()
    {
        ["Serilog:WriteTo:0:Name"] = "Seq",
        ["Serilog:WriteTo:0:Args:serverUrl"] = url,
        ["Serilog:WriteTo:0:Args:period"] = "00:00:00.200",
    };

    [Fact]
    public async Task RerunEventsReachSeqAsClefWithThePageSessionDurationAndOutcome()
    {
        await using var seq = await SeqReceiver.StartAsync();
        await using var app = new OperationsApp(SeqAt(seq.Url));
        using var client = app.CreateClient();

        (await client.GetAsync("/widgets", Ct)).EnsureSuccessStatusCode();
        var rerun = await seq.WaitForAsync(e => e.TryGetProperty("@mt", out var mt) && mt.GetString()!.StartsWith("Rerun of", StringComparison.Ordinal)
            && e.GetProperty("Page").GetString() == "/widgets");
        var request = await seq.WaitForAsync(e => e.TryGetProperty("Path", out var path) && path.GetString() == "/widgets");

        Assert.Equal("completed", rerun.GetProperty("Outcome").GetString());
        Assert.Equal("page", rerun.GetProperty("Kind").GetString());
        Assert.Matches("^[0-9a-f]{12}$", rerun.GetProperty("SessionId").GetString()!);
        Assert.True(rerun.GetProperty("DurationMs").GetDouble() > 0);
        Assert.True(rerun.TryGetProperty("@t", out _));
        Assert.Equal(200, request.GetProperty("StatusCode").GetInt32());
    }

    [Fact]
    public async Task ASeqThatRefusesConnectionsDoesNotHoldRequestsOrRerunsUp()
    {
        // Nothing listens on this port: every batch the sink sends is refused.
        await using var app = new OperationsApp(SeqAt($"http://127.0.0.1:{DevIdentity.FreePort()}"));
        using var client = app.CreateClient();
        var watch = System.Diagnostics.Stopwatch.StartNew();

        for (var i = 0; i < 20; i++)
        {
            (await client.GetAsync("/widgets", Ct)).EnsureSuccessStatusCode();
        }

        // Not a speed goal (docs/performance.md has the comparison): 20 prerendered reruns must simply not wait for Seq.
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(60), $"20 requests took {watch.Elapsed} with Seq down.");
        using var metrics = await client.GetAsync("/metrics", Ct);
        var reruns = Prometheus.Parse(await metrics.Content.ReadAsStringAsync(Ct))
            .Where(s => s.Name == "dataapps_reruns_total" && s.Labels["page"] == "/widgets").Sum(s => s.Value);
        Assert.True(reruns >= 20, $"reruns {reruns}");
    }

    /// <summary>A loopback stand-in for Seq's ingestion endpoint (<c>POST /api/events/raw</c>, CLEF: one JSON object per line).</summary>
    internal sealed class SeqReceiver : IAsyncDisposable
    {
        private readonly WebApplication _app;
        private readonly ConcurrentQueue<System.Text.Json.JsonElement> _events = new();

        private SeqReceiver(WebApplication app) => _app = app;

        public string Url { get; private set; } = "";

        /// <summary>Every event received so far.</summary>
        public IReadOnlyCollection<System.Text.Json.JsonElement> Events => _events;

        public static async Task<SeqReceiver> StartAsync()
        {
            var builder = WebApplication.CreateSlimBuilder();
            builder.WebHost.UseKestrel(k => k.Listen(System.Net.IPAddress.Loopback, 0));
            builder.Logging.ClearProviders();
            var app = builder.Build();
            var result = new SeqReceiver(app);
            app.MapPost("/api/events/raw", async (HttpContext context) =>
            {
                using var reader = new StreamReader(context.Request.Body);
                while (await reader.ReadLineAsync(context.RequestAborted) is { } line)
                {
                    if (line.Length > 0)
                    {
                        result._events.Enqueue(JsonDocument.Parse(line).RootElement.Clone());
                    }
                }

                return Results.StatusCode(StatusCodes.Status201Created);
            });
            await app.StartAsync();
            result.Url = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
            return result;
        }

        public async Task<System.Text.Json.JsonElement> WaitForAsync(Func<System.Text.Json.JsonElement, bool> match)
        {
            for (var attempt = 0; attempt < 200; attempt++)
            {
                if (_events.FirstOrDefault(match) is { ValueKind: JsonValueKind.Object } found)
                {
                    return found;
                }

                await Task.Delay(100, Ct);
            }

            throw new TimeoutException("No matching event reached the Seq endpoint; got:\n" + string.Join('\n', _events.Select(e => e.ToString())));
        }

        public async ValueTask DisposeAsync() => await _app.DisposeAsync();
    }
}

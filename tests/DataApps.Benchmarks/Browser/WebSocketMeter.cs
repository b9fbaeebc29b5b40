using System.Diagnostics;
using System.Text;
using Microsoft.Playwright;

namespace DataApps.Benchmarks.Browser;

/// <summary>
/// Counts the WebSocket frames a page receives and sends, from the Chrome DevTools Protocol
/// (<c>Network.webSocketFrameReceived</c> / <c>Sent</c>). Binary frames (Blazor's MessagePack
/// protocol) arrive base64-encoded; their size is the decoded length.
/// </summary>
internal sealed class WebSocketMeter
{
    private readonly Lock _gate = new();
    private readonly List<int> _received = [];
    private readonly List<int> _sent = [];
    private readonly List<string> _labels = [];
    private long _lastFrame = Stopwatch.GetTimestamp();
    private int _dumped;

    public static async Task<WebSocketMeter> AttachAsync(IPage page)
    {
        var meter = new WebSocketMeter();
        var cdp = await page.Context.NewCDPSessionAsync(page).ConfigureAwait(false);
        cdp.Event("Network.webSocketFrameReceived").OnEvent += (_, e) => meter.Record(e, meter._received);
        cdp.Event("Network.webSocketFrameSent").OnEvent += (_, e) => meter.Record(e, meter._sent);
        await cdp.SendAsync("Network.enable").ConfigureAwait(false);
        return meter;
    }

    /// <summary>Forgets what was counted so far.</summary>
    public void Reset()
    {
        lock (_gate)
        {
            _received.Clear();
            _sent.Clear();
            _labels.Clear();
        }
    }

    /// <summary>The frames received and sent since the last <see cref="Reset"/>.</summary>
    public (int[] Received, int[] Sent) Snapshot()
    {
        lock (_gate)
        {
            return ([.. _received], [.. _sent]);
        }
    }

    /// <summary>What each frame since the last <see cref="Reset"/> was: direction, size and SignalR target (for analysis).</summary>
    public string[] Labels()
    {
        lock (_gate)
        {
            return [.. _labels];
        }
    }

    /// <summary>Waits until no frame has moved for <paramref name="quiet"/> (at most <paramref name="limit"/>).</summary>
    public async Task WaitIdleAsync(TimeSpan quiet, TimeSpan limit)
    {
        var started = Stopwatch.StartNew();
        while (started.Elapsed < limit)
        {
            var since = Stopwatch.GetElapsedTime(Volatile.Read(ref _lastFrame));
            if (since >= quiet)
            {
                return;
            }

            await Task.Delay(quiet - since).ConfigureAwait(false);
        }
    }

    private void Record(System.Text.Json.JsonElement? e, List<int> into)
    {
        if (e is not { } json || !json.TryGetProperty("response", out var response))
        {
            return;
        }

        var opcode = response.GetProperty("opcode").GetDouble();
        var payload = response.GetProperty("payloadData").GetString() ?? "";
        var bytes = opcode == 1 ? Encoding.UTF8.GetByteCount(payload) : Base64Length(payload);
        if (Environment.GetEnvironmentVariable("BENCH_DUMP") is { Length: > 0 } dump)
        {
            // For analysis: every frame as a file, in arrival order (binary frames decoded).
            Directory.CreateDirectory(dump);
            var n = Interlocked.Increment(ref _dumped);
            File.WriteAllBytes(Path.Combine(dump, $"{n:D5}-{(ReferenceEquals(into, _received) ? "in" : "out")}-{bytes}.bin"),
                opcode == 1 ? Encoding.UTF8.GetBytes(payload) : Convert.FromBase64String(payload));
        }

        lock (_gate)
        {
            into.Add(bytes);
            _labels.Add($"{(ReferenceEquals(into, _received) ? "in" : "out")} {bytes} {Target(opcode == 1 ? payload : Encoding.Latin1.GetString(Convert.FromBase64String(payload)))}");
        }

        Volatile.Write(ref _lastFrame, Stopwatch.GetTimestamp());
    }

    /// <summary>The SignalR target of a frame (<c>JS.RenderBatch</c>, <c>JS.BeginInvokeJS mudResizeListener…</c>), or its first bytes.</summary>
    private static string Target(string text)
    {
        var match = System.Text.RegularExpressions.Regex.Match(text, @"(JS\.[A-Za-z]+|[A-Z][A-Za-z]+(?:DotNet|JS)[A-Za-z]*|OnRenderCompleted|DispatchBrowserEvent|OnLocationChanged)");
        var method = System.Text.RegularExpressions.Regex.Match(text, @"(mud[A-Za-z.]+|Blazor\._[A-Za-z.]+)");
        return match.Success ? match.Value + (method.Success ? " " + method.Value : "") : "(other)";
    }

    private static int Base64Length(string base64)
    {
        var padding = base64.EndsWith("==", StringComparison.Ordinal) ? 2 : base64.EndsWith('=') ? 1 : 0;
        return (base64.Length / 4 * 3) - padding;
    }
}

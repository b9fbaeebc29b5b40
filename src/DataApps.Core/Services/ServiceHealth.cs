using System.Globalization;

namespace DataApps;

/// <summary>How a service a page depends on is doing, as <c>ui.ServiceStatus</c> shows it.</summary>
public enum ServiceState
{
    /// <summary>It answered in time: a green dot.</summary>
    Up,

    /// <summary>It answered, but slowly or with a warning: an amber dot.</summary>
    Degraded,

    /// <summary>It did not answer usefully (refused, timed out, 5xx, circuit open): a red dot.</summary>
    Down,
}

/// <summary>One measured health of a service: its state, how long the check took and, when it is not plainly up, why.</summary>
/// <param name="State">Up, degraded or down.</param>
/// <param name="Latency">How long the check took, if it got an answer or timed out.</param>
/// <param name="Detail">A short reason ("slow", "connection refused", "503 Service Unavailable"), or <c>null</c>.</param>
/// <example><c>ui.ServiceStatus("model", ServiceHealth.Up(TimeSpan.FromMilliseconds(12)));</c></example>
public sealed record ServiceHealth(ServiceState State, TimeSpan? Latency, string? Detail)
{
    /// <summary>A service that answered in <paramref name="latency"/>.</summary>
    /// <param name="latency">How long it took.</param>
    /// <returns>An up health.</returns>
    /// <example><c>var health = ServiceHealth.Up(stopwatch.Elapsed);</c></example>
    public static ServiceHealth Up(TimeSpan latency) => new(ServiceState.Up, latency, null);

    /// <summary>A service that answered, but not well enough.</summary>
    /// <param name="latency">How long it took.</param>
    /// <param name="detail">Why it counts as degraded, e.g. "slow".</param>
    /// <returns>A degraded health.</returns>
    /// <example><c>var health = ServiceHealth.Degraded(elapsed, "slow");</c></example>
    public static ServiceHealth Degraded(TimeSpan latency, string detail) => new(ServiceState.Degraded, latency, detail);

    /// <summary>A service that did not answer usefully.</summary>
    /// <param name="detail">What failed, e.g. "connection refused".</param>
    /// <param name="latency">How long the failed check took, if that says something (a timeout).</param>
    /// <returns>A down health.</returns>
    /// <example><c>var health = ServiceHealth.Down("connection refused");</c></example>
    public static ServiceHealth Down(string detail, TimeSpan? latency = null) => new(ServiceState.Down, latency, detail);

    /// <summary>The line <c>ui.ServiceStatus</c> shows after the name: "up · 12 ms", "degraded · 1.8 s (slow)", "down · connection refused".</summary>
    /// <returns>The summary.</returns>
    /// <example><c>Assert.Equal("up · 12 ms", ServiceHealth.Up(TimeSpan.FromMilliseconds(12)).ToString());</c></example>
    public override string ToString()
    {
        var state = State.ToString().ToLowerInvariant();
        return (State, Latency, Detail) switch
        {
            (ServiceState.Down, _, { } detail) => $"{state} · {detail}",
            (_, { } latency, { } detail) => $"{state} · {FormatLatency(latency)} ({detail})",
            (_, { } latency, null) => $"{state} · {FormatLatency(latency)}",
            (_, null, { } detail) => $"{state} · {detail}",
            _ => state,
        };
    }

    /// <summary>A duration as people read it: "12 ms" under a second, "1.8 s" above, "2 min" from a minute.</summary>
    /// <param name="duration">The duration.</param>
    /// <returns>The text, invariant culture.</returns>
    /// <example><c>Assert.Equal("1.8 s", ServiceHealth.FormatLatency(TimeSpan.FromMilliseconds(1800)));</c></example>
    public static string FormatLatency(TimeSpan duration) => duration.TotalMilliseconds switch
    {
        < 1000 => string.Create(CultureInfo.InvariantCulture, $"{Math.Round(duration.TotalMilliseconds):0} ms"),
        < 60_000 => string.Create(CultureInfo.InvariantCulture, $"{duration.TotalSeconds:0.#} s"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{duration.TotalMinutes:0.#} min"),
    };
}

using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace DataApps.Hosting.Circuits;

/// <summary>
/// Carries a session from the prerendering request to the circuit that the same page opens a moment later, so the page
/// runs once per visit and the first paint needs no circuit.
/// </summary>
/// <remarks>
/// Note [Prerender handoff]: the first HTTP request of a visit renders the page statically: its session runs the page
/// and the HTML carries the output, so rows and text are painted before blazor.web.js has even loaded. The session is
/// then parked here under a random token that travels in the page's persisted component state; the circuit takes it
/// (once) and continues the same session: same state, same tree, no second run. A token nobody takes within
/// <see cref="Lifetime"/> (a crawler, a closed tab, a circuit that reached another server) is disposed, and a circuit
/// without a parked session simply starts a new one and runs the page.
/// </remarks>
internal sealed class SessionHandoff : IDisposable
{
    /// <summary>How long a parked session waits for its circuit.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(60);

    /// <summary>Parked sessions beyond this are not kept; their circuits start afresh.</summary>
    public const int Capacity = 10_000;

    private readonly ConcurrentDictionary<string, Parked> _parked = new(StringComparer.Ordinal);
    private readonly TimeProvider _time;
    private readonly ITimer _sweeper;

    public SessionHandoff(TimeProvider? time = null)
    {
        _time = time ?? TimeProvider.System;
        _sweeper = _time.CreateTimer(_ => Sweep(), null, Lifetime, Lifetime);
    }

    /// <summary>How many sessions wait for their circuit.</summary>
    public int Count => _parked.Count;

    /// <summary>Parks <paramref name="parts"/> and returns the token that takes it back, or <c>null</c> when full.</summary>
    public string? Park(SessionParts parts)
    {
        if (_parked.Count >= Capacity)
        {
            return null;
        }

        var token = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
        _parked[token] = new Parked(parts, _time.GetUtcNow() + Lifetime);
        return token;
    }

    /// <summary>Takes a parked session; a token works once.</summary>
    public bool TryTake(string? token, out SessionParts parts)
    {
        if (token is not null && _parked.TryRemove(token, out var parked))
        {
            parts = parked.Parts;
            return true;
        }

        parts = null!;
        return false;
    }

    /// <summary>Disposes the sessions whose circuit never came.</summary>
    internal void Sweep()
    {
        var now = _time.GetUtcNow();
        foreach (var (token, parked) in _parked)
        {
            if (parked.Expires <= now && _parked.TryRemove(token, out var expired))
            {
                expired.Parts.Dispose();
            }
        }
    }

    public void Dispose()
    {
        _sweeper.Dispose();
        foreach (var token in _parked.Keys)
        {
            if (_parked.TryRemove(token, out var parked))
            {
                parked.Parts.Dispose();
            }
        }
    }

    private sealed record Parked(SessionParts Parts, DateTimeOffset Expires);
}

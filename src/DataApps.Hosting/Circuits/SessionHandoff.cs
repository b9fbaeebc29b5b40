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
/// (once) and continues the same session: same state, same tree, no second run. Any plain GET makes such a session, so
/// a parked session is kept cheap and short-lived: its fragments' timers do not start until a circuit claims it
/// (<c>AppSession.HoldTimers</c>); a token nobody takes within <see cref="Lifetime"/> (a crawler, a closed tab, a
/// circuit that reached another server) is disposed; and one client address parks at most <see cref="PerClient"/> sessions,
/// its oldest disposed to make room. A circuit without a parked session simply starts a new one and runs the page.
/// </remarks>
internal sealed class SessionHandoff : IDisposable
{
    /// <summary>How long a parked session waits for its circuit unless the app says otherwise.</summary>
    public static readonly TimeSpan DefaultLifetime = TimeSpan.FromSeconds(20);

    /// <summary>How many sessions one client address may have parked unless the app says otherwise.</summary>
    public const int DefaultPerClient = 16;

    /// <summary>Parked sessions beyond this are not kept; their circuits start afresh.</summary>
    public const int Capacity = 10_000;

    private readonly Lock _gate = new();
    private readonly Dictionary<string, Parked> _parked = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> _byClient = new(StringComparer.Ordinal); // client → its tokens, oldest first
    private readonly TimeProvider _time;
    private readonly ITimer _sweeper;

    /// <param name="time">The clock.</param>
    /// <param name="lifetime">How long a parked session waits for its circuit.</param>
    /// <param name="perClient">How many sessions one client address may have parked.</param>
    public SessionHandoff(TimeProvider? time = null, TimeSpan? lifetime = null, int perClient = DefaultPerClient)
    {
        _time = time ?? TimeProvider.System;
        Lifetime = lifetime ?? DefaultLifetime;
        if (Lifetime <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(lifetime), Lifetime,
                "DataApps:PrerenderHandoffTimeout (o.PrerenderHandoffTimeout) must be positive: it is how long a prerendered session waits for its circuit.");
        }

        PerClient = perClient;
        // Swept four times a lifetime, so a session outlives its lifetime by a quarter of it at most.
        var every = Lifetime / 4 < TimeSpan.FromSeconds(1) ? TimeSpan.FromSeconds(1) : Lifetime / 4;
        _sweeper = _time.CreateTimer(_ => Sweep(), null, every, every);
    }

    /// <summary>How long a parked session waits for its circuit.</summary>
    public TimeSpan Lifetime { get; }

    /// <summary>How many sessions one client address may have parked; the oldest goes when another comes.</summary>
    public int PerClient { get; }

    /// <summary>How many sessions wait for their circuit.</summary>
    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _parked.Count;
            }
        }
    }

    /// <summary>The sessions waiting for their circuit (for tests).</summary>
    internal IReadOnlyList<SessionParts> ParkedSessions
    {
        get
        {
            lock (_gate)
            {
                return [.. _parked.Values.Select(p => p.Parts)];
            }
        }
    }

    /// <summary>Parks <paramref name="parts"/> and returns the token that takes it back, or <c>null</c> when full.</summary>
    /// <param name="parts">The session.</param>
    /// <param name="client">The client address of the request that made it, or <c>null</c> when unknown.</param>
    public string? Park(SessionParts parts, string? client = null)
    {
        var token = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
        client ??= "";
        SessionParts? evicted = null;
        lock (_gate)
        {
            if (_parked.Count >= Capacity)
            {
                return null;
            }

            if (!_byClient.TryGetValue(client, out var tokens))
            {
                _byClient[client] = tokens = [];
            }

            if (PerClient > 0 && tokens.Count >= PerClient)
            {
                // The client's oldest parked session makes room: a burst of GETs keeps at most PerClient sessions alive.
                var oldest = tokens[0];
                tokens.RemoveAt(0);
                if (_parked.Remove(oldest, out var parked))
                {
                    evicted = parked.Parts;
                }
            }

            tokens.Add(token);
            _parked[token] = new Parked(parts, client, _time.GetUtcNow() + Lifetime);
        }

        evicted?.Dispose();
        return token;
    }

    /// <summary>Takes a parked session; a token works once.</summary>
    public bool TryTake(string? token, out SessionParts parts)
    {
        lock (_gate)
        {
            if (token is not null && _parked.Remove(token, out var parked))
            {
                Forget(parked.Client, token);
                parts = parked.Parts;
                return true;
            }
        }

        parts = null!;
        return false;
    }

    /// <summary>Disposes the sessions whose circuit never came.</summary>
    internal void Sweep()
    {
        var now = _time.GetUtcNow();
        List<SessionParts> expired = [];
        lock (_gate)
        {
            foreach (var (token, parked) in _parked.Where(p => p.Value.Expires <= now).ToList())
            {
                _parked.Remove(token);
                Forget(parked.Client, token);
                expired.Add(parked.Parts);
            }
        }

        expired.ForEach(p => p.Dispose());
    }

    public void Dispose()
    {
        _sweeper.Dispose();
        List<SessionParts> parked;
        lock (_gate)
        {
            parked = [.. _parked.Values.Select(p => p.Parts)];
            _parked.Clear();
            _byClient.Clear();
        }

        parked.ForEach(p => p.Dispose());
    }

    /// <summary>Drops a token from its client's list; under <c>_gate</c>.</summary>
    private void Forget(string client, string token)
    {
        if (_byClient.TryGetValue(client, out var tokens) && tokens.Remove(token) && tokens.Count == 0)
        {
            _byClient.Remove(client);
        }
    }

    private sealed record Parked(SessionParts Parts, string Client, DateTimeOffset Expires);
}

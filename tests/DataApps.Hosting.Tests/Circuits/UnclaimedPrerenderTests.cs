using System.Diagnostics.Metrics;
using DataApps.Hosting.Circuits;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace DataApps.Hosting.Tests.Circuits;

/// <summary>Plain GETs (no browser, so no circuit ever claims their session) stay cheap: few sessions, no timers, gone after the claim window.</summary>
/// <remarks>Alone, not beside other tests: it counts the process's open sessions (the dataapps.sessions.active instrument).</remarks>
[Collection(nameof(UnclaimedPrerenderTests))]
[CollectionDefinition(nameof(UnclaimedPrerenderTests), DisableParallelization = true)]
public sealed class UnclaimedPrerenderTests
{
    private const int Gets = 200;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ABurstOfPlainGetsKeepsAFewSessionsWithoutTimersAndNoneAfterTheClaimWindow()
    {
        var time = new ManualTime();
        await using var factory = new Factory(time);
        using var client = factory.CreateClient();
        var handoff = factory.Services.GetRequiredService<SessionHandoff>();
        using var sessions = new OpenSessions();

        for (var i = 0; i < Gets; i++)
        {
            var html = await client.GetStringAsync("/fragments", Ct); // a page with three runEvery fragments
            Assert.Contains("Blazor-Server-Component-State:", html, StringComparison.Ordinal);
        }

        Assert.Equal(16, handoff.PerClient);
        Assert.InRange(handoff.Count, 1, handoff.PerClient);
        Assert.InRange(sessions.Opened, Gets, int.MaxValue);
        Assert.InRange(sessions.Open, 1, handoff.PerClient); // the client's older sessions were disposed to make room
        Assert.All(handoff.ParkedSessions, p => Assert.NotEmpty(p.Session.FragmentIds)); // the page ran and has its fragments…
        Assert.All(handoff.ParkedSessions, p => Assert.Equal(0, p.Session.FragmentTimersRunning)); // …but nothing ticks yet

        time.Advance(handoff.Lifetime + TimeSpan.FromSeconds(1));
        handoff.Sweep();

        Assert.Equal(0, handoff.Count);
        Assert.Equal(0, sessions.Open);
    }

    [Fact]
    public void AClaimedSessionStartsItsTimers()
    {
        using var handoff = new SessionHandoff(new ManualTime());
        var session = new DataApps.Runtime.AppSession();
        session.HoldTimers();
        session.RegisterFragment("clock", _ => Task.CompletedTask, TimeSpan.FromSeconds(1), null, new FragmentElement("clock", null));
        Assert.Equal(0, session.FragmentTimersRunning);
        var host = new ServiceCollection().BuildServiceProvider();
        var token = handoff.Park(new SessionParts(session, host.CreateAsyncScope()), "127.0.0.1");

        Assert.True(handoff.TryTake(token, out var parts));
        parts.Session.ReleaseTimers();

        Assert.Equal(1, session.FragmentTimersRunning);
        parts.Dispose();
    }

    [Fact]
    public void EachClientKeepsOnlyItsNewestParkedSessions()
    {
        using var handoff = new SessionHandoff(new ManualTime(), perClient: 2);
        var host = new ServiceCollection().BuildServiceProvider();
        SessionParts NewParts() => new(new DataApps.Runtime.AppSession(), host.CreateAsyncScope());
        var first = NewParts();
        var a1 = handoff.Park(first, "10.0.0.1");
        var a2 = handoff.Park(NewParts(), "10.0.0.1");
        var b1 = handoff.Park(NewParts(), "10.0.0.2");

        var a3 = handoff.Park(NewParts(), "10.0.0.1");

        Assert.True(first.IsDisposed);
        Assert.False(handoff.TryTake(a1, out _));
        Assert.Equal(3, handoff.Count);
        Assert.True(handoff.TryTake(a2, out _));
        Assert.True(handoff.TryTake(a3, out _));
        Assert.True(handoff.TryTake(b1, out _)); // another client's session is not touched
    }

    /// <summary>Counts sessions opened and closed while it listens.</summary>
    private sealed class OpenSessions : IDisposable
    {
        private readonly MeterListener _listener = new();
        private int _open;
        private int _opened;

        public OpenSessions()
        {
            _listener.InstrumentPublished = (instrument, listener) =>
            {
                if (instrument.Meter.Name == DataAppsTelemetry.MeterName && instrument.Name == "dataapps.sessions.active")
                {
                    listener.EnableMeasurementEvents(instrument);
                }
            };
            _listener.SetMeasurementEventCallback<long>((_, value, _, _) =>
            {
                Interlocked.Add(ref _open, (int)value);
                if (value > 0)
                {
                    Interlocked.Add(ref _opened, (int)value);
                }
            });
            _listener.Start();
        }

        public int Open => Volatile.Read(ref _open);

        public int Opened => Volatile.Read(ref _opened);

        public void Dispose() => _listener.Dispose();
    }

    private sealed class Factory(TimeProvider time) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder) =>
            builder.UseEnvironment("Development").ConfigureServices(s => s.AddSingleton(time));
    }
}

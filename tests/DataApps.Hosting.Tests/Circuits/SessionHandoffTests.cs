using DataApps.Hosting.Circuits;
using DataApps.Runtime;
using Microsoft.Extensions.DependencyInjection;

namespace DataApps.Hosting.Tests.Circuits;

public sealed class SessionHandoffTests
{
    [Fact]
    public void AParkedSessionIsTakenOnceByItsToken()
    {
        using var handoff = new SessionHandoff(new ManualTime());
        var parts = NewParts();

        var token = handoff.Park(parts);

        Assert.NotNull(token);
        Assert.True(handoff.TryTake(token, out var taken));
        Assert.Same(parts, taken);
        Assert.False(handoff.TryTake(token, out _));
        Assert.Equal(0, handoff.Count);
    }

    [Fact]
    public void AnUnknownOrMissingTokenTakesNothing()
    {
        using var handoff = new SessionHandoff(new ManualTime());
        handoff.Park(NewParts());

        Assert.False(handoff.TryTake("0123456789ABCDEF0123456789ABCDEF", out _));
        Assert.False(handoff.TryTake(null, out _));
        Assert.Equal(1, handoff.Count);
    }

    [Fact]
    public void TokensAreRandomAndLongEnoughNotToBeGuessed()
    {
        using var handoff = new SessionHandoff(new ManualTime());

        var tokens = Enumerable.Range(0, 50).Select(_ => handoff.Park(NewParts())!).ToList();

        Assert.Equal(50, tokens.Distinct(StringComparer.Ordinal).Count());
        Assert.All(tokens, t => Assert.Equal(32, t.Length));
    }

    [Fact]
    public void ASessionWhoseCircuitNeverComesIsDisposedAfterItsLifetime()
    {
        var time = new ManualTime();
        using var handoff = new SessionHandoff(time);
        var parts = NewParts();
        var token = handoff.Park(parts);

        time.Advance(handoff.Lifetime - TimeSpan.FromSeconds(1));
        handoff.Sweep();
        Assert.Equal(1, handoff.Count);

        time.Advance(TimeSpan.FromSeconds(2));
        handoff.Sweep();

        Assert.Equal(0, handoff.Count);
        Assert.False(handoff.TryTake(token, out _));
        Assert.Throws<ObjectDisposedException>(() => { _ = parts.Session.RequestRunAsync(); });
    }

    [Fact]
    public void DisposingTheHandoffDisposesEverySessionStillParked()
    {
        var handoff = new SessionHandoff(new ManualTime());
        var parts = NewParts();
        handoff.Park(parts);

        handoff.Dispose();

        Assert.Throws<ObjectDisposedException>(() => { _ = parts.Session.RequestRunAsync(); });
    }

    private static SessionParts NewParts() =>
        new(new AppSession(), new ServiceCollection().BuildServiceProvider().CreateAsyncScope());
}

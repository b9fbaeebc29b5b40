using DataApps.Tests.Shared;

namespace DataApps.Hosting.Tests.Auth;

/// <summary>The local provider and Showcase apps signing in with it, started once for a test class; none when the provider cannot run here.</summary>
public abstract class SignInApps : IAsyncLifetime
{
    private readonly List<SignInShowcase> _apps = [];

    internal DevIdentity? Provider { get; private set; }

    /// <summary>The apps' addresses, in the order <see cref="AppSettings"/> describes them.</summary>
    internal List<Uri> Addresses { get; } = [];

    /// <summary>The apps to start: for each, the settings beyond the provider's (the client id, say).</summary>
    private protected abstract IReadOnlyList<Func<DevIdentity, Dictionary<string, string?>>> AppSettings { get; }

    /// <summary>How long the provider's access and id tokens live.</summary>
    protected virtual TimeSpan TokenLifetime => TimeSpan.FromHours(1);

    public async ValueTask InitializeAsync()
    {
        if (DevIdentity.MissingReason is not null)
        {
            return;
        }

        var ports = AppSettings.Select(_ => DevIdentity.FreePort()).ToList();
        Provider = await DevIdentity.StartAsync(ports.Select(p => new Uri($"http://127.0.0.1:{p}/")), TokenLifetime);
        for (var i = 0; i < ports.Count; i++)
        {
            var app = new SignInShowcase(ports[i], AppSettings[i](Provider));
            _apps.Add(app);
            Addresses.Add(app.Start());
        }
    }

    /// <summary>Skips the test (fails it under CI) when the provider cannot run here.</summary>
    internal void Require()
    {
        if (DevIdentity.MissingReason is { } reason)
        {
            Assert.False(DevIdentity.IsCi, reason);
            Assert.Skip(reason);
        }
    }

    public virtual async ValueTask DisposeAsync()
    {
        foreach (var app in _apps)
        {
            await app.DisposeAsync();
        }

        Provider?.Dispose();
        GC.SuppressFinalize(this);
    }
}

using System.Net;
using DataApps.Auth;
using DataApps.Tests.Shared;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace DataApps.Hosting.Tests.Auth;

/// <summary>The Showcase signing in at a provider that does not answer (nothing listens on its port), then at one that starts there.</summary>
public sealed class IdentityProviderOutageTests : IAsyncDisposable
{
    private readonly int _providerPort = DevIdentity.FreePort();
    private readonly ServerLog _log = new();
    private readonly SignInShowcase _showcase;
    private readonly Uri _app;
    private DevIdentity? _provider;

    public IdentityProviderOutageTests()
    {
        var port = DevIdentity.FreePort();
        _showcase = new SignInShowcase(port, DevIdentity.SettingsFor(new Uri($"http://127.0.0.1:{_providerPort}")), _log);
        _app = _showcase.Start();
    }

    [Fact]
    public async Task APageThatNeedsSignInAnswers503WithRetryAfterWhileTheProviderIsDown()
    {
        using var client = new SignInClient();

        using var page = await client.GetOnceAsync(new Uri(_app, "sign-in/ops"));
        using var login = await client.GetOnceAsync(new Uri(_app, "account/login?returnUrl=/sign-in/ops"));
        var open = await client.GetAsync(new Uri(_app, "sign-in"));

        foreach (var response in new[] { page, login })
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
            Assert.Equal(TimeSpan.FromSeconds(30), response.Headers.RetryAfter?.Delta);
            Assert.Contains("Sign-in is unavailable", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        }

        Assert.Equal(HttpStatusCode.OK, open.Status); // a page that needs no sign-in still works
    }

    [Fact]
    public async Task TheOutageIsLoggedOnceAsAWarningWithItsReasonAndNoStackTrace()
    {
        using var client = new SignInClient();

        for (var i = 0; i < 5; i++)
        {
            using var response = await client.GetOnceAsync(new Uri(_app, i % 2 == 0 ? "sign-in/ops" : "account/login"));
            Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        }

        var lines = _log.Lines.ToList();
        var outage = Assert.Single(lines, l => l.Contains("Sign-in is unavailable", StringComparison.Ordinal));
        Assert.StartsWith("Warning ", outage);
        Assert.Contains($"127.0.0.1:{_providerPort}", outage);
        Assert.Contains("Connection refused", outage);
        Assert.DoesNotContain(lines, l => l.StartsWith("Error ", StringComparison.Ordinal) || l.Contains("   at ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SignInWorksAgainOnceTheProviderAnswers()
    {
        Require();
        using var client = new SignInClient();
        using var down = await client.GetOnceAsync(new Uri(_app, "sign-in/ops"));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, down.StatusCode);

        _provider = await DevIdentity.StartAsync([_app], port: _providerPort);
        var page = await client.SignInAsync(new Uri(_app, "sign-in/ops"), "bob");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("Bob Ops", page.Body);
        Assert.Single(_log.Lines, l => l.Contains("Sign-in is unavailable", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SignOutWhileTheProviderIsDownEndsTheAppsSignInWithoutAskingTheProvider()
    {
        // An app started during the outage has never read the provider's metadata: sign-out must not throw on it.
        var oidc = _showcase.Services.GetRequiredService<IOptionsMonitor<OpenIdConnectOptions>>().Get(OpenIdConnectDefaults.AuthenticationScheme);

        var endpoint = await AccountEndpoints.EndSessionEndpointAsync(oidc, TestContext.Current.CancellationToken);

        Assert.Null(endpoint); // so the sign-out ends the app's cookie locally
    }

    [Fact]
    public void OnlyFailuresToReachTheProviderCountAsAnOutage()
    {
        var refused = new HttpRequestException("Connection refused (127.0.0.1:1)");

        Assert.True(IdentityProviderOutage.IsUnreachable(new InvalidOperationException("IDX20803: Unable to obtain configuration from: 'x'.", new IOException("IDX20804", refused))));
        Assert.True(IdentityProviderOutage.IsUnreachable(new AuthenticationFailureException("An error was encountered while handling the remote login.", refused)));
        Assert.False(IdentityProviderOutage.IsUnreachable(refused)); // a page's own call to a service
        Assert.False(IdentityProviderOutage.IsUnreachable(new AuthenticationFailureException("Correlation failed.")));
        Assert.False(IdentityProviderOutage.IsUnreachable(new InvalidOperationException("Something else.")));
    }

    private static void Require()
    {
        if (DevIdentity.MissingReason is { } reason)
        {
            Assert.False(DevIdentity.IsCi, reason);
            Assert.Skip(reason);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _showcase.DisposeAsync();
        _provider?.Dispose();
    }
}

using System.Net;
using DataApps.Tests.Shared;

namespace DataApps.Hosting.Tests.Auth;

/// <summary>Tokens that expire are refreshed (with a refresh token) or the user is challenged again; a sign-in past its lifetime is refused.</summary>
public sealed class TokenLifetimeTests(TokenLifetimeTests.Fixture apps) : IClassFixture<TokenLifetimeTests.Fixture>
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(3);

    public sealed class Fixture : SignInApps
    {
        protected override TimeSpan TokenLifetime => Lifetime;

        private protected override IReadOnlyList<Func<DevIdentity, Dictionary<string, string?>>> AppSettings =>
        [
            p => p.Settings(),                                   // 0: refresh tokens (offline_access)
            p => Without(p.Settings(clientId: "dataapps-norefresh"), "DataApps:Auth:Scopes:4"), // 1: no refresh token
            p => With(p.Settings(), "DataApps:Auth:SessionLifetime", "00:00:03"),             // 2: a 3-second sign-in
        ];

        private static Dictionary<string, string?> Without(Dictionary<string, string?> settings, string key)
        {
            settings.Remove(key);
            return settings;
        }

        private static Dictionary<string, string?> With(Dictionary<string, string?> settings, string key, string value)
        {
            settings[key] = value;
            return settings;
        }
    }

    private static Task Past(TimeSpan lifetime) => Task.Delay(lifetime + TimeSpan.FromSeconds(1.5));

    [Fact]
    public async Task ExpiredTokensAreRefreshedWithoutANewSignIn()
    {
        apps.Require();
        var app = apps.Addresses[0];
        using var client = new SignInClient();
        await client.SignInAsync(new Uri(app, "sign-in/ops"), "bob");
        var before = client.Cookies.GetCookies(app)[".DataApps.Auth"]!.Value;

        await Past(Lifetime);
        using var response = await client.GetOnceAsync(new Uri(app, "sign-in/ops"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEqual(before, client.Cookies.GetCookies(app)[".DataApps.Auth"]!.Value); // the cookie carries the new tokens
    }

    [Fact]
    public async Task ExpiredTokensWithoutARefreshTokenSendTheUserBackToTheProvider()
    {
        apps.Require();
        var app = apps.Addresses[1];
        using var client = new SignInClient();
        var page = await client.SignInAsync(new Uri(app, "sign-in/ops"), "bob");
        Assert.Equal(HttpStatusCode.OK, page.Status);

        await Past(Lifetime);
        using var response = await client.GetOnceAsync(new Uri(app, "sign-in/ops"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith(apps.Provider!.Authority.ToString().TrimEnd('/'), response.Headers.Location!.ToString());
    }

    [Fact]
    public async Task ASignInPastItsLifetimeIsRefused()
    {
        apps.Require();
        var app = apps.Addresses[2];
        using var client = new SignInClient();
        var page = await client.SignInAsync(new Uri(app, "sign-in/members"), "carol");
        Assert.Equal(HttpStatusCode.OK, page.Status);

        await Past(TimeSpan.FromSeconds(3));
        using var response = await client.GetOnceAsync(new Uri(app, "sign-in/members"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }
}

using System.Net;
using DataApps.Tests.Shared;

namespace DataApps.Hosting.Tests.Auth;

/// <summary>A role the provider takes away after sign-in is gone from the cookie within one revalidation interval: the next request (a reload) gets 403.</summary>
public sealed class RoleChangeTests(RoleChangeTests.Fixture apps) : IClassFixture<RoleChangeTests.Fixture>
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);

    public sealed class Fixture : SignInApps
    {
        private protected override IReadOnlyList<Func<DevIdentity, Dictionary<string, string?>>> AppSettings =>
        [
            p => With(p.Settings(), "00:00:01"),                                           // 0: refresh tokens, roles from userinfo
            p => With(p.Settings(clientId: "dataapps-norefresh"), "00:00:01"),             // 1: no refresh token
        ];

        private static Dictionary<string, string?> With(Dictionary<string, string?> settings, string interval)
        {
            settings["DataApps:Auth:RevalidationInterval"] = interval;
            return settings;
        }
    }

    [Theory]
    [InlineData(0, "alice")]
    [InlineData(1, "bob")]
    public async Task ARoleRemovedAtTheProviderIsGoneAtTheNextRequestAfterOneInterval(int appIndex, string user)
    {
        apps.Require();
        var app = apps.Addresses[appIndex];
        var roles = user == "bob" ? new[] { "ops", "analyst" } : ["analyst"];
        using var client = new SignInClient();
        var page = await client.SignInAsync(new Uri(app, "sign-in/analysis"), user);
        Assert.Equal(HttpStatusCode.OK, page.Status);
        try
        {
            await apps.Provider!.SetRolesAsync(user);
            await Task.Delay(Interval + TimeSpan.FromSeconds(0.5), TestContext.Current.CancellationToken);

            var after = await client.GetAsync(new Uri(app, "sign-in/analysis"));

            Assert.Equal(HttpStatusCode.Forbidden, after.Status);
        }
        finally
        {
            await apps.Provider!.SetRolesAsync(user, roles);
        }
    }

    [Fact]
    public async Task ARoleGivenAtTheProviderArrivesAtTheNextRequestAfterOneInterval()
    {
        apps.Require();
        var app = apps.Addresses[0];
        using var client = new SignInClient();
        var page = await client.SignInAsync(new Uri(app, "sign-in/ops"), "carol");
        Assert.Equal(HttpStatusCode.Forbidden, page.Status);
        try
        {
            await apps.Provider!.SetRolesAsync("carol", "ops");
            await Task.Delay(Interval + TimeSpan.FromSeconds(0.5), TestContext.Current.CancellationToken);

            var after = await client.GetAsync(new Uri(app, "sign-in/ops"));

            Assert.Equal(HttpStatusCode.OK, after.Status);
            Assert.Contains("Your roles: ops.", after.Body);
        }
        finally
        {
            await apps.Provider!.SetRolesAsync("carol");
        }
    }
}

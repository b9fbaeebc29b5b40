using System.Net;
using DataApps.Tests.Shared;

namespace DataApps.Hosting.Tests.Auth;

/// <summary>The Entra mode's wiring (Microsoft.Identity.Web) proven against the local provider, with the overrides a non-Entra authority needs; roles from the <c>roles</c> claim as Entra sends them.</summary>
public sealed class EntraSignInTests(EntraSignInTests.Fixture apps) : IClassFixture<EntraSignInTests.Fixture>
{
    public sealed class Fixture : SignInApps
    {
        private protected override IReadOnlyList<Func<DevIdentity, Dictionary<string, string?>>> AppSettings => [p => p.Settings(mode: "Entra", roleClaim: "roles")];
    }

    [Fact]
    public async Task SigningInThroughMicrosoftIdentityWebShowsTheUserAndTheirRoles()
    {
        apps.Require();
        var app = apps.Addresses[0];
        using var client = new SignInClient();

        var page = await client.SignInAsync(new Uri(app, "sign-in/ops"), "bob");

        Assert.Equal(new Uri(app, "sign-in/ops"), page.Url);
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("Bob Ops", page.Body);
        Assert.Contains("Your roles: analyst, ops.", page.Body);
    }

    [Fact]
    public async Task AUserWithoutTheRoleIsForbidden()
    {
        apps.Require();
        var app = apps.Addresses[0];
        using var client = new SignInClient();

        var page = await client.SignInAsync(new Uri(app, "sign-in/ops"), "alice");

        Assert.Equal(HttpStatusCode.Forbidden, page.Status);
    }
}

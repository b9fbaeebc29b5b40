using System.Security.Claims;
using System.Text.Json;
using DataApps.Auth;

namespace DataApps.Hosting.Tests.Auth;

/// <summary>Roles are found where each provider puts them, as the configured claim path says.</summary>
public sealed class RoleClaimsTests
{
    private static ClaimsPrincipal With(params Claim[] claims) => new(new ClaimsIdentity(claims, "oidc"));

    [Fact]
    public void EntraSendsOneRolesClaimPerRole()
    {
        var roles = RoleClaims.Find(With(new Claim("roles", "ops"), new Claim("roles", "analyst")), "roles");

        Assert.Equal(["ops", "analyst"], roles);
    }

    [Fact]
    public void KeycloakNestsRolesInAJsonClaim()
    {
        var claim = new Claim("realm_access", """{"roles":["ops","offline_access"]}""", "JSON");

        var roles = RoleClaims.Find(With(claim), "realm_access.roles");

        Assert.Equal(["ops", "offline_access"], roles);
    }

    [Fact]
    public void AJsonArrayInOneClaimGivesOneRoleEach()
    {
        var roles = RoleClaims.Find(With(new Claim("groups", """["/ops","/analyst"]""", "JSON_ARRAY")), "groups");

        Assert.Equal(["/ops", "/analyst"], roles);
    }

    [Fact]
    public void TheUserinfoResponseIsSearchedToo()
    {
        using var json = JsonDocument.Parse("""{"sub":"b","realm_access":{"roles":["ops"]},"roles":"single"}""");

        Assert.Equal(["ops"], RoleClaims.Find(With(), "realm_access.roles", json.RootElement));
        Assert.Equal(["single"], RoleClaims.Find(With(), "roles", json.RootElement));
    }

    [Fact]
    public void AMissingOrMalformedClaimGivesNoRoles()
    {
        Assert.Empty(RoleClaims.Find(With(new Claim("realm_access", "{not json")), "realm_access.roles"));
        Assert.Empty(RoleClaims.Find(With(), "roles"));
    }

    [Fact]
    public void RolesAreAddedOnceUnderTheRoleClaimType()
    {
        var identity = new ClaimsIdentity([new Claim("role", "ops")], "oidc", "name", "role");

        RoleClaims.AddTo(identity, ["ops", "analyst"]);

        Assert.Equal(["ops", "analyst"], identity.FindAll("role").Select(c => c.Value));
    }

    [Fact]
    public void EntraRolesMappedToTheStandardRoleClaimAreFound() =>
        Assert.Equal(["ops"], RoleClaims.Find(With(new Claim(ClaimTypes.Role, "ops")), "roles"));
}

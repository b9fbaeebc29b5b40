using System.Security.Claims;

namespace DataApps.Core.Tests.Auth;

/// <summary><c>ui.User</c> as read from the claims of a sign-in.</summary>
public sealed class AppUserTests
{
    [Fact]
    public void AnUnauthenticatedPrincipalIsAnonymous()
    {
        var user = AppUser.FromPrincipal(new ClaimsPrincipal(new ClaimsIdentity([new Claim("name", "x")])));

        Assert.Same(AppUser.Anonymous, user);
        Assert.False(user.IsAuthenticated);
        Assert.Null(user.Name);
        Assert.Empty(user.Roles);
        Assert.Equal("anonymous", user.ToString());
    }

    [Fact]
    public void IdNameEmailAndRolesComeFromTheStandardClaims()
    {
        var identity = new ClaimsIdentity(
            [new Claim("sub", "u-1"), new Claim("name", "Bob Ops"), new Claim("email", "bob@example.test"), new Claim("role", "ops"), new Claim("role", "analyst")],
            "oidc", "name", "role");

        var user = AppUser.FromPrincipal(new ClaimsPrincipal(identity));

        Assert.True(user.IsAuthenticated);
        Assert.Equal("u-1", user.Id);
        Assert.Equal("Bob Ops", user.Name);
        Assert.Equal("bob@example.test", user.Email);
        Assert.Equal(["analyst", "ops"], user.Roles);
        Assert.True(user.IsInRole("ops"));
        Assert.False(user.IsInRole("Ops"));
        Assert.Contains(user.Claims, c => c.Type == "email");
    }

    [Fact]
    public void EntraObjectIdAndPreferredUsernameAreUsedWhenTheOthersAreMissing()
    {
        var identity = new ClaimsIdentity([new Claim("oid", "o-7"), new Claim("preferred_username", "dana@contoso.test")], "oidc", "name", "roles");

        var user = AppUser.FromPrincipal(new ClaimsPrincipal(identity));

        Assert.Equal("o-7", user.Id);
        Assert.Equal("dana@contoso.test", user.Name);
    }

    [Fact]
    public void ATestUserHasTheGivenNameAndRoles()
    {
        var user = AppUser.Create("alice", "analyst");

        Assert.True(user.IsAuthenticated);
        Assert.Equal("alice", user.Id);
        Assert.Equal("alice", user.Name);
        Assert.Equal(["analyst"], user.Roles);
        Assert.True(user.Principal.IsInRole("analyst"));
    }
}

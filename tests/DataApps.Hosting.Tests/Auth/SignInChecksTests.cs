using System.Security.Claims;
using System.Text;
using System.Text.Json;
using DataApps.Auth;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace DataApps.Hosting.Tests.Auth;

/// <summary>A sign-in's roles are read from the provider again every revalidation interval; a refusal ends it, an outage only after the grace.</summary>
public sealed class SignInChecksTests
{
    private static readonly TimeSpan Interval = TimeSpan.FromMinutes(1);
    private readonly ManualTimers _time = new();
    private readonly FakeIdentityProvider _provider = new();
    private readonly SignInChecks _checks;

    public SignInChecksTests() =>
        _checks = new SignInChecks(
            _provider,
            Options.Create(new DataAppsAuthOptions { Mode = AuthMode.Oidc, RoleClaim = "realm_access.roles", RevalidationInterval = Interval, ProviderOutageGrace = TimeSpan.FromMinutes(3) }),
            new SignOutRegistry(_time),
            NullLogger<SignInChecks>.Instance,
            _time);

    private Task<SignInCheck> Check(ClaimsPrincipal principal, SignInTokens? tokens) =>
        _checks.CheckAsync(principal, tokens, TestContext.Current.CancellationToken);

    private ClaimsPrincipal Alice(params string[] roles)
    {
        var identity = new ClaimsIdentity([new Claim("sub", "alice"), new Claim("name", "alice"), .. roles.Select(r => new Claim("role", r))], "oidc", "name", "role");
        SignInClaims.Stamp(identity, _time.GetUtcNow(), TimeSpan.FromHours(8));
        return new ClaimsPrincipal(identity);
    }

    private SignInTokens Tokens(string? refreshToken = "r1", TimeSpan? validFor = null, params string[] idTokenRoles) =>
        new("a1", refreshToken, IdToken(idTokenRoles), _time.GetUtcNow() + (validFor ?? TimeSpan.FromHours(1)));

    private static string IdToken(params string[] roles)
    {
        static string Part(string json) => Convert.ToBase64String(Encoding.UTF8.GetBytes(json)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        return Part("""{"alg":"none","typ":"JWT"}""") + "." + Part(JsonSerializer.Serialize(new { sub = "alice", realm_access = new { roles } })) + ".";
    }

    [Fact]
    public async Task ARoleTheProviderTookAwayIsGoneAfterOneInterval()
    {
        var alice = Alice("analyst");
        var tokens = Tokens(idTokenRoles: "analyst");
        Assert.Null((await Check(alice, tokens)).Roles);
        _provider.UserInfo = """{"sub":"alice","realm_access":{"roles":[]}}""";

        _time.Advance(Interval);
        var check = await Check(alice, tokens);

        Assert.False(check.Ended);
        Assert.Empty(check.Roles!);
        var updated = check.WithRoles(alice)!;
        Assert.False(updated.IsInRole("analyst"));
        Assert.Equal(alice.FindFirst(SignInClaims.SignInId)!.Value, updated.FindFirst(SignInClaims.SignInId)!.Value); // the same sign-in, other roles
    }

    [Fact]
    public async Task WithinTheIntervalTheProviderIsNotAsked()
    {
        var alice = Alice("analyst");
        var tokens = Tokens();

        await Check(alice, tokens);
        _time.Advance(Interval / 2);
        await Check(alice, tokens);

        Assert.Equal(0, _provider.Calls);
    }

    [Fact]
    public async Task OneCheckPerIntervalServesEveryTabAndRequestOfTheSignIn()
    {
        var alice = Alice("analyst");
        var tokens = Tokens();
        await Check(alice, tokens);
        _time.Advance(Interval);

        await Check(alice, tokens);
        var second = await Check(alice, null); // a circuit: no tokens of its own

        Assert.Equal(1, _provider.Calls);
        Assert.Equal(["analyst"], second.Roles!);
    }

    [Fact]
    public async Task UserinfoWithoutTheRoleClaimReadsTheRolesFromARefreshedIdToken()
    {
        var alice = Alice("analyst", "ops");
        var tokens = Tokens(idTokenRoles: ["analyst", "ops"]);
        await Check(alice, tokens);
        _provider.UserInfo = """{"sub":"alice"}""";
        _provider.Refreshed = new RefreshedTokens("a2", "r2", IdToken("ops"), 3600);

        _time.Advance(Interval);
        var check = await Check(alice, tokens);

        Assert.Equal(["ops"], check.Roles!);
        Assert.Equal("a2", check.Tokens!.AccessToken); // the cookie takes the new tokens at the next request
    }

    [Fact]
    public async Task ExpiringTokensAreRefreshedBeforeUserinfoIsAsked()
    {
        var alice = Alice("analyst");
        var tokens = Tokens(validFor: TimeSpan.FromSeconds(10));
        _provider.Refreshed = new RefreshedTokens("a2", null, null, 3600);

        var check = await Check(alice, tokens);

        Assert.Equal(["refresh r1", "userinfo a2"], _provider.Log);
        Assert.Equal("r1", check.Tokens!.RefreshToken);
    }

    [Fact]
    public async Task ARefusedRefreshEndsTheSignIn()
    {
        var alice = Alice("analyst");
        _provider.RefreshAnswer = ProviderAnswer.Refused;

        var check = await Check(alice, Tokens(validFor: TimeSpan.FromSeconds(10)));

        Assert.True(check.Ended);
        Assert.True((await Check(alice, null)).Ended); // for every tab of the sign-in
    }

    [Fact]
    public async Task AnAccessTokenUserinfoRefusesEndsTheSignIn()
    {
        var alice = Alice("analyst");
        var tokens = Tokens();
        await Check(alice, tokens);
        _provider.UserInfoAnswer = ProviderAnswer.Refused;

        _time.Advance(Interval);

        Assert.True((await Check(alice, tokens)).Ended);
    }

    [Fact]
    public async Task AnUnreachableProviderKeepsTheRolesForTheGraceThenEndsTheSignIn()
    {
        var alice = Alice("analyst");
        var tokens = Tokens();
        await Check(alice, tokens);
        _provider.UserInfoAnswer = ProviderAnswer.Unreachable;

        var kept = new List<bool>();
        for (var i = 0; i < 3; i++)
        {
            _time.Advance(Interval); // outage seen at 1 min; still kept at 2 and 3 min
            kept.Add(!(await Check(alice, tokens)).Ended);
        }

        _time.Advance(Interval); // 3 minutes of outage: the grace is over
        var check = await Check(alice, tokens);

        Assert.Equal([true, true, true], kept);
        Assert.True(check.Ended);
    }

    [Fact]
    public async Task AProviderBackWithinTheGraceClearsTheOutage()
    {
        var alice = Alice("analyst");
        var tokens = Tokens();
        await Check(alice, tokens);
        _provider.UserInfoAnswer = ProviderAnswer.Unreachable;
        _time.Advance(Interval);
        await Check(alice, tokens);
        _time.Advance(Interval);
        _provider.UserInfoAnswer = ProviderAnswer.Ok;
        await Check(alice, tokens);
        _provider.UserInfoAnswer = ProviderAnswer.Unreachable;

        _time.Advance(Interval * 2.5);
        var check = await Check(alice, tokens);

        Assert.False(check.Ended);
    }

    [Fact]
    public async Task ExpiredTokensWithoutARefreshTokenEndTheSignIn()
    {
        var check = await Check(Alice("analyst"), Tokens(refreshToken: null, validFor: TimeSpan.FromSeconds(-1)));

        Assert.True(check.Ended);
        Assert.Equal(0, _provider.Calls);
    }
}

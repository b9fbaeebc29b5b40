using System.Security.Claims;
using DataApps.Auth;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace DataApps.Hosting.Tests.Auth;

/// <summary>An open page's user follows the provider: after one revalidation interval it has the roles the provider gives now, or is signed out.</summary>
public sealed class SignInRevalidatorTests : IDisposable
{
    private static readonly TimeSpan Interval = TimeSpan.FromMinutes(1);
    private readonly ManualTimers _time = new();
    private readonly FakeIdentityProvider _provider = new();
    private readonly SignInChecks _checks;
    private readonly SignInRevalidator _revalidator;

    public SignInRevalidatorTests()
    {
        var options = Options.Create(new DataAppsAuthOptions { Mode = AuthMode.Oidc, RoleClaim = "realm_access.roles", RevalidationInterval = Interval });
        _checks = new SignInChecks(_provider, options, new SignOutRegistry(_time), NullLogger<SignInChecks>.Instance, _time);
        _revalidator = new SignInRevalidator(_checks, options, NullLogger<SignInRevalidator>.Instance, _time);
    }

    /// <summary>Alice with the analyst role, signed in now, as the circuit gets her from the page's request (whose cookie check saw her tokens).</summary>
    private async Task<ClaimsPrincipal> SignInAliceAsync()
    {
        var identity = new ClaimsIdentity([new Claim("sub", "alice"), new Claim("name", "alice"), new Claim("role", "analyst")], "oidc", "name", "role");
        SignInClaims.Stamp(identity, _time.GetUtcNow(), TimeSpan.FromHours(8));
        var alice = new ClaimsPrincipal(identity);
        await _checks.CheckAsync(alice, new SignInTokens("a1", "r1", null, _time.GetUtcNow().AddHours(1)), TestContext.Current.CancellationToken);
        _revalidator.SetAuthenticationState(Task.FromResult(new AuthenticationState(alice)));
        return alice;
    }

    private Task<AuthenticationState> NextStateAsync()
    {
        var next = new TaskCompletionSource<AuthenticationState>(TaskCreationOptions.RunContinuationsAsynchronously);
        _revalidator.AuthenticationStateChanged += async state => next.TrySetResult(await state);
        return next.Task.WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken); // bounded: fails rather than hangs
    }

    [Fact]
    public async Task ARoleTheProviderTookAwayLeavesTheOpenPagesUserAfterOneInterval()
    {
        await SignInAliceAsync();
        _provider.UserInfo = """{"sub":"alice","realm_access":{"roles":[]}}""";
        var next = NextStateAsync();

        _time.Advance(Interval);
        var user = (await next).User;

        Assert.True(user.Identity!.IsAuthenticated);
        Assert.Equal("alice", user.Identity.Name);
        Assert.False(user.IsInRole("analyst"));
        Assert.Same(user, (await _revalidator.GetAuthenticationStateAsync()).User);
    }

    [Fact]
    public async Task BeforeTheIntervalTheProviderIsNotAsked()
    {
        await SignInAliceAsync();

        _time.Advance(Interval - TimeSpan.FromSeconds(1));

        Assert.Equal(0, _provider.Calls);
    }

    [Fact]
    public async Task ARefusalSignsTheOpenPagesUserOut()
    {
        await SignInAliceAsync();
        _provider.UserInfoAnswer = ProviderAnswer.Refused;
        var next = NextStateAsync();

        _time.Advance(Interval);

        Assert.False((await next).User.Identity?.IsAuthenticated);
    }

    [Fact]
    public async Task UnchangedRolesLeaveTheStateAloneAndTheChecksGoOn()
    {
        await SignInAliceAsync();
        _time.Advance(Interval);
        await WaitForCallsAsync(1);
        _provider.UserInfo = """{"sub":"alice","realm_access":{"roles":["ops"]}}""";
        var next = NextStateAsync();

        _time.Advance(Interval);
        var user = (await next).User;

        Assert.True(user.IsInRole("ops"));
        Assert.False(user.IsInRole("analyst"));
    }

    private async Task WaitForCallsAsync(int calls)
    {
        // The loop has checked and waits for the next interval (bounded: 3 s at most).
        for (var i = 0; i < 300 && (_provider.Calls < calls || _time.Pending == 0); i++)
        {
            await Task.Delay(10, TestContext.Current.CancellationToken);
        }

        Assert.Equal(calls, _provider.Calls);
    }

    public void Dispose() => _revalidator.Dispose();
}

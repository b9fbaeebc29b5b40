using System.Net;
using DataApps.Tests.Shared;

namespace DataApps.Hosting.Tests.Auth;

/// <summary>The Showcase signing in with a real OIDC provider (tools/dev-identity) through the code flow with PKCE; roles from Keycloak's realm_access.roles.</summary>
public sealed class OidcSignInTests(OidcSignInTests.Fixture apps) : IClassFixture<OidcSignInTests.Fixture>
{
    public sealed class Fixture : SignInApps
    {
        private protected override IReadOnlyList<Func<DevIdentity, Dictionary<string, string?>>> AppSettings =>
        [
            p => p.Settings(),
            p => new Dictionary<string, string?>(p.Settings()) { ["DataApps:Auth:RequireSignIn"] = "true" }, // the whole app behind sign-in
        ];
    }

    private Uri App => apps.Addresses[0];

    private Uri At(string path) => new(App, path);

    [Fact]
    public async Task AnAnonymousRequestForAProtectedPageGoesToTheProvider()
    {
        apps.Require();
        using var client = new SignInClient();

        using var response = await client.GetOnceAsync(At("sign-in/ops"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith(apps.Provider!.Authority.ToString().TrimEnd('/') + "/auth", response.Headers.Location!.ToString());
    }

    [Fact]
    public async Task AnOpenPageNeedsNoSignIn()
    {
        apps.Require();
        using var client = new SignInClient();

        var page = await client.GetAsync(At("sign-in"));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("You are not signed in", page.Body);
        Assert.Contains("data-testid=\"user-login\"", page.Body);
    }

    [Fact]
    public async Task SigningInBringsTheUserBackToThePageWithTheirNameAndRoles()
    {
        apps.Require();
        using var client = new SignInClient();

        var page = await client.SignInAsync(At("sign-in/ops"), "bob");

        Assert.Equal(At("sign-in/ops"), page.Url);
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("Bob Ops", page.Body);
        Assert.Contains("Your roles: analyst, ops.", page.Body);
        Assert.Contains(client.Visited, u => u.AbsolutePath == "/signin-oidc");
    }

    [Fact]
    public async Task AUserWithoutTheRoleGets403AndNoNavigationEntry()
    {
        apps.Require();
        using var client = new SignInClient();

        var page = await client.SignInAsync(At("sign-in/ops"), "alice");
        var other = await client.GetAsync(At("widgets"));

        Assert.Equal(HttpStatusCode.Forbidden, page.Status);
        Assert.Contains("Access denied", page.Body);
        Assert.DoesNotContain("Only the ops role sees this page", page.Body);
        Assert.DoesNotContain("href=\"sign-in/ops\"", other.Body);
        Assert.Contains("href=\"sign-in/analysis\"", other.Body); // the policy page admits analysts
    }

    [Fact]
    public async Task ATamperedAuthCookieIsRejected()
    {
        apps.Require();
        using var client = new SignInClient();
        await client.SignInAsync(At("sign-in/members"), "carol");
        var cookie = client.Cookies.GetCookies(App).Single(c => c.Name == ".DataApps.Auth");
        var tampered = new CookieContainer();
        tampered.Add(App, new Cookie(cookie.Name, cookie.Value[..^8] + (cookie.Value[^8..] == "AAAAAAAA" ? "BBBBBBBB" : "AAAAAAAA")));
        using var forger = new SignInClient(tampered);

        using var response = await forger.GetOnceAsync(At("sign-in/members"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith(apps.Provider!.Authority.ToString().TrimEnd('/'), response.Headers.Location!.ToString());
    }

    [Fact]
    public async Task SignOutEndsTheSignInAtTheAppAndTheProviderAndACopiedCookieNoLongerWorks()
    {
        apps.Require();
        using var client = new SignInClient();
        var signedIn = await client.SignInAsync(At("account/login?returnUrl=/sign-in"), "bob");
        var copy = new CookieContainer();
        copy.Add(App, client.Cookies.GetCookies(App).Single(c => c.Name == ".DataApps.Auth"));

        var confirm = await client.PostAsync(At("account/logout"), [new("__RequestVerificationToken", SignInClient.AntiforgeryToken(signedIn))]);
        var home = await client.SubmitFirstFormAsync(confirm); // the provider's sign-out page submits itself in a browser
        using var again = await client.GetOnceAsync(At("sign-in/members"));
        using var replay = new SignInClient(copy);
        using var replayed = await replay.GetOnceAsync(At("sign-in/members"));
        var login = await client.GetAsync(At("sign-in/members"));

        Assert.Equal(App, home.Url);
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, replayed.StatusCode);
        Assert.StartsWith("/interaction/", login.Url.AbsolutePath); // the provider asks again: its session ended too
    }

    [Fact]
    public async Task SignOutWithoutTheFormsTokenIsRefused()
    {
        apps.Require();
        using var client = new SignInClient();
        await client.SignInAsync(At("account/login?returnUrl=/sign-in"), "bob");

        var refused = await client.PostAsync(At("account/logout"), []);
        var still = await client.GetAsync(At("sign-in/ops"));

        Assert.Equal(HttpStatusCode.BadRequest, refused.Status);
        Assert.Equal(HttpStatusCode.OK, still.Status);
    }

    [Theory]
    [InlineData("//evil.example.com/x")]
    [InlineData("/\t/evil.example.com/x")] // a browser drops the tab: //evil.example.com/x
    [InlineData("/\r/x")] // a carriage return cannot go into a Location header
    public async Task SignInReturnsOnlyInsideTheApp(string returnUrl)
    {
        apps.Require();
        using var client = new SignInClient();

        var page = await client.SignInAsync(At("account/login?returnUrl=" + Uri.EscapeDataString(System.Text.RegularExpressions.Regex.Unescape(returnUrl))), "carol");

        Assert.Equal(App, page.Url);
        Assert.Equal(HttpStatusCode.OK, page.Status);
    }

    [Fact]
    public async Task RequireSignInPutsEveryPageBehindSignIn()
    {
        apps.Require();
        var app = apps.Addresses[1];
        using var client = new SignInClient();

        using var anonymous = await client.GetOnceAsync(app);
        var page = await client.SignInAsync(new Uri(app, "widgets"), "carol");

        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.StartsWith(apps.Provider!.Authority.ToString().TrimEnd('/'), anonymous.Headers.Location!.ToString());
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("Carol Guest", page.Body);
    }
}

using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using DataApps.Tests.Shared;

namespace DataApps.Hosting.Tests.Auth;

/// <summary>The page API decides who may call a page as the browser decides who may see it, with a real sign-in at the dev provider.</summary>
public sealed class PageApiSignInTests(PageApiSignInTests.Fixture apps) : IClassFixture<PageApiSignInTests.Fixture>
{
    public sealed class Fixture : SignInApps
    {
        private protected override IReadOnlyList<Func<DevIdentity, Dictionary<string, string?>>> AppSettings => [p => p.Settings()];
    }

    private Uri At(string path) => new(apps.Addresses[0], path);

    [Fact]
    public async Task AnAnonymousCallOfAPageThatNeedsSignInAnswers401NotARedirect()
    {
        apps.Require();
        using var client = new SignInClient();

        var (status, body) = await PostAsync(client, "api/pages/loan/approval", """{"income": 100000}""");

        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Equal("Sign-in required", (string?)body["title"]);
    }

    [Fact]
    public async Task ASignedInUserWithoutTheRoleGets403()
    {
        apps.Require();
        using var client = new SignInClient();
        await client.SignInAsync(At("loan/approval"), "carol");

        var (status, body) = await PostAsync(client, "api/pages/loan/approval", """{"income": 100000}""");
        var document = await GetJsonAsync(client, "api/pages/openapi.json");

        Assert.Equal(HttpStatusCode.Forbidden, status);
        Assert.Equal("Access denied", (string?)body["title"]);
        Assert.DoesNotContain("/api/pages/loan/approval", document["paths"]!.AsObject().Select(p => p.Key));
    }

    [Fact]
    public async Task ASignedInUserWithTheRoleCallsThePageWithTheSignInCookieAsUiUser()
    {
        apps.Require();
        using var client = new SignInClient();
        await client.SignInAsync(At("loan/approval"), "alice");

        var (status, body) = await PostAsync(client, "api/pages/loan/approval", """{"income": 100000, "amount": 300000}""");
        var document = await GetJsonAsync(client, "api/pages/openapi.json");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains(body["outputs"]!.AsArray(), o => (string?)o!["kind"] == "success" && ((string?)o["text"])!.StartsWith("Approve: Alice", StringComparison.Ordinal));
        Assert.Contains("/api/pages/loan/approval", document["paths"]!.AsObject().Select(p => p.Key));
    }

    [Fact]
    public async Task ACrossSiteFormPostWithTheCookieDoesNotRunThePage()
    {
        apps.Require();
        using var client = new SignInClient();
        await client.SignInAsync(At("loan/approval"), "alice");
        using var http = new HttpClient(new HttpClientHandler { CookieContainer = client.Cookies });
        using var form = new FormUrlEncodedContent([new("income", "1")]);

        using var response = await http.PostAsync(At("api/pages/loan/approval"), form, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("JSON required", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    private async Task<(HttpStatusCode Status, JsonObject Body)> PostAsync(SignInClient client, string path, string json)
    {
        using var http = new HttpClient(new HttpClientHandler { CookieContainer = client.Cookies, AllowAutoRedirect = false });
        using var content = new StringContent(json, Encoding.UTF8, "application/json");
        using var response = await http.PostAsync(At(path), content, TestContext.Current.CancellationToken);
        return (response.StatusCode, JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!.AsObject());
    }

    private async Task<JsonNode> GetJsonAsync(SignInClient client, string path)
    {
        using var http = new HttpClient(new HttpClientHandler { CookieContainer = client.Cookies, AllowAutoRedirect = false });
        return JsonNode.Parse(await http.GetStringAsync(At(path), TestContext.Current.CancellationToken))!;
    }
}

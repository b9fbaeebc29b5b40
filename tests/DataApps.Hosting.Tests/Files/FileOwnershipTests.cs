using System.Net;
using System.Security.Claims;
using System.Text.RegularExpressions;
using DataApps.Files;
using DataApps.Hosting.Files;
using DataApps.Media;

namespace DataApps.Hosting.Tests.Files;

/// <summary>
/// A session's file URLs answer only to the browser (or signed-in user) the session belongs to: the URL alone, or the URL with
/// another browser's cookie, answers 404, as a token that does not exist would.
/// </summary>
public sealed partial class FileOwnershipTests(FileEndpointsTests.Host host) : IClassFixture<FileEndpointsTests.Host>
{
    private const string OtherBrowser = "OtherBrowserBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB";
    private static readonly byte[] Png = [0x89, (byte)'P', (byte)'N', (byte)'G', 13, 10, 26, 10, 1, 2, 3, 4];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AFileUrlAnswersItsOwnBrowserAnd404WithoutTheCookieOrWithAnotherBrowsersCookie()
    {
        var files = host.Open();
        var media = MediaRegistry.Resolve(Png, files, "ui.Image").Url!;
        var download = files.SetDownload("d", new DownloadSource(() => new MemoryStream([1, 2, 3]), "d.bin", "application/octet-stream", 3));
        files.RegisterUploader("w", null, []);
        using var anonymous = host.CreateKestrelClient(browser: null);
        using var other = host.CreateKestrelClient(OtherBrowser);

        foreach (var stranger in new[] { anonymous, other })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync(media, Ct)).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync(download, Ct)).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await stranger.PostAsync($"{files.BaseUrl}/uploads?widget=w&name=a.txt&size=1", null, Ct)).StatusCode);
        }

        Assert.Equal(HttpStatusCode.OK, (await host.Client.GetAsync(media, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await host.Client.GetAsync(download, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await host.Client.PostAsync($"{files.BaseUrl}/uploads?widget=w&name=a.txt&size=1", null, Ct)).StatusCode);
    }

    [Fact]
    public async Task AFileRequestWithoutTheCookieGetsNoNewOne()
    {
        var files = host.Open();
        using var anonymous = host.CreateKestrelClient(browser: null);

        var response = await anonymous.GetAsync($"{files.BaseUrl}/media/x", Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.False(response.Headers.Contains("Set-Cookie"));
    }

    [Fact]
    public async Task TheFirstPageResponseSetsAnHttpOnlyLaxCookieAndThePrerenderedPicturesAnswerOnlyToIt()
    {
        using var fresh = host.CreateKestrelClient(browser: null);

        var page = await fresh.GetAsync("/media", Ct);
        var html = await page.Content.ReadAsStringAsync(Ct);

        var setCookie = Assert.Single(page.Headers.GetValues("Set-Cookie"), c => c.StartsWith(FileOwner.CookieName + "=", StringComparison.Ordinal));
        Assert.Contains("httponly", setCookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", setCookie, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("secure", setCookie, StringComparison.OrdinalIgnoreCase); // plain http here; Secure over https
        var browser = setCookie[(FileOwner.CookieName.Length + 1)..setCookie.IndexOf(';', StringComparison.Ordinal)];
        var picture = WebUtility.HtmlDecode(MediaSrc().Match(html).Groups["url"].Value);
        Assert.StartsWith(FileStore.BasePath, picture, StringComparison.Ordinal);
        using var sameBrowser = host.CreateKestrelClient(browser);
        using var other = host.CreateKestrelClient(OtherBrowser);
        using var noCookie = host.CreateKestrelClient(browser: null);
        Assert.Equal(HttpStatusCode.OK, (await fresh.GetAsync(picture, Ct)).StatusCode); // it kept the cookie, as a browser does
        Assert.Equal(HttpStatusCode.OK, (await sameBrowser.GetAsync(picture, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(picture, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await noCookie.GetAsync(picture, Ct)).StatusCode);
    }

    [Fact]
    public void TheOwnerIsTheSignedInUsersStableIdElseTheBrowserCookie()
    {
        var browser = new ClaimsPrincipal(new ClaimsIdentity());
        browser.AddIdentity(new ClaimsIdentity([new Claim(FileOwner.ClaimType, "b1")]));
        var signedIn = new ClaimsPrincipal(new ClaimsIdentity([new Claim("sub", "alice-42"), new Claim("name", "Alice")], "oidc", "name", "role"));
        signedIn.AddIdentity(new ClaimsIdentity([new Claim(FileOwner.ClaimType, "b1")]));

        Assert.Equal("browser:b1", FileOwner.Of(browser));
        Assert.Equal("user:alice-42", FileOwner.Of(signedIn));
        Assert.Null(FileOwner.Of(new ClaimsPrincipal(new ClaimsIdentity())));
    }

    [GeneratedRegex("<img[^>]+src=\"(?<url>/_dataapps/files/[^\"]+)\"")]
    private static partial Regex MediaSrc();
}

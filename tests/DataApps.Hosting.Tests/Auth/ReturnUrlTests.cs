using DataApps.Auth;
using DataApps.Tests.Shared;
using static DataApps.Tests.Shared.ReturnUrlCandidates;
using Microsoft.AspNetCore.Http;

namespace DataApps.Hosting.Tests.Auth;

/// <summary>Where sign-in may send the browser back (Note [Return addresses]): generated addresses and the known tricks.</summary>
public sealed class ReturnUrlTests
{
    private static readonly Uri App = new("https://app.example/");

    [Theory]
    [InlineData("/sign-in/ops?x=1", "/sign-in/ops?x=1")]
    [InlineData("/", "/")]
    [InlineData("/a/b?next=https://elsewhere.example/", "/a/b?next=https://elsewhere.example/")] // a path; the query names no host
    [InlineData("/sign-in/ops?city=Zürich", "/sign-in/ops?city=Z%C3%BCrich")] // a Location header carries ASCII only
    [InlineData("/\t/evil.example/x", null)] // Chromium drops the tab: //evil.example/x
    [InlineData("/%09/evil.example/x", null)] // the same, once more decoded
    [InlineData("/\r\nSet-Cookie: x=1", null)]
    [InlineData("/%0D%0ASet-Cookie: x=1", null)]
    [InlineData("/x\u0085y", null)]
    [InlineData("//evil.example", null)]
    [InlineData("/\\evil.example", null)]
    [InlineData("/%5Cevil.example", null)]
    [InlineData("/%2F/evil.example", null)]
    [InlineData("/%252F/evil.example", null)]
    [InlineData("/a\\b", null)]
    [InlineData("https://evil.example", null)]
    [InlineData("evil.example", null)]
    [InlineData("", null)]
    [InlineData(null, null)]
    public void OnlyAddressesOfThisAppAreLocal(string? url, string? expected) =>
        Assert.Equal(expected, ReturnUrl.Local(url));

    [Theory]
    [InlineData("/sign-in/ops?x=1", "/sign-in/ops?x=1")]
    [InlineData("/%09/evil.example/x", "/")]
    [InlineData("/\t/evil.example/x", "/")]
    [InlineData("/%0D/x", "/")]
    [InlineData("//sign-in/ops", "/")]
    [InlineData("/\\evil.example.com", "/")]
    [InlineData("https://evil.example.com", "/")]
    [InlineData(null, "/")]
    public void SignInReturnsOnlyToAddressesOfThisApp(string? returnUrl, string expected) =>
        Assert.Equal(expected, AccountEndpoints.LocalOrRoot(new DefaultHttpContext(), returnUrl));

    [Theory]
    [InlineData("http://app.example/sign-in/ops?x=1", "account/login?returnUrl=%2Fsign-in%2Fops%3Fx%3D1")]
    [InlineData("http://app.example//sign-in/ops", "account/login?returnUrl=%2F")]
    [InlineData("http://app.example/%5Cevil.example", "account/login?returnUrl=%2F")]
    public void TheShellsSignInLinkReturnsOnlyToAddressesOfThisApp(string shown, string expected) =>
        Assert.Equal(expected, DataApps.Components.Shell.SignInLinks.Login(new Navigation("http://app.example/", shown)));

    [Fact]
    public void EveryAcceptedGeneratedAddressStaysOnTheAppAndHasNoControlCharacter()
    {
        var accepted = 0;
        foreach (var candidate in ReturnUrlCandidates.Generate(50_000))
        {
            var local = AccountEndpoints.LocalOrRoot(new DefaultHttpContext(), candidate);
            if (local == "/" && candidate != "/")
            {
                continue;
            }

            accepted++;
            AssertStaysOnTheApp(candidate, local);
        }

        Assert.True(accepted > 5_000, $"Only {accepted} of 50000 generated addresses were local: the generator tests too little.");
    }

    /// <summary>What a browser would do with <paramref name="local"/> as a Location header, in every percent-decoded form.</summary>
    private static void AssertStaysOnTheApp(string candidate, string local)
    {
        var form = local;
        for (var round = 0; round < 8; round++)
        {
            var bad = form.Where(c => c < 0x20 || c is >= (char)0x7F and <= (char)0x9F || c == '\\').ToList();
            Assert.True(bad.Count == 0, $"{Show(candidate)} was accepted as {Show(local)}, which has {Show(new string([.. bad]))} in {Show(form)}.");
            Assert.True(form.StartsWith('/') && !form.StartsWith("//", StringComparison.Ordinal), $"{Show(candidate)} was accepted as {Show(local)}; {Show(form)} is not a local path.");
            var resolved = new Uri(App, form);
            Assert.True(resolved.Scheme == "https" && resolved.Host == "app.example" && resolved.IsDefaultPort, $"{Show(candidate)} was accepted as {Show(local)}, which leads to {resolved}.");
            if (round == 0)
            {
                Assert.True(local.All(c => c is > ' ' and < (char)0x7F), $"{Show(candidate)} was accepted as {Show(local)}, which a header cannot carry.");
            }

            var decoded = Uri.UnescapeDataString(form);
            if (decoded == form)
            {
                return;
            }

            form = decoded;
        }
    }

    private sealed class Navigation : Microsoft.AspNetCore.Components.NavigationManager
    {
        public Navigation(string baseUri, string uri) => Initialize(baseUri, uri);
    }
}

using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace DataApps.Hosting.Tests;

/// <summary>The shell and the assets it needs are served; a missing blazor.web.js would leave every page blank.</summary>
public sealed class ShowcaseServingTests(ShowcaseServingTests.Factory factory) : IClassFixture<ShowcaseServingTests.Factory>
{
    [Fact]
    public async Task APageServesTheShell()
    {
        using var client = factory.CreateClient();

        var html = await client.GetStringAsync("/", TestContext.Current.CancellationToken);

        Assert.Contains("_framework/blazor.web.js", html, StringComparison.Ordinal);
        Assert.Contains("_content/MudBlazor/MudBlazor.min.css", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/any/page/at/all")]
    [InlineData("/widgets/nope")]
    public async Task AnUnknownPageAnswers404WithTheNotFoundPageInTheShell(string path)
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(path, TestContext.Current.CancellationToken);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("data-element=\"not-found\"", html, StringComparison.Ordinal);
        Assert.Contains("_framework/blazor.web.js", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/_framework/nope.js")]
    [InlineData("/_framework/blazor.server.nope")]
    [InlineData("/_content/DataApps.Components/nope.css")]
    [InlineData("/_content/NoSuchPackage/x")]
    [InlineData("/favicon.ico")]
    [InlineData("/widgets/logo.png")]
    public async Task AnUnknownFileAnswers404WithoutThePage(string path)
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(path, TestContext.Current.CancellationToken);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("<html", body, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("/_framework/blazor.web.js", "javascript")]
    [InlineData("/_content/MudBlazor/MudBlazor.min.js", "javascript")]
    [InlineData("/_content/MudBlazor/MudBlazor.min.css", "css")]
    [InlineData("/_content/DataApps.Components/dataapps.css", "css")]
    public async Task TheShellsAssetsAreServed(string path, string contentType)
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(path, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(contentType, response.Content.Headers.ContentType?.MediaType, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithoutSignInAProtectedPageAnswers403SayingSignInIsNotConfiguredAndIsNotListed()
    {
        using var client = factory.CreateClient();

        using var members = await client.GetAsync("/sign-in/members", TestContext.Current.CancellationToken);
        var body = await members.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var widgets = await client.GetStringAsync("/widgets", TestContext.Current.CancellationToken);

        Assert.Equal(System.Net.HttpStatusCode.Forbidden, members.StatusCode);
        Assert.Contains("no sign-in configured", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Every signed-in user sees this page", body, StringComparison.Ordinal);
        Assert.Contains("href=\"sign-in\"", widgets, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"sign-in/members\"", widgets, StringComparison.Ordinal);
    }

    public sealed class Factory : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder) => builder.UseEnvironment("Development");
    }
}

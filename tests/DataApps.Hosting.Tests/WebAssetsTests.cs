using DataApps.Hosting.Assets;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace DataApps.Hosting.Tests;

/// <summary>Note [Web assets]: an app whose build did not ship Blazor's script stops at startup with the fix, instead of never becoming interactive.</summary>
public sealed class WebAssetsTests
{
    [Fact]
    public async Task AnAppWhoseAssetsLackBlazorsScriptStopsAtStartupNamingTheFix()
    {
        // A build manifest that lists no file at all: what a project without RequiresAspNetWebAssets (and without assets) gets.
        const string name = "AppWithoutBlazorScript";
        await File.WriteAllTextAsync(Path.Combine(AppContext.BaseDirectory, name + ".staticwebassets.endpoints.json"),
            """{ "Version": 1, "ManifestType": "Build", "Endpoints": [] }""", TestContext.Current.CancellationToken);
        await using var app = App(name);

        var error = Assert.Throws<InvalidOperationException>(() => app.MapDataApps());

        Assert.Contains("/_framework/blazor.web.js", error.Message, StringComparison.Ordinal);
        Assert.Contains("RequiresAspNetWebAssets", error.Message, StringComparison.Ordinal);
        Assert.Contains("DataApps package", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnAppWithoutAnAssetsManifestStopsAtStartupNamingTheFix()
    {
        await using var app = App("AppBuiltWithoutStaticWebAssets");

        var error = Assert.Throws<InvalidOperationException>(() => app.MapDataApps());

        Assert.Contains("cannot serve its scripts and styles", error.Message, StringComparison.Ordinal);
        Assert.Contains("#:package DataApps", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/_framework/blazor.web.js", true)]
    [InlineData("/_content/MudBlazor/x", true)]
    [InlineData("/favicon.ico", true)]
    [InlineData("/reports/2024/summary.csv", true)]
    [InlineData("/", false)]
    [InlineData("/reports", false)]
    [InlineData("/v1.", false)]
    [InlineData("/.well-known", false)]
    public void APathNamesAFileUnderTheFrameworksFoldersOrWithAnExtension(string path, bool file)
    {
        Assert.Equal(file, WebAssets.LooksLikeFile(new PathString(path)));
    }

    private static WebApplication App(string applicationName)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ApplicationName = applicationName });
        builder.Services.AddDataApps().AddPage("/", ui => Task.CompletedTask);
        return builder.Build();
    }
}

using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ModelCompare.Tests.App;

/// The real Program, hosted in memory: what it does at startup.
public sealed class StartupTests
{
    private sealed class Host(string environment, IReadOnlyDictionary<string, string?> settings) : WebApplicationFactory<ModelCompareApp>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment(environment);
            foreach (var (key, value) in settings)
            {
                builder.UseSetting(key, value);
            }

            builder.ConfigureLogging(l => l.ClearProviders());
        }
    }

    [Fact]
    public void ProductionWithoutSignInRefusesToStartWithTheReason()
    {
        using var host = new Host(Environments.Production, new Dictionary<string, string?> { ["ModelCompare:WarmUp"] = "false" });

        var e = Assert.ThrowsAny<Exception>(() => host.CreateClient());

        Assert.Contains("ModelCompare requires sign-in", e.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DevelopmentServesTheExplorePageWithTheBanner()
    {
        var folder = Directory.CreateTempSubdirectory("modelcompare-startup-").FullName;
        try
        {
            await using var host = new Host(Environments.Development, new Dictionary<string, string?>
            {
                ["ModelCompare:WarmUp"] = "false",
                ["ModelCompare:DataFolder"] = folder,
            });
            using var client = host.CreateClient();

            var html = await client.GetStringAsync(new Uri("/", UriKind.Relative), TestContext.Current.CancellationToken);

            Assert.Contains("Sign-in is off (Development); run with --auth", html, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void BadSettingsStopTheAppNamingTheKey()
    {
        using var host = new Host(Environments.Development, new Dictionary<string, string?> { ["ModelCompare:LargeRows"] = "0" });

        var e = Assert.ThrowsAny<Exception>(() => host.CreateClient());

        Assert.Contains("ModelCompare:LargeRows must be at least 1", e.ToString(), StringComparison.Ordinal);
    }
}

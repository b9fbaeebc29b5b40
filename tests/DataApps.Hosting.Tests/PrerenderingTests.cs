using DataApps.Hosting.Circuits;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace DataApps.Hosting.Tests;

/// <summary>The first request of a visit carries the page's output, and parks its session for the circuit to continue.</summary>
public sealed class PrerenderingTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TheFirstResponseCarriesThePagesOutput()
    {
        await using var factory = new Factory(prerender: true);
        using var client = factory.CreateClient();

        var html = await client.GetStringAsync("/widgets", Ct);

        Assert.Contains("class=\"da-page da-layout-centered\"", html, StringComparison.Ordinal);
        Assert.Contains("data-element=\"slider\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-runs", html, StringComparison.Ordinal); // painted, not yet interactive
        Assert.Contains("Blazor-Server-Component-State:", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EachPrerenderedVisitParksItsSessionForItsCircuit()
    {
        await using var factory = new Factory(prerender: true);
        using var client = factory.CreateClient();
        var handoff = factory.Services.GetRequiredService<SessionHandoff>();

        await client.GetStringAsync("/widgets", Ct);
        await client.GetStringAsync("/", Ct);

        Assert.Equal(2, handoff.Count);
    }

    [Fact]
    public async Task WithoutPrerenderingTheShellCarriesNoOutput()
    {
        await using var factory = new Factory(prerender: false);
        using var client = factory.CreateClient();

        var html = await client.GetStringAsync("/widgets", Ct);

        Assert.Contains("_framework/blazor.web.js", html, StringComparison.Ordinal);
        Assert.DoesNotContain("da-page", html, StringComparison.Ordinal);
        Assert.Equal(0, factory.Services.GetRequiredService<SessionHandoff>().Count);
    }

    private sealed class Factory(bool prerender) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder) =>
            builder.UseEnvironment("Development").ConfigureServices(s => s.Configure<DataAppsOptions>(o => o.Prerender = prerender));
    }
}

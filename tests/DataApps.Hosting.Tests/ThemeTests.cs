using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace DataApps.Hosting.Tests;

public sealed class ThemeTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TheThemeFromConfigurationAndCodeIsInTheFirstResponse()
    {
        await using var factory = new Factory(
            web => web.UseSetting("DataApps:Theme:PrimaryColor", "#0f766e").UseSetting("DataApps:Theme:Font", "Georgia, serif"),
            o => o.Theme.Stylesheets.Add("fonts/brand.css"));
        using var client = factory.CreateClient();

        var html = await client.GetStringAsync("/", Ct);

        Assert.Contains("--mud-palette-primary: rgba(15,118,110,1);", html, StringComparison.Ordinal);
        Assert.Contains("--mud-typography-default-family: Georgia, serif;", html, StringComparison.Ordinal);
        Assert.Contains("<link href=\"fonts/brand.css\" rel=\"stylesheet\" />", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CodeOverridesTheConfigurationSection()
    {
        await using var factory = new Factory(web => web.UseSetting("DataApps:Title", "From config"), o => o.Title = "From code");
        using var client = factory.CreateClient();

        var html = await client.GetStringAsync("/", Ct);

        Assert.Contains("From code", html, StringComparison.Ordinal);
        Assert.DoesNotContain("From config", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HidingTheToggleLeavesItOutOfTheAppBar()
    {
        await using var factory = new Factory(web => web.UseSetting("DataApps:Theme:ShowToggle", "false"));
        using var client = factory.CreateClient();

        var html = await client.GetStringAsync("/", Ct);

        Assert.DoesNotContain("theme-toggle", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AMalformedColourStopsTheAppAtStartupNamingTheSetting()
    {
        var builder = WebApplication.CreateBuilder();
        builder.Configuration["DataApps:Theme:PrimaryColor"] = "tealish";
        builder.Services.AddDataApps().AddPage("/", _ => Task.CompletedTask);
        await using var app = builder.Build();

        var error = Assert.Throws<InvalidOperationException>(() => app.MapDataApps());

        Assert.Contains("PrimaryColor is 'tealish', which is not a colour", error.Message, StringComparison.Ordinal);
    }

    private sealed class Factory(Action<IWebHostBuilder> web, Action<DataAppsOptions>? configure = null) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Development");
            web(builder);
            if (configure is not null)
            {
                builder.ConfigureServices(s => s.Configure(configure));
            }
        }
    }
}

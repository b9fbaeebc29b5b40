using System.Net;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace DataApps.Hosting.Tests.Auth;

/// <summary>What sign-in checks when the app starts, and pages in an app without sign-in.</summary>
public sealed class AuthStartupTests
{
    [Page("/", Title = "Open")]
    public sealed class OpenPage : DataPage
    {
        protected override void Run(Ui ui) => ui.Text("open page");
    }

    [Page("/members", Title = "Members")]
    [Authorize]
    public sealed class MembersPage : DataPage
    {
        protected override void Run(Ui ui) => ui.Text("members only");
    }

    [Page("/odd", Title = "Odd")]
    [Authorize(Policy = "NeverAdded")]
    public sealed class UnknownPolicyPage : DataPage
    {
        protected override void Run(Ui ui) => ui.Text("odd");
    }

    private static WebApplication App(Action<IDataAppsBuilder> pages, params (string Key, string Value)[] settings)
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseTestServer();
        foreach (var (key, value) in settings)
        {
            builder.Configuration[key] = value;
        }

        pages(builder.Services.AddDataApps());
        return builder.Build();
    }

    [Fact]
    public async Task AModeInConfigurationWithoutAddOidcStopsTheAppNamingTheCall()
    {
        await using var app = App(b => b.AddPage<OpenPage>(), ("DataApps:Auth:Mode", "Oidc"));

        var error = Assert.Throws<InvalidOperationException>(() => app.MapDataApps());

        Assert.Contains("AddOidc(builder.Configuration)", error.Message);
    }

    [Fact]
    public async Task APolicyTheAppNeverAddedStopsTheAppNamingThePage()
    {
        await using var app = App(b => b.AddPage<OpenPage>().AddPage<UnknownPolicyPage>());

        var error = Assert.Throws<InvalidOperationException>(() => app.MapDataApps());

        Assert.Contains(nameof(UnknownPolicyPage), error.Message);
        Assert.Contains("NeverAdded", error.Message);
    }
}

using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

namespace DataApps.Components.Tests;

/// <summary>A bUnit context set up as DataApps renders: MudBlazor services, the built-in registry, loose JS interop.</summary>
internal static class RendererContext
{
    public static BunitContext Create(Action<IDataAppsBuilder>? configure = null)
    {
        var ctx = new BunitContext();
        ctx.JSInterop.Mode = JSRuntimeMode.Loose;
        ctx.Services.AddMudServices();
        ctx.AddAuthorization(); // an anonymous user, as in an app without sign-in
        ctx.Services.AddSingleton<DataApps.Auth.PageAuthorizer>();
        ctx.Services.AddOptions<DataApps.Auth.SignInSettings>();
        var builder = new Builder(ctx.Services).AddBuiltInElements();
        configure?.Invoke(builder);
        ctx.Services.AddSingleton<ElementRegistry>();
        ctx.SetRendererInfo(new RendererInfo("Server", true));
        return ctx;
    }

    private sealed class Builder(IServiceCollection services) : IDataAppsBuilder
    {
        public IServiceCollection Services { get; } = services;
    }
}

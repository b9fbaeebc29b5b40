using System.Diagnostics;
using ModelCompare.Data;
using ModelCompare.Models;
using ModelCompare.SignIn;

namespace ModelCompare;

/// The app's entry point. A class of its own (not top-level statements, whose Program .NET 10 makes public): hosts that
/// reference this app and another one (the browser tests) would see two public Program classes.
internal static class Program
{
    public static async Task Main(string[] args)
    {
        // --auth is this app's switch, not a configuration key: take it out before the host reads the arguments.
        var authSwitch = args.Contains(SignInSetup.AuthSwitch);
        var builder = WebApplication.CreateBuilder(args.Where(a => a != SignInSetup.AuthSwitch).ToArray());
        var mode = SignInSetup.Resolve(builder.Environment.EnvironmentName, builder.Configuration, authSwitch);
        if (mode == SignInMode.DevIdentity)
        {
            builder.Configuration.AddInMemoryCollection(SignInSetup.DevIdentitySettings());
        }

        if (mode != SignInMode.Off && builder.Configuration["DataApps:Auth:RequireSignIn"] is null)
        {
            builder.Configuration["DataApps:Auth:RequireSignIn"] = "true"; // the whole app is behind sign-in
        }

        var settings = builder.Configuration.GetSection(ModelCompareSettings.Section).Get<ModelCompareSettings>() ?? new ModelCompareSettings();
        settings.DataFolder = Path.GetFullPath(Path.Combine(builder.Environment.ContentRootPath, settings.DataFolder));
        settings.Validate();
        builder.Services.AddSingleton(settings).AddSingleton<FlightSets>().AddSingleton<ModelCatalog>();
        builder.Services.AddDataApps(o => o.Title = "ModelCompare").AddPagesFrom(typeof(ModelCompareApp).Assembly)
            .AddOidc(builder.Configuration)         // DataApps:Auth (docs/auth.md); the dev-identity settings with --auth
            .AddOperations(builder.Configuration);  // logs, /metrics, /healthz, /readyz
        builder.Services.AddModelCompareAccess(mode);

        var app = builder.Build();
        Process? provider = null;
        if (mode == SignInMode.DevIdentity)
        {
            var urls = (app.Configuration["urls"] ?? "http://localhost:5001").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var both = urls.Concat(urls.Select(u => u.Replace("localhost", "127.0.0.1", StringComparison.Ordinal))).Distinct().ToArray();
            provider = await DevIdentityLauncher.EnsureRunningAsync(app.Environment.ContentRootPath, both, app.Logger);
            if (provider is not null)
            {
                app.Lifetime.ApplicationStopping.Register(() => DevIdentityLauncher.Stop(provider));
            }
        }

        if (app.Configuration.GetValue("ModelCompare:WarmUp", true))
        {
            // Train (or load) the models as soon as the app is up, so the first visit to a model page finds them ready.
            app.Lifetime.ApplicationStarted.Register(() => _ = Task.Run(() =>
            {
                var catalog = app.Services.GetRequiredService<ModelCatalog>();
                foreach (var kind in catalog.Kinds)
                {
                    DelayModelWarmUp.Run(catalog, kind, app.Logger);
                }
            }));
        }

        app.MapDataApps();
        await app.RunAsync();
    }
}

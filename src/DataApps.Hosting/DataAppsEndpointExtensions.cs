using DataApps;
using DataApps.Components.Shell;
using DataApps.Hosting.Circuits;
using DataApps.Hosting.Files;
using Microsoft.Extensions.DependencyInjection;

namespace Microsoft.AspNetCore.Builder;

/// <summary>Serves DataApps pages.</summary>
public static class DataAppsEndpointExtensions
{
    /// <summary>Maps the DataApps shell, its static assets, the Blazor Server hub and the per-session file endpoints.</summary>
    /// <param name="app">The web application.</param>
    /// <returns>The app, for chaining.</returns>
    /// <exception cref="InvalidOperationException"><c>AddDataApps()</c> was not called, no page was added, the theme has a malformed setting,
    /// or the build did not ship Blazor's script (the message names the fix).</exception>
    /// <example><c>app.MapDataApps();</c></example>
    public static WebApplication MapDataApps(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var catalog = app.Services.GetService<PageCatalog>()
            ?? throw new InvalidOperationException("DataApps is not configured: call builder.Services.AddDataApps() before app.MapDataApps().");
        if (catalog.Pages.Count == 0)
        {
            throw new InvalidOperationException(
                "DataApps has no pages: add them with builder.Services.AddDataApps().AddPagesFrom(typeof(Program).Assembly) " +
                "(classes with [Page(\"/route\")] deriving from DataPage).");
        }

        _ = app.Services.GetRequiredService<AppTheme>().Mud; // a malformed colour or font stops the app here, naming the setting
        _ = app.Services.GetRequiredService<DataApps.Hosting.HotReload.HotReloadSessions>(); // under dotnet watch, hears of updates from now on
        _ = app.Services.GetRequiredService<DataApps.Files.FileStore>(); // its folder now; stale ones of dead processes deleted (Note [Stale folders])

        DataApps.Hosting.Operations.OperationsEndpoints.UseRequestLogging(app); // AddOperations: one log event per request
        DataApps.Hosting.Access.PageGate.Use(app); // authorization, and sign-in with /account/… when added (Note [Page authorization])
        DataApps.Hosting.Files.FileOwner.Use(app); // the browser cookie that session files answer to (Note [Browser cookie])
        DataApps.Hosting.Files.FileEndpoints.UseBadRequests(app); // a malformed file request answers 400, not 500
        DataApps.Hosting.Assets.WebAssets.UseNotFound(app); // 404 for unknown pages (with the page) and files (without)
        app.UseAntiforgery();
        DataApps.Hosting.Assets.WebAssets.Map(app); // stops the app when Blazor's script is missing (Note [Web assets])
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        app.MapFileEndpoints(); // per-session uploads and downloads (Files/FileEndpoints.cs)
        DataApps.Hosting.Api.PageApiEndpoints.Map(app); // POST /api/pages/{route} for [Page(Api = true)] (Note [Page API])
        DataApps.Hosting.Operations.OperationsEndpoints.Map(app); // AddOperations: /metrics, /healthz, /readyz
        return app;
    }
}

using System.Security.Claims;
using DataApps.Components;
using DataApps.Runtime;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DataApps.Hosting.Api;

/// <summary>The session of one API call: the app's run budget and error policy, the shared cache, the caller as <c>ui.User</c>.</summary>
internal static class PageApiSession
{
    /// <summary>A fresh session for one call; disposed when the call ends (its state, files and fragment timers with it).</summary>
    public static AppSession Create(IServiceProvider services, ClaimsPrincipal caller, ILogger logger)
    {
        var options = services.GetRequiredService<IOptions<DataAppsOptions>>().Value;
        var session = new AppSession(
            new SessionOptions
            {
                Inline = true, // values queue until the call asks for a run (Note [API runs])
                ProgressInterval = TimeSpan.Zero, // nobody watches a run in flight
                FragmentTimers = false, // a fragment's runEvery has no one to refresh for
                ShowErrorDetails = ShowErrorDetails(services),
                RunTimeout = options.RunTimeout,
            },
            logger,
            services.GetService<DataApps.Caching.DataCache>())
        {
            User = AppUser.FromPrincipal(caller),
        };
        if (services.GetService<DataApps.Files.FileStore>() is { } files)
        {
            session.UseFiles(files.Open()); // a download the page offers has somewhere to live; deleted with the session
        }

        return session;
    }

    /// <summary>Whether errors show exception types and messages: the app's <c>ShowErrorDetails</c>, else in Development only.</summary>
    public static bool ShowErrorDetails(IServiceProvider services) =>
        services.GetRequiredService<IOptions<DataAppsOptions>>().Value.ShowErrorDetails ?? services.GetRequiredService<IHostEnvironment>().IsDevelopment();
}

using System.Reflection.Metadata;

[assembly: MetadataUpdateHandler(typeof(DataApps.Hosting.HotReload.HotReloadHandler))]

namespace DataApps.Hosting.HotReload;

/// <summary>What <c>dotnet watch</c> calls after it has patched the running app's code.</summary>
/// <remarks>
/// Note [Hot reload]: under <c>dotnet watch</c> (and a debugger's Edit and Continue) an edit the runtime can apply is patched
/// into the running process: methods get their new bodies, even on objects that already exist, so each session's page
/// instance runs its new <c>Run</c> from its next run on. The runtime then calls every assembly's metadata update handler,
/// in dependency order, in two rounds: first every <see cref="ClearCache"/> (ours forgets what DataApps read from types,
/// and scans the page assemblies again: <c>PageCatalog.Rescan</c>), then every
/// <see cref="UpdateApplication"/> (Blazor's re-renders every component, so the shell shows the new catalog and each
/// <c>DataAppPage</c> checks its page again; ours reruns every session that shows a page, through the same path as
/// <c>ui.Rerun()</c>, so widget values and <c>ui.State</c> stay). The handler is static, so each app's
/// <see cref="HotReloadSessions"/> registers here, weakly (tests host several apps in one process). Outside hot reload
/// (<see cref="MetadataUpdater.IsSupported"/> false) nothing registers, no session is tracked and nothing here is called.
/// An edit the runtime cannot apply (a "rude edit") never reaches this class: <c>dotnet watch</c> restarts the app, and every
/// session starts over.
/// </remarks>
internal static class HotReloadHandler
{
    private static readonly Lock Gate = new();
    private static readonly List<WeakReference<HotReloadSessions>> Apps = [];

    /// <summary>Makes <paramref name="app"/> hear of code updates until it is unregistered or collected.</summary>
    public static void Register(HotReloadSessions app)
    {
        lock (Gate)
        {
            Apps.Add(new WeakReference<HotReloadSessions>(app));
        }
    }

    public static void Unregister(HotReloadSessions app)
    {
        lock (Gate)
        {
            Apps.RemoveAll(w => !w.TryGetTarget(out var registered) || ReferenceEquals(registered, app));
        }
    }

    /// <summary>Called first, for every handler: forget what was read from the updated types.</summary>
    /// <param name="updatedTypes">The types the update changed, or <c>null</c> when unknown.</param>
    internal static void ClearCache(Type[]? updatedTypes)
    {
        DataFrameConversion.ClearCache(updatedTypes);
        foreach (var app in LiveApps())
        {
            app.ClearCache();
        }
    }

    /// <summary>Called second, for every handler: show the new code.</summary>
    /// <param name="updatedTypes">The types the update changed, or <c>null</c> when unknown.</param>
    internal static void UpdateApplication(Type[]? updatedTypes)
    {
        foreach (var app in LiveApps())
        {
            _ = app.RerunAllAsync(); // logs when the reruns are done; the runtime's thread does not wait for pages
        }
    }

    private static List<HotReloadSessions> LiveApps()
    {
        lock (Gate)
        {
            Apps.RemoveAll(w => !w.TryGetTarget(out _));
            return [.. Apps.Select(w => w.TryGetTarget(out var app) ? app : null).OfType<HotReloadSessions>()];
        }
    }
}

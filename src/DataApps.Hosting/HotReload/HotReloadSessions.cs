using System.Diagnostics;
using System.Runtime.CompilerServices;
using DataApps.Auth;
using DataApps.Hosting.Circuits;
using Microsoft.Extensions.Logging;

namespace DataApps.Hosting.HotReload;

/// <summary>One app's live sessions, rerun with the new code when <c>dotnet watch</c> has patched it (Note [Hot reload]).</summary>
/// <remarks>
/// A singleton. Sessions are held weakly (a session nobody disposed still goes) and leave when they are disposed. When
/// <c>enabled</c> is false (the app does not run under hot reload) it tracks nothing and registers nowhere.
/// </remarks>
internal sealed partial class HotReloadSessions : IDisposable
{
    /// <summary>How long the log event waits for the reruns; a page still running then is counted as such.</summary>
    internal static readonly TimeSpan ReportWait = TimeSpan.FromSeconds(10);

    private readonly ConditionalWeakTable<SessionParts, object?> _sessions = [];
    private readonly PageCatalog _catalog;
    private readonly PageAuthorizer _authorizer;
    private readonly ILogger _logger;

    /// <param name="catalog">The app's pages, scanned again on each update.</param>
    /// <param name="authorizer">The page-access decision: its per-class cache is cleared, and a session rerun only when its user may still see its page.</param>
    /// <param name="logger">Where each update is logged.</param>
    /// <param name="enabled">Whether the app runs under hot reload (<see cref="System.Reflection.Metadata.MetadataUpdater.IsSupported"/>).</param>
    public HotReloadSessions(PageCatalog catalog, PageAuthorizer authorizer, ILogger<HotReloadSessions> logger, bool enabled)
    {
        _catalog = catalog;
        _authorizer = authorizer;
        _logger = logger;
        Enabled = enabled;
        if (enabled)
        {
            HotReloadHandler.Register(this);
        }
    }

    public bool Enabled { get; }

    /// <summary>Follows <paramref name="parts"/> until it is disposed.</summary>
    public void Track(SessionParts parts)
    {
        if (Enabled)
        {
            _sessions.AddOrUpdate(parts, null);
        }
    }

    public void Untrack(SessionParts parts)
    {
        if (Enabled)
        {
            _sessions.Remove(parts);
        }
    }

    /// <summary>How many sessions are followed.</summary>
    public int Count => _sessions.Count();

    /// <summary>Forgets what was read from page classes and scans the page assemblies again.</summary>
    public void ClearCache()
    {
        _authorizer.ClearCache();
        try
        {
            if (_catalog.Rescan() is { IsEmpty: false } change)
            {
                Log.PagesChanged(_logger, Routes(change.Added), Routes(change.Changed), Routes(change.Removed));
            }
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException)
        {
            Log.PagesNotChanged(_logger, e.Message);
        }
    }

    /// <summary>Reruns every live session that shows a page its user may see, and logs one event when they are done.</summary>
    /// <returns>The number of sessions rerun (within <see cref="ReportWait"/>).</returns>
    public async Task<int> RerunAllAsync()
    {
        var started = Stopwatch.GetTimestamp();
        var reruns = _sessions.Select(s => RerunAsync(s.Key)).ToList();
        var all = Task.WhenAll(reruns);
        await Task.WhenAny(all, Task.Delay(ReportWait)).ConfigureAwait(false);

        var rerun = reruns.Count(r => r.IsCompletedSuccessfully && r.Result);
        Log.Reran(_logger, rerun, Math.Round(Stopwatch.GetElapsedTime(started).TotalMilliseconds, 1));
        if (reruns.Count(r => !r.IsCompleted) is > 0 and var running)
        {
            Log.StillRunning(_logger, running, ReportWait.TotalSeconds);
        }

        return rerun;
    }

    /// <summary>Reruns one session as <c>ui.Rerun()</c> would: a run in flight is cancelled at its next <c>ui</c> call, values and state stay.</summary>
    /// <returns>Whether the session was rerun: not when it is disposed, shows no page, or shows one that is gone or closed to its user.</returns>
    private async Task<bool> RerunAsync(SessionParts parts)
    {
        if (parts.IsDisposed || parts.Current is not { } page || _catalog.Find(page.Route)?.PageType != page.PageType)
        {
            return false; // a page a hot reload removed: the shell shows "not found" instead
        }

        try
        {
            // Note [Page authorization]: a page the user may no longer see (a new [Authorize]) is not run.
            if (await _authorizer.CheckAsync(parts.Session.User.Principal, page.PageType).ConfigureAwait(false) != PageAccess.Allowed)
            {
                return false;
            }

            await parts.Session.RequestRunAsync().ConfigureAwait(false);
            return true;
        }
        catch (ObjectDisposedException)
        {
            return false; // the tab closed meanwhile
        }
        catch (Exception e)
        {
            Log.RerunFailed(_logger, e, page.Route);
            return false;
        }
    }

    private static string Routes(IReadOnlyList<string> routes) => routes.Count == 0 ? "none" : string.Join(", ", routes);

    public void Dispose()
    {
        if (Enabled)
        {
            HotReloadHandler.Unregister(this);
        }
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 1, EventName = "HotReloadRerun", Level = LogLevel.Information, Message = "Hot reload: reran {Sessions} sessions in {DurationMs} ms")]
        public static partial void Reran(ILogger logger, int sessions, double durationMs);

        [LoggerMessage(EventId = 2, EventName = "HotReloadStillRunning", Level = LogLevel.Information, Message = "Hot reload: {Sessions} sessions are still running after {Seconds} s")]
        public static partial void StillRunning(ILogger logger, int sessions, double seconds);

        [LoggerMessage(EventId = 3, EventName = "HotReloadPages", Level = LogLevel.Information, Message = "Hot reload: pages added {Added}; changed {Changed}; removed {Removed}")]
        public static partial void PagesChanged(ILogger logger, string added, string changed, string removed);

        [LoggerMessage(EventId = 4, EventName = "HotReloadPagesKept", Level = LogLevel.Warning, Message = "Hot reload: the pages stay as they were, because {Reason} Fix the page classes, or restart the app (Ctrl+R in dotnet watch).")]
        public static partial void PagesNotChanged(ILogger logger, string reason);

        [LoggerMessage(EventId = 5, EventName = "HotReloadRerunFailed", Level = LogLevel.Warning, Message = "Hot reload: the session showing {Page} could not be rerun")]
        public static partial void RerunFailed(ILogger logger, Exception exception, string page);
    }
}

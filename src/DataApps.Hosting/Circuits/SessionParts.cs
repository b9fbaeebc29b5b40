using DataApps.Hosting.HotReload;
using DataApps.Runtime;
using Microsoft.Extensions.DependencyInjection;

namespace DataApps.Hosting.Circuits;

/// <summary>
/// What a session is made of: the <see cref="AppSession"/>, the page instances it has created and the DI scope they
/// were created in. The scope belongs to the session, not to the request or circuit that shows it, so the pages'
/// scoped services live exactly as long as the session (see Note [Prerender handoff]).
/// </summary>
internal sealed class SessionParts : IDisposable
{
    private readonly Dictionary<string, IDataPage> _pages = new(StringComparer.OrdinalIgnoreCase);
    private readonly AsyncServiceScope _scope;
    private readonly HotReloadSessions? _hotReload;

    /// <param name="session">The session.</param>
    /// <param name="scope">The scope its pages are created in; disposed with the session.</param>
    /// <param name="hotReload">The app's live sessions, which follow this one until it is disposed (Note [Hot reload]).</param>
    public SessionParts(AppSession session, AsyncServiceScope scope, HotReloadSessions? hotReload = null)
    {
        Session = session;
        _scope = scope;
        _hotReload = hotReload;
        hotReload?.Track(this);
    }

    public AppSession Session { get; }

    /// <summary>Whether the session has ended.</summary>
    public bool IsDisposed { get; private set; }

    /// <summary>The page shown, or <c>null</c> before the first navigation.</summary>
    public PageDescriptor? Current { get; private set; }

    // The URL query the browser last showed for the current page (Note [Navigation]).
    private string _urlQuery = "";

    /// <summary>Shows <paramref name="page"/> with the URL query <paramref name="query"/>; creates the page through DI the first time this session visits it.</summary>
    /// <remarks>
    /// The same page with a query the browser has not shown before (a link to <c>?tab=2</c>, say) reruns it with the new
    /// parameters; the query the script itself wrote (and the host then showed) does not.
    /// </remarks>
    /// <returns>A task that completes when the session has no more runs to do.</returns>
    public Task Navigate(PageDescriptor page, string? query = null)
    {
        var url = QueryParams.Normalize(query);
        if (IsCurrent(page))
        {
            Current = page; // the same page, perhaps described anew by a hot reload (a new title): the session goes on
            if (url == _urlQuery)
            {
                return Task.CompletedTask;
            }

            _urlQuery = url;
            if (url == Session.QueryParams.ToString())
            {
                return Task.CompletedTask; // the address bar caught up with what the script wrote
            }

            Session.QueryParams.Load(url);
            return Session.RequestRunAsync();
        }

        Current = page;
        _urlQuery = url;
        Session.QueryParams.Load(url);
        if (!_pages.TryGetValue(page.Route, out var instance))
        {
            var services = _scope.ServiceProvider;
            instance = page.Factory?.Invoke(services) ?? (IDataPage)ActivatorUtilities.CreateInstance(services, page.PageType);
            _pages.Add(page.Route, instance);
        }

        return Session.NavigateAsync(instance, page.Route, page.RunTimeout);
    }

    /// <summary>Records that the browser's address bar now shows <paramref name="query"/> (the host wrote the script's parameters there).</summary>
    public void ShownQuery(string query) => _urlQuery = QueryParams.Normalize(query);

    /// <summary>Whether <paramref name="page"/> is the page shown: the same descriptor, or the same class on the same route.</summary>
    private bool IsCurrent(PageDescriptor page) =>
        Current is { } current && (ReferenceEquals(page, current) || (page.PageType == current.PageType && page.Route == current.Route));

    public void Dispose()
    {
        IsDisposed = true;
        _hotReload?.Untrack(this);
        Session.Dispose();
        foreach (var page in _pages.Values)
        {
            (page as IDisposable)?.Dispose();
        }

        _ = _scope.DisposeAsync().AsTask(); // scoped services may only be async-disposable
    }
}

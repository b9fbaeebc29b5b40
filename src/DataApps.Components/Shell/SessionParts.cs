using DataApps.Runtime;
using Microsoft.Extensions.DependencyInjection;

namespace DataApps.Components.Shell;

/// <summary>
/// What a session is made of: the <see cref="AppSession"/>, the page instances it has created and the DI scope they
/// were created in. The scope belongs to the session, not to the request or circuit that shows it, so the pages'
/// scoped services live exactly as long as the session (see Note [Prerender handoff]).
/// </summary>
internal sealed class SessionParts(AppSession session, AsyncServiceScope scope) : IDisposable
{
    private readonly Dictionary<string, IDataPage> _pages = new(StringComparer.OrdinalIgnoreCase);

    public AppSession Session { get; } = session;

    /// <summary>The page shown, or <c>null</c> before the first navigation.</summary>
    public PageDescriptor? Current { get; private set; }

    /// <summary>Shows <paramref name="page"/>; creates it through DI the first time this session visits it.</summary>
    /// <returns>A task that completes when the session has no more runs to do.</returns>
    public Task Navigate(PageDescriptor page)
    {
        if (ReferenceEquals(page, Current))
        {
            return Task.CompletedTask;
        }

        Current = page;
        if (!_pages.TryGetValue(page.Route, out var instance))
        {
            var services = scope.ServiceProvider;
            instance = page.Factory?.Invoke(services) ?? (IDataPage)ActivatorUtilities.CreateInstance(services, page.PageType);
            _pages.Add(page.Route, instance);
        }

        return Session.NavigateAsync(instance, page.Route);
    }

    public void Dispose()
    {
        Session.Dispose();
        foreach (var page in _pages.Values)
        {
            (page as IDisposable)?.Dispose();
        }

        _ = scope.DisposeAsync().AsTask(); // scoped services may only be async-disposable
    }
}

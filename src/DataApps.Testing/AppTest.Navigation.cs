using System.Reflection;
using DataApps.Runtime;
using Microsoft.Extensions.DependencyInjection;

namespace DataApps.Testing;

public sealed partial class AppTest
{
    private const int MaxSwitches = 10;
    private readonly Dictionary<string, IDataPage> _pages = new(StringComparer.OrdinalIgnoreCase);
    private PageCatalog? _catalog;

    /// <summary>The class of the page shown now (it changes when the page calls <c>ui.SwitchPage</c> or a link is followed).</summary>
    public Type PageType { get; private set; }

    /// <summary>The query parameters of the page's URL as the page sees them (<c>ui.QueryParams</c>); set them before a run to open the page with a query.</summary>
    /// <example><c>app.QueryParams["species"] = "Gentoo"; await app.RunAsync();</c></example>
    public QueryParams QueryParams => _session.QueryParams;

    /// <summary>Shows the page <typeparamref name="TPage"/> at the next <see cref="RunAsync"/>, as a click on its navigation entry would.</summary>
    /// <typeparam name="TPage">A page class with a <see cref="PageAttribute"/>.</typeparam>
    /// <param name="query">The URL query, e.g. <c>?species=Gentoo</c>, or <c>null</c>.</param>
    /// <returns>This test, for chaining.</returns>
    public AppTest SwitchPage<TPage>(string? query = null)
        where TPage : class, IDataPage
    {
        var route = PageDescriptor.FromType(typeof(TPage)).Route;
        _next = new NavigationRequest(route + QueryParams.Normalize(query), typeof(TPage));
        return this;
    }

    /// <summary>The page link labelled <paramref name="label"/> in the last run.</summary>
    /// <param name="label">The link text.</param>
    /// <exception cref="InvalidOperationException">No link, or several, have that label.</exception>
    public PageLinkHandle PageLink(string label)
    {
        var all = Get<PageLinkElement>();
        var found = all.Where(l => l.Label == label).ToList();
        return found.Count switch
        {
            1 => new PageLinkHandle(this, found[0]),
            0 => throw new InvalidOperationException($"No page link labelled '{label}' in the last run. Found: " +
                (all.Count == 0 ? "none." : string.Join(", ", all.Select(l => $"'{l.Label}'")) + ".")),
            _ => throw new InvalidOperationException($"{found.Count} page links are labelled '{label}'."),
        };
    }

    internal void FollowAtNextRun(string path) => _next = new NavigationRequest(path, null);

    /// <summary>Shows the page a switch or a link asked for: the same instance on a second visit, as a session keeps its pages.</summary>
    private async Task NavigateAsync(NavigationRequest request)
    {
        var at = request.Path.IndexOf('?');
        var query = at >= 0 ? request.Path[at..] : "";
        var path = at >= 0 ? request.Path[..at] : request.Path;
        var type = request.PageType ?? Catalog().Find(path)?.PageType
            ?? throw new InvalidOperationException(
                $"The page switched to '{path}', but no page class in {_page.GetType().Assembly.GetName().Name} has that route. " +
                "Use ui.SwitchPage<TPage>() or a route of a [Page] class.");
        var route = type.GetCustomAttribute<PageAttribute>(inherit: false)?.Route ?? path;
        PageType = type;
        PageId = route;
        _navigated = true;
        _session.QueryParams.Load(query);
        if (!await MayShowAsync(type).ConfigureAwait(false))
        {
            return; // a page the user may not see is neither created nor run
        }

        if (!_pages.TryGetValue(route, out var page))
        {
            page = (IDataPage)ActivatorUtilities.CreateInstance((IServiceProvider?)_services ?? EmptyServices.Instance, type);
            _pages[route] = page;
        }

        _page = page;
        await _session.NavigateAsync(page, route, BudgetOf(type)).ConfigureAwait(false);
    }

    /// <summary>The run budget of a page class's <see cref="PageAttribute"/>, or <c>null</c> for the default.</summary>
    private static TimeSpan? BudgetOf(Type type) =>
        type.GetCustomAttribute<PageAttribute>(inherit: false) is { } page ? PageDescriptor.RunTimeoutOf(page) : null;

    // The pages of the assembly of the page under test: where a switch by path looks.
    private PageCatalog Catalog()
    {
        if (_catalog is null)
        {
            _catalog = new PageCatalog();
            foreach (var page in PageDescriptor.AllIn(PageType.Assembly))
            {
                _catalog.Add(page);
            }
        }

        return _catalog;
    }

    private sealed class EmptyServices : IServiceProvider
    {
        public static readonly EmptyServices Instance = new();

        public object? GetService(Type serviceType) => null;
    }
}

/// <summary>A <c>ui.PageLink</c> of the last run.</summary>
public sealed class PageLinkHandle
{
    private readonly AppTest _app;

    internal PageLinkHandle(AppTest app, PageLinkElement element)
    {
        _app = app;
        Element = element;
    }

    /// <summary>The link as the last run wrote it.</summary>
    public PageLinkElement Element { get; }

    /// <summary>Where the link goes: an app path or an external address.</summary>
    public string Href => Element.Href;

    /// <summary>Follows the link at the next <see cref="AppTest.RunAsync"/>, as a click does.</summary>
    /// <exception cref="InvalidOperationException">The link is disabled or leaves the app.</exception>
    public void Click()
    {
        if (Element.Disabled)
        {
            throw new InvalidOperationException($"The page link '{Element.Label}' is disabled.");
        }

        if (Element.External)
        {
            throw new InvalidOperationException($"The page link '{Element.Label}' leaves the app ({Element.Href}); AppTest stays inside it.");
        }

        _app.FollowAtNextRun(Element.Href);
    }
}

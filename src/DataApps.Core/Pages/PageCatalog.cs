namespace DataApps;

/// <summary>A page the app serves: where, under what title, and how to create it.</summary>
/// <param name="Route">The URL path, starting with <c>/</c>.</param>
/// <param name="Title">The title in the navigation and the browser tab.</param>
/// <param name="Icon">A Material icon name, or <c>null</c>.</param>
/// <param name="Section">The navigation section, or <c>null</c>.</param>
/// <param name="Order">The position within the section.</param>
/// <param name="PageType">The page class (for lambda pages, the framework's wrapper type).</param>
public sealed record PageDescriptor(string Route, string Title, string? Icon, string? Section, int Order, Type PageType)
{
    /// <summary>Creates the page from the session's services; <c>null</c> means "construct <see cref="PageType"/> through DI".</summary>
    public Func<IServiceProvider, IDataPage>? Factory { get; init; }

    /// <summary>How wide the page's content is.</summary>
    public PageLayout Layout { get; init; }

    /// <summary>Whether the page is served at <c>/</c> when no page has that route (see <see cref="PageAttribute.Default"/>).</summary>
    public bool IsDefault { get; init; }

    /// <summary>Whether the page is left out of the navigation.</summary>
    public bool Hidden { get; init; }

    /// <summary>The page's own run budget (see <see cref="PageAttribute.RunTimeoutSeconds"/>): <c>null</c> takes the app's, <see cref="Timeout.InfiniteTimeSpan"/> means none.</summary>
    public TimeSpan? RunTimeout { get; init; }

    /// <summary>Whether the page answers <c>POST /api/pages/{route}</c> (see <see cref="PageAttribute.Api"/>).</summary>
    /// <example><c>new PageDescriptor("/convert", "Convert", null, null, 0, typeof(ConvertPage)) { Api = true }</c></example>
    public bool Api { get; init; }

    /// <summary>The run budget a <see cref="PageAttribute"/> asks for, or <c>null</c> for the app's.</summary>
    internal static TimeSpan? RunTimeoutOf(PageAttribute page) => page.RunTimeoutSeconds switch
    {
        0 => null,
        < 0 => Timeout.InfiniteTimeSpan,
        var seconds => TimeSpan.FromSeconds(seconds),
    };

    /// <summary>Describes every class with a <see cref="PageAttribute"/> in <paramref name="assembly"/>.</summary>
    internal static IEnumerable<PageDescriptor> AllIn(System.Reflection.Assembly assembly) =>
        assembly.GetTypes().Where(t => t.IsDefined(typeof(PageAttribute), false)).Select(FromType);

    /// <summary>Describes a page class from its <see cref="PageAttribute"/>.</summary>
    /// <param name="pageType">A class implementing <see cref="IDataPage"/> with a <see cref="PageAttribute"/>.</param>
    /// <exception cref="ArgumentException">The class is not a usable page.</exception>
    public static PageDescriptor FromType(Type pageType)
    {
        ArgumentNullException.ThrowIfNull(pageType);
        if (!typeof(IDataPage).IsAssignableFrom(pageType) || pageType.IsAbstract)
        {
            throw new ArgumentException($"{pageType.FullName} has [Page] but is not a concrete class implementing IDataPage (derive from DataPage).");
        }

        var page = pageType.GetCustomAttributes(typeof(PageAttribute), false) is [PageAttribute attribute, ..]
            ? attribute
            : throw new ArgumentException($"{pageType.FullName} has no [Page(\"/route\")] attribute.");
        return new PageDescriptor(page.Route, page.Title ?? pageType.Name, page.Icon, page.Section, page.Order, pageType)
        {
            Layout = page.Layout,
            IsDefault = page.Default,
            Hidden = page.Hidden,
            RunTimeout = RunTimeoutOf(page),
            Api = page.Api,
        };
    }
}

/// <summary>The pages of the app, from every assembly that contributed some, in navigation order.</summary>
/// <remarks>
/// Note [Catalog snapshots]: the catalog is read on every request, navigation and menu render, from any thread, and written at
/// startup and, under <c>dotnet watch</c>, by a hot reload (<see cref="Rescan"/>). Readers take one immutable snapshot (the
/// pages in order and the routes); a writer builds the next snapshot and publishes it with one reference write, so a reader
/// never sees half a change.
/// </remarks>
public sealed partial class PageCatalog
{
    private readonly Lock _writeGate = new();
    private volatile Snapshot _snapshot = Snapshot.Empty;

    /// <summary>The pages in navigation order: pages without a section first, sections by the lowest <see cref="PageAttribute.Order"/> of their shown pages, then pages by order and title.</summary>
    public IReadOnlyList<PageDescriptor> Pages => _snapshot.Pages;

    /// <summary>Adds a page.</summary>
    /// <param name="page">The page.</param>
    /// <exception cref="InvalidOperationException">The route is malformed or already taken.</exception>
    public void Add(PageDescriptor page)
    {
        ArgumentNullException.ThrowIfNull(page);
        lock (_writeGate)
        {
            _snapshot = _snapshot.With(page);
        }
    }

    /// <summary>The page served at the root URL: the page with the route <c>/</c>, else the one marked Default, else the first page in the navigation.</summary>
    public PageDescriptor? Root => _snapshot.Root;

    /// <summary>The pages shown in the navigation, in order (hidden pages left out).</summary>
    public IEnumerable<PageDescriptor> NavigationPages => _snapshot.Pages.Where(p => !p.Hidden);

    /// <summary>The page at <paramref name="path"/> (case-insensitive, trailing slash ignored; <c>/</c> is <see cref="Root"/>), or <c>null</c>.</summary>
    /// <param name="path">A URL path, with or without the leading slash.</param>
    public PageDescriptor? Find(string? path)
    {
        var snapshot = _snapshot;
        return Normalize("/" + (path ?? "").TrimStart('/')) is var route && route == "/"
            ? snapshot.Root
            : snapshot.ByRoute.GetValueOrDefault(route);
    }

    /// <summary>The URL path the app shows for <paramref name="page"/>: <c>/</c> for the root page, its route otherwise.</summary>
    /// <param name="page">A page of this catalog.</param>
    public string PathOf(PageDescriptor page) => ReferenceEquals(page, Root) ? "/" : page.Route;

    private static string Normalize(string route)
    {
        var query = route.IndexOfAny(['?', '#']);
        if (query >= 0)
        {
            route = route[..query];
        }

        return route.Length > 1 ? route.TrimEnd('/') : route;
    }

    /// <summary>One state of the catalog, never changed once published (Note [Catalog snapshots]).</summary>
    private sealed class Snapshot(List<PageDescriptor> pages, Dictionary<string, PageDescriptor> byRoute)
    {
        public static readonly Snapshot Empty = new([], new(StringComparer.OrdinalIgnoreCase));

        public List<PageDescriptor> Pages { get; } = pages;

        public Dictionary<string, PageDescriptor> ByRoute { get; } = byRoute;

        /// <summary>The assemblies whose <c>[Page]</c> classes were added with <see cref="AddPagesIn"/>.</summary>
        public IReadOnlyList<System.Reflection.Assembly> Scanned { get; init; } = [];

        /// <summary>The page classes those assemblies contributed at the last scan.</summary>
        public IReadOnlySet<Type> ScannedTypes { get; init; } = new HashSet<Type>();

        public PageDescriptor? Root =>
            ByRoute.GetValueOrDefault("/") ?? Pages.FirstOrDefault(p => p.IsDefault) ?? Pages.FirstOrDefault(p => !p.Hidden) ?? Pages.FirstOrDefault();

        /// <summary>This snapshot and <paramref name="page"/>; throws when the page cannot join it.</summary>
        public Snapshot With(PageDescriptor page)
        {
            if (string.IsNullOrWhiteSpace(page.Route) || page.Route[0] != '/')
            {
                throw new InvalidOperationException($"The page {page.PageType.FullName} has the route '{page.Route}'; a route starts with '/'.");
            }

            var route = Normalize(page.Route);
            if (ByRoute.TryGetValue(route, out var existing))
            {
                throw new InvalidOperationException(
                    $"Two pages have the route '{route}': {existing.PageType.FullName} and {page.PageType.FullName}. Give each page its own route.");
            }

            if (page.IsDefault && (Pages.FirstOrDefault(p => p.IsDefault) ?? ByRoute.GetValueOrDefault("/")) is { } other)
            {
                throw new InvalidOperationException(
                    $"The page {page.PageType.FullName} is marked Default, but {other.PageType.FullName} already is the page at '/'" +
                    (other.IsDefault ? " (marked Default)" : "") + ". Mark at most one page Default, and only when no page has the route '/'.");
            }

            if (route == "/" && Pages.FirstOrDefault(p => p.IsDefault) is { } marked)
            {
                throw new InvalidOperationException(
                    $"The page {page.PageType.FullName} has the route '/', but {marked.PageType.FullName} is marked Default. Keep one of the two.");
            }

            if (route != page.Route)
            {
                page = page with { Route = route }; // an unchanged route keeps the instance (Rescan relies on it)
            }

            var byRoute = new Dictionary<string, PageDescriptor>(ByRoute, StringComparer.OrdinalIgnoreCase) { [route] = page };

            // Sections keep the order of their first page (lowest Order), so authors steer the nav with Order alone.
            var ordered = Pages.Append(page)
                .GroupBy(p => p.Section ?? "")
                .OrderBy(g => g.Key.Length == 0 ? 0 : 1)
                .ThenBy(g => g.Where(p => !p.Hidden).Select(p => p.Order).DefaultIfEmpty(int.MaxValue).Min()) // hidden pages do not move a section
                .ThenBy(g => g.Key, StringComparer.OrdinalIgnoreCase)
                .SelectMany(g => g.OrderBy(p => p.Order).ThenBy(p => p.Title, StringComparer.OrdinalIgnoreCase))
                .ToList();
            return new Snapshot(ordered, byRoute) { Scanned = Scanned, ScannedTypes = ScannedTypes };
        }
    }
}

namespace DataApps;

/// <summary>How wide a page's content is.</summary>
public enum PageLayout
{
    /// <summary>The app's layout (<c>DataAppsOptions.Layout</c>, centered unless changed).</summary>
    Default,

    /// <summary>A readable column in the middle of the window, like Streamlit's default.</summary>
    Centered,

    /// <summary>The whole width of the window, for wide tables and dashboards.</summary>
    Wide,
}

/// <summary>Marks a class as a page at a URL path, with its navigation entry.</summary>
/// <example><c>[Page("/iris", Title = "Iris", Icon = "pets", Layout = PageLayout.Wide)]</c></example>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class PageAttribute(string route) : Attribute
{
    /// <summary>The URL path of the page, starting with <c>/</c>.</summary>
    public string Route { get; } = route;

    /// <summary>The title shown in the navigation and the browser tab; defaults to the class name.</summary>
    public string? Title { get; set; }

    /// <summary>A Material icon name (e.g. <c>pets</c>) shown beside the title in the navigation.</summary>
    public string? Icon { get; set; }

    /// <summary>The navigation section the page is grouped under; pages without one come first.</summary>
    public string? Section { get; set; }

    /// <summary>The position of the page within its section; lower comes first.</summary>
    public int Order { get; set; }

    /// <summary>How wide the page's content is; <see cref="PageLayout.Default"/> takes the app's layout.</summary>
    public PageLayout Layout { get; set; }

    /// <summary>
    /// Whether the page is the one served at the app's root URL (<c>/</c>) when no page has the route <c>/</c>; without
    /// one, the first page of the navigation is. At most one page is the default.
    /// </summary>
    public bool Default { get; set; }

    /// <summary>Whether the page is left out of the navigation; its URL, <c>ui.PageLink</c> and <c>ui.SwitchPage</c> still reach it.</summary>
    public bool Hidden { get; set; }

    /// <summary>
    /// How many seconds a run of the page may take before it is cancelled and, if its code does not stop, abandoned with an
    /// error; 0 (the default) takes the app's <c>RunTimeout</c> (60 s unless set), a negative value gives the page no budget.
    /// </summary>
    /// <example><c>[Page("/report", RunTimeoutSeconds = 300)]</c></example>
    public int RunTimeoutSeconds { get; set; }

    /// <summary>
    /// Whether the page can also be called over HTTP: <c>POST /api/pages/{route}</c> with a JSON object of widget values by key
    /// runs it headlessly and answers its outputs as JSON (docs/api.md). Off by default; the page's <c>[Authorize]</c> applies.
    /// </summary>
    /// <example><c>[Page("/predict", Api = true)]</c></example>
    public bool Api { get; set; }
}

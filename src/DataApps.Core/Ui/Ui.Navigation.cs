using System.Reflection;
using DataApps.Runtime;

namespace DataApps;

public sealed partial class Ui
{
    /// <summary>The query parameters of the page's URL, read when the page opens and shown in the address bar when written (no reload, no rerun).</summary>
    /// <example><c>ui.QueryParams["species"] = ui.SelectBox("Species", names);</c></example>
    public QueryParams QueryParams => _session.QueryParams;

    /// <summary>Ends this run and shows the page <typeparamref name="TPage"/>, as a click on its navigation entry does.</summary>
    /// <typeparam name="TPage">A page class with a <see cref="PageAttribute"/>.</typeparam>
    /// <param name="query">Query parameters for the page's URL, or <c>null</c> for none.</param>
    /// <example><c>if (ui.Button("Sign the form")) { ui.State["signed"] = true; ui.SwitchPage&lt;ResultsPage&gt;(); }</c></example>
    public void SwitchPage<TPage>(IEnumerable<KeyValuePair<string, string>>? query = null)
        where TPage : IDataPage
    {
        var run = Checkpoint();
        throw Control(run, new SwitchPageException(new NavigationRequest(RouteOf(typeof(TPage)) + Query(query), typeof(TPage))));
    }

    /// <summary>Ends this run and shows the page at <paramref name="path"/> (an app path such as <c>/results?run=3</c>).</summary>
    /// <param name="path">The page's route, starting with <c>/</c>, with an optional query.</param>
    /// <example><c>ui.SwitchPage("/results");</c></example>
    public void SwitchPage(string path)
    {
        if (!IsAppPath(path))
        {
            throw new ArgumentException($"ui.SwitchPage needs an app path starting with '/', such as \"/results\", not '{path}'.", nameof(path));
        }

        throw Control(Checkpoint(), new SwitchPageException(new NavigationRequest(path, null)));
    }

    /// <summary>A link to the page <typeparamref name="TPage"/>, drawn like its navigation entry (its title and icon unless given); following it does not reload the app.</summary>
    /// <typeparam name="TPage">A page class with a <see cref="PageAttribute"/>; hidden pages can be linked.</typeparam>
    /// <param name="label">The link text; the page's title by default.</param>
    /// <param name="icon">A Material icon name; the page's icon by default.</param>
    /// <param name="query">Query parameters for the page's URL, or <c>null</c> for none.</param>
    /// <param name="help">A tooltip.</param>
    /// <param name="disabled">Whether the link is greyed out.</param>
    /// <example><c>ui.PageLink&lt;PenguinsPage&gt;(query: [new("species", "Adelie")]);</c></example>
    public void PageLink<TPage>(string? label = null, string? icon = null, IEnumerable<KeyValuePair<string, string>>? query = null,
        string? help = null, bool disabled = false)
        where TPage : IDataPage
    {
        var page = typeof(TPage).GetCustomAttribute<PageAttribute>(inherit: false);
        Add(new PageLinkElement(label ?? page?.Title ?? typeof(TPage).Name, RouteOf(typeof(TPage)) + Query(query), icon ?? page?.Icon)
        {
            Help = help,
            Disabled = disabled,
        });
    }

    /// <summary>A link to an app path (<c>/results</c>) or to another site (<c>https://…</c>, opened in a new tab), drawn like a navigation entry.</summary>
    /// <param name="href">An app path starting with <c>/</c>, or an http, https or mailto address.</param>
    /// <param name="label">The link text.</param>
    /// <param name="icon">A Material icon name, or <c>null</c>.</param>
    /// <param name="help">A tooltip.</param>
    /// <param name="disabled">Whether the link is greyed out.</param>
    /// <example><c>ui.PageLink("https://example.org/docs", "Docs", icon: "menu_book");</c></example>
    public void PageLink(string href, string label, string? icon = null, string? help = null, bool disabled = false)
    {
        ArgumentNullException.ThrowIfNull(label);
        var external = Uri.TryCreate(href, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" or "mailto";
        if (!external && !IsAppPath(href))
        {
            throw new ArgumentException($"The page link '{label}' needs an app path starting with '/' or an http, https or mailto address, not '{href}'.", nameof(href));
        }

        Add(new PageLinkElement(label, href, icon) { External = external, Help = help, Disabled = disabled });
    }

    /// <summary>
    /// Records a stop, rerun or switch on the run and gives what to throw (Note [Control flow]): the first request of the run
    /// wins, and the run's token is cancelled so its awaits end (not in a callback, which is never interrupted).
    /// </summary>
    private ControlFlowException Control(PageRun run, ControlFlowException control)
    {
        var kept = run.RequestControl(control);
        if (ReferenceEquals(kept, control) && !run.InCallbacks)
        {
            _session.CancelForControl(run);
        }

        return kept;
    }

    private void CheckRerunScope(PageRun run, RerunScope scope)
    {
        if (!Enum.IsDefined(scope))
        {
            throw new ArgumentOutOfRangeException(nameof(scope), scope, "ui.Rerun takes RerunScope.App or RerunScope.Fragment.");
        }

        if (scope == RerunScope.Fragment && _fragment is null)
        {
            throw new InvalidOperationException(
                "ui.Rerun(RerunScope.Fragment) reruns the fragment that calls it: call it on the Ui the fragment's body was given " +
                "(f.Rerun(RerunScope.Fragment)). To rerun the page, call ui.Rerun().");
        }

        if (scope == RerunScope.Fragment && run.Fragment is null)
        {
            throw new InvalidOperationException(
                "f.Rerun(RerunScope.Fragment) works only in a rerun of the fragment itself, not while the whole page runs (as in " +
                "Streamlit): call it when something inside the fragment asks for it (a button of the fragment), or call f.Rerun() " +
                "to rerun the page.");
        }
    }

    private static bool IsAppPath(string? path) =>
        path is ['/', ..] && !path.StartsWith("//", StringComparison.Ordinal) && Uri.IsWellFormedUriString(path, UriKind.Relative);

    private static string RouteOf(Type pageType) =>
        pageType.GetCustomAttribute<PageAttribute>(inherit: false)?.Route
        ?? throw new ArgumentException($"{pageType.Name} has no [Page(\"/route\")] attribute, so it has no URL to go to.", nameof(pageType));

    private static string Query(IEnumerable<KeyValuePair<string, string>>? query)
    {
        if (query is null)
        {
            return "";
        }

        var parameters = new QueryParams();
        foreach (var group in query.GroupBy(p => p.Key, StringComparer.Ordinal))
        {
            parameters.SetAll(group.Key, group.Select(p => p.Value));
        }

        return parameters.ToString();
    }
}

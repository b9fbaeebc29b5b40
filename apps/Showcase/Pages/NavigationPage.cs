using DataApps;

namespace Showcase.Pages;

/// <summary>Navigation: links to pages, switching pages from code, query parameters in the URL, page layouts.</summary>
[Page("/navigation", Title = "Navigation", Icon = "explore", Section = "Control flow", Order = 100)]
public sealed class NavigationPage : DataPage
{
    private static readonly string[] Species = ["Adelie", "Chinstrap", "Gentoo"];

    protected override void Run(Ui ui)
    {
        ui.Title("Navigation");
        ui.Markdown("""
            The pages of an app are the classes with `[Page("/route")]`; the navigation on the left lists them by
            `Section` and `Order`, with their `Icon`. A page can also be `Hidden` from the navigation and still be
            reached by its URL, a link or a switch from code.
            """);

        Links(ui);
        Query(ui);
        Switch(ui);
        Layouts(ui);
    }

    private static void Links(Ui ui)
    {
        ui.Header("Links to pages", divider: true);
        ui.Markdown("`ui.PageLink<TPage>()` draws a link like a navigation entry, with the page's title and icon. Following it does not reload the app: the session and its state go on.");
        ui.PageLink<WidgetsPage>();
        ui.PageLink<ChartsPage>(label: "Charts, with a million points");
        ui.PageLink<NavigationDetailsPage>(label: "A hidden page, with a query", query: [new("from", "a link")]);
        ui.PageLink("https://streamlit.io", "Streamlit, which this API follows", icon: "open_in_browser");
    }

    private static void Query(Ui ui)
    {
        ui.Header("Query parameters", divider: true);
        ui.Markdown("""
            `ui.QueryParams` is the URL's query. These two widgets start from it and write to it, so the address bar
            shows what they are set to, without reloading: copy the URL, open it in another tab, and the page opens
            the same way.
            """);
        var species = ui.SelectBox("Species", Species, index: Math.Max(0, Array.IndexOf(Species, ui.QueryParams["species"])), key: "species");
        var n = ui.Slider("Sample size", 1, 100, ui.QueryParams.Get("n", 10), key: "n");
        ui.QueryParams["species"] = species;
        ui.QueryParams.Set("n", n);
        ui.Text($"The URL's query: {ui.QueryParams}");
        if (ui.Button("Clear the query"))
        {
            ui.QueryParams.Clear();
        }
    }

    private static void Switch(Ui ui)
    {
        ui.Header("Switching pages from code", divider: true);
        ui.Markdown("`ui.SwitchPage<TPage>()` ends the run and shows another page, as a click on its link would; what the run put into `ui.State` goes along.");
        var name = ui.TextInput("Your name", placeholder: "Ada");
        if (ui.Button("Sign the guest book", primary: true))
        {
            ui.State["guest"] = string.IsNullOrWhiteSpace(name) ? "a guest with no name" : name.Trim();
            ui.SwitchPage<NavigationDetailsPage>(query: [new("from", "the guest book")]);
        }
    }

    private static void Layouts(Ui ui)
    {
        ui.Header("Layouts", divider: true);
        ui.Markdown("""
            Pages are **centered** by default, a column that is easy to read. `[Page(Layout = PageLayout.Wide)]` gives a
            page the whole window, as the data pages of this Showcase have (open [DataFrame](dataframe)). The app's default
            is `AddDataApps(o => o.Layout = PageLayout.Wide)`.
            """);
    }
}

/// <summary>A page left out of the navigation: reached by a link, a switch from code, or its URL.</summary>
[Page("/navigation/details", Title = "Guest book", Icon = "menu_book", Section = "Control flow", Hidden = true)]
public sealed class NavigationDetailsPage : DataPage
{
    protected override void Run(Ui ui)
    {
        ui.Title("Guest book");
        ui.Markdown("This page is `Hidden`: it is not in the navigation, yet its URL, links and `ui.SwitchPage` reach it.");
        ui.Text($"You came from {ui.QueryParams["from"] ?? "its URL"}.");
        if (ui.State.Get<string?>("guest", null) is { } guest)
        {
            ui.Success($"Signed by {guest}.");
        }

        ui.PageLink<NavigationPage>(label: "Back to Navigation");
        if (ui.Button("Switch back from code"))
        {
            ui.SwitchPage("/navigation");
        }
    }
}

/// <summary>An old address that forwards to the Navigation page: <c>ui.SwitchPage</c> on the first run, as a redirect.</summary>
[Page("/navigation/old", Title = "Moved", Section = "Control flow", Hidden = true)]
public sealed class MovedPage : DataPage
{
    protected override void Run(Ui ui)
    {
        ui.Text("This page has moved.");
        ui.SwitchPage<NavigationPage>(query: [new("species", "Chinstrap")]);
    }
}

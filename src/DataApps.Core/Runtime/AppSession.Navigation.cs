namespace DataApps.Runtime;

internal sealed partial class AppSession
{
    // Note [Navigation]: the session does not route. ui.SwitchPage ends the run (as ui.Stop() does) and leaves a
    // NavigationRequest here; the host takes it (at once, or when its circuit starts, for a request made while the
    // page was prerendered) and navigates the browser, which brings the other page back through NavigateAsync.
    // ui.QueryParams is the host's copy of the URL's query: the host loads it before a run, and shows the script's
    // writes in the address bar (QueryParamsChanged).
    private NavigationRequest? _navigationRequest; // under _gate

    /// <summary>The query parameters of the page's URL (<c>ui.QueryParams</c>).</summary>
    public QueryParams QueryParams { get; } = new();

    /// <summary>Raised (on the run thread) when a run asks for another page; <see cref="TakeNavigationRequest"/> gives it.</summary>
    public event Action? NavigationRequested;

    /// <summary>The page the script last asked for, once: the caller navigates to it.</summary>
    public NavigationRequest? TakeNavigationRequest()
    {
        lock (_gate)
        {
            var request = _navigationRequest;
            _navigationRequest = null;
            return request;
        }
    }

    /// <summary>Carries out the page switch a run asked for (<c>ui.SwitchPage</c>, in its body or a callback), when it settles.</summary>
    private void NavigateIfAsked(PageRun run)
    {
        if (run.Control is SwitchPageException switchPage)
        {
            RequestNavigation(switchPage.Request);
        }
    }

    private void RequestNavigation(NavigationRequest request)
    {
        lock (_gate)
        {
            _navigationRequest = request;
        }

        NavigationRequested?.Invoke();
    }
}

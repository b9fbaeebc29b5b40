using DataApps.Auth;
using DataApps.Caching;
using DataApps.Runtime;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace DataApps.Testing;

/// <summary>
/// Runs a page headlessly: no Blazor, no browser. Set widget values through handles named after
/// the verbs, then <see cref="RunAsync"/> again and assert on <see cref="Elements"/>.
/// </summary>
/// <example>
/// <code>
/// using var app = AppTest.For&lt;CounterPage&gt;();
/// await app.RunAsync();
/// app.Button("+1").Click();
/// await app.RunAsync();
/// Assert.Equal(1, app.State["count"]);
/// </code>
/// </example>
public sealed partial class AppTest : IDisposable
{
    private readonly AppSession _session;
    private readonly ServiceProvider? _services;
    private readonly CacheOwner _cache;
    private IDataPage _page;
    private NavigationRequest? _next;
    private bool _navigated;

    private AppTest(IDataPage page, ServiceProvider? services, string pageId, CacheOwner? cache = null, IFeedbackStore? feedback = null)
    {
        _page = page;
        _services = services;
        PageId = pageId;
        PageType = page.GetType();
        _pages[pageId] = page;
        // ui.Cache: a fresh cache per test (on the services' TimeProvider, if they register one), shared by NewSession().
        _cache = cache?.Share() ?? new CacheOwner(new DataCache(services?.GetService<TimeProvider>()));
        _session = new AppSession(new SessionOptions { Inline = true, ProgressInterval = TimeSpan.Zero, FragmentTimers = false }, cache: _cache.Cache);
        // ui.Feedback(item:) and ui.Flag record here: the services' store (in memory unless the test registers one), shared by NewSession().
        FeedbackStore = feedback ?? services?.GetService<IFeedbackStore>() ?? new DataApps.Feedback.MemoryFeedbackStore(services?.GetService<TimeProvider>());
        _session.UseFeedback(() => FeedbackStore);
    }

    /// <summary>The id the current page runs under (part of widget identity): its route.</summary>
    public string PageId { get; private set; }

    /// <summary>How long <see cref="RunAsync"/> waits for a run before failing; 10 seconds by default.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// The run budget, as the app's <c>RunTimeout</c>: past it the run's <c>ui.CancellationToken</c> is cancelled, and a run
    /// that does not stop within 2 s more is abandoned; the page then shows the budget's error and <see cref="Exception"/> is a
    /// <see cref="System.TimeoutException"/>. <c>null</c> (the default) takes the page's <see cref="PageAttribute.RunTimeoutSeconds"/>,
    /// else 60 s; <see cref="System.Threading.Timeout.InfiniteTimeSpan"/> turns it off. Keep it below <see cref="Timeout"/> to see the error.
    /// </summary>
    /// <example><c>app.RunTimeout = TimeSpan.FromSeconds(1); await app.RunAsync(); Assert.IsType&lt;TimeoutException&gt;(app.Exception);</c></example>
    public TimeSpan? RunTimeout
    {
        get => _session.RunTimeoutOverride;
        set => _session.RunTimeoutOverride = value;
    }

    /// <summary>Creates a test for a page class; its constructor dependencies come from <paramref name="configureServices"/>.</summary>
    /// <typeparam name="TPage">The page class.</typeparam>
    /// <param name="configureServices">Registers the services the page needs (fakes, repositories).</param>
    public static AppTest For<TPage>(Action<IServiceCollection>? configureServices = null)
        where TPage : class, IDataPage
    {
        var services = new ServiceCollection();
        services.AddLogging(); // what ASP.NET Core services (authorization policies, say) expect to find
        configureServices?.Invoke(services);
        services.TryAddSingleton<IFeedbackStore>(sp => new DataApps.Feedback.MemoryFeedbackStore(sp.GetService<TimeProvider>()));
        var provider = services.BuildServiceProvider();
        var page = ActivatorUtilities.CreateInstance<TPage>(provider);
        var route = typeof(TPage).GetCustomAttributes(typeof(PageAttribute), false) is [PageAttribute attribute, ..] ? attribute.Route : typeof(TPage).FullName!;
        return new AppTest(page, provider, route);
    }

    /// <summary>Creates a test for a page written as a lambda.</summary>
    /// <param name="body">The page body.</param>
    public static AppTest FromFunction(Action<Ui> body)
    {
        ArgumentNullException.ThrowIfNull(body);
        return new AppTest(new LambdaPage(ui => { body(ui); return Task.CompletedTask; }), null, "/");
    }

    /// <summary>Creates a test for an asynchronous page written as a lambda.</summary>
    /// <param name="body">The page body.</param>
    public static AppTest FromFunction(Func<Ui, Task> body)
    {
        ArgumentNullException.ThrowIfNull(body);
        return new AppTest(new LambdaPage(body), null, "/");
    }

    /// <summary>Runs the page once (more if it calls <c>ui.Rerun()</c>) with every value set since the last run.</summary>
    /// <returns>This test, for chaining.</returns>
    /// <exception cref="TimeoutException">The page did not finish within <see cref="Timeout"/>.</exception>
    public async Task<AppTest> RunAsync()
    {
        // Off the caller's thread: an inline session runs the page synchronously up to its first real await, so
        // a page that blocks (or loops) without awaiting would otherwise never give Timeout a chance.
        var first = !_navigated;
        _navigated = true;
        var next = _next;
        _next = null;
        var run = next is not null ? Task.Run(() => NavigateAsync(next))
            : first ? Task.Run(async () =>
            {
                if (await MayShowAsync(PageType).ConfigureAwait(false))
                {
                    await _session.NavigateAsync(_page, PageId, BudgetOf(PageType)).ConfigureAwait(false);
                }
            })
            : Access != PageAccess.Allowed ? Task.CompletedTask // a page the user may not see never runs
            : Task.Run(_session.RunPendingAsync);

        await run.WaitAsync(Timeout).ConfigureAwait(false);

        // ui.SwitchPage: follow it, as the browser would (a chain of switches included, within reason).
        for (var hops = 0; _session.TakeNavigationRequest() is { } request; hops++)
        {
            if (hops == MaxSwitches)
            {
                throw new InvalidOperationException($"The pages switched {MaxSwitches} times in a row (last to {request.Path}): a page switches back and forth.");
            }

            await Task.Run(() => NavigateAsync(request)).WaitAsync(Timeout).ConfigureAwait(false);
        }

        return this;
    }

    /// <summary>The output of the last run: main area then sidebar, depth first, containers included.</summary>
    public IReadOnlyList<Element> Elements => [.. Tree.Main.Descendants(), .. Tree.Sidebar.Descendants()];

    /// <summary>The output of the main area, depth first.</summary>
    public IReadOnlyList<Element> Main => [.. Tree.Main.Descendants()];

    /// <summary>The output of the sidebar, depth first.</summary>
    public IReadOnlyList<Element> Sidebar => [.. Tree.Sidebar.Descendants()];

    /// <summary>The tree of the last run.</summary>
    public PageTree Tree => Access == PageAccess.Allowed ? _session.Tree : PageTree.Empty;

    /// <summary>The exception that ended the last run, or <c>null</c>.</summary>
    public Exception? Exception => _session.LastException;

    /// <summary>The session state, as the page sees it through <c>ui.State</c>.</summary>
    public SessionState State => _session.State;

    /// <summary>How many runs have completed.</summary>
    public int Runs => _session.CompletedRuns;

    /// <summary>The elements of type <typeparamref name="TElement"/>, in document order.</summary>
    /// <typeparam name="TElement">The element type.</typeparam>
    public IReadOnlyList<TElement> Get<TElement>()
        where TElement : Element => [.. Elements.OfType<TElement>()];

    /// <inheritdoc />
    public void Dispose()
    {
        _session.Dispose();
        _authorization?.Dispose();
        _cache.Release();
        _services?.Dispose();
    }

    internal AppSession Session => _session;
}

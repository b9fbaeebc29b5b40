using DataApps.Auth;
using DataApps.Hosting.Circuits;
using DataApps.Hosting.HotReload;
using DataApps.Runtime;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DataApps.Hosting.Tests.HotReload;

// The handler's logic without dotnet watch: a patched method body is stood in for by a page whose output the test changes
// between runs (EditablePage.Label); the real patch is exercised by the browser test HotReloadTests.
public sealed class HotReloadSessionsTests : IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private readonly PageCatalog _catalog = new();
    private readonly Logger _log = new();
    private readonly List<SessionParts> _parts = [];
    private readonly List<EditablePage> _pages = [];

    public HotReloadSessionsTests()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddAuthorization();
        services.AddOptions<SignInSettings>();
        services.AddSingleton<PageAuthorizer>();
        _services = services.BuildServiceProvider();
        _catalog.Add(new PageDescriptor("/", "Editable", null, null, 0, typeof(EditablePage)) { Factory = _ => Created(new EditablePage()) });
        _catalog.Add(PageDescriptor.FromType(typeof(AdminPage)));
    }

    [Fact]
    public async Task EverySessionShowingAPageRerunsWithTheNewCodeAndKeepsItsValuesAndState()
    {
        using var hotReload = NewHotReload();
        var (first, firstPage) = await OpenAsync(hotReload);
        var (second, secondPage) = await OpenAsync(hotReload);
        first.Session.SetValue(Widget<SliderElement>(first, "n").WidgetId, 42.0);
        await first.Session.WhenIdle;
        first.Session.Trigger(Widget<ButtonElement>(first, "+1").WidgetId);
        await first.Session.WhenIdle;
        Assert.Equal(["Value: 42, clicks 1"], Texts(first));

        firstPage.Label = secondPage.Label = "Now"; // what a patched Run writes
        var rerun = await hotReload.RerunAllAsync();

        Assert.Equal(2, rerun);
        Assert.Equal(["Now: 42, clicks 1"], Texts(first));
        Assert.Equal(["Now: 10, clicks 0"], Texts(second));
        Assert.Equal(1, first.Session.State["clicks"]);
    }

    [Fact]
    public async Task ARunInFlightIsCancelledAndTheSessionRunsTheNewCode()
    {
        using var hotReload = NewHotReload();
        var (parts, page) = await OpenAsync(hotReload);
        using var release = new SemaphoreSlim(0);
        page.Block = release;
        parts.Session.SetValue(Widget<SliderElement>(parts, "n").WidgetId, 7.0);
        await page.Blocked.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);

        page.Label = "Now";
        page.Block = null;
        var rerun = hotReload.RerunAllAsync();
        release.Release(); // the blocked run goes on to its next ui call, where the rerun's cancellation stops it
        await rerun.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);

        Assert.Equal(["Now: 7, clicks 0"], Texts(parts));
    }

    [Fact]
    public async Task DisposedSessionsAndSessionsWithoutAPageAreLeftAlone()
    {
        using var hotReload = NewHotReload();
        var (closed, _) = await OpenAsync(hotReload);
        var (open, _) = await OpenAsync(hotReload);
        var blank = Track(hotReload);
        var runs = open.Session.CompletedRuns;

        closed.Dispose();
        var rerun = await hotReload.RerunAllAsync();

        Assert.Equal(1, rerun);
        Assert.Equal(runs + 1, open.Session.CompletedRuns);
        Assert.Equal(0, blank.Session.CompletedRuns);
        Assert.Equal(2, hotReload.Count); // the disposed session is no longer followed
    }

    [Fact]
    public async Task APageDescribedAnewIsStillTheSessionsPageAndDoesNotStartOver()
    {
        using var hotReload = NewHotReload();
        var (parts, _) = await OpenAsync(hotReload);
        parts.Session.SetValue(Widget<SliderElement>(parts, "n").WidgetId, 42.0);
        await parts.Session.WhenIdle;
        var runs = parts.Session.CompletedRuns;
        var retitled = _catalog.Find("/")! with { Title = "Retitled" }; // what a rescan makes of a changed [Page]

        await parts.Navigate(retitled); // what the shell does when Blazor re-renders it after the update

        Assert.Same(retitled, parts.Current);
        Assert.Equal(runs, parts.Session.CompletedRuns);
        Assert.Equal(["Value: 42, clicks 0"], Texts(parts));
    }

    [Fact]
    public async Task ASessionIsNotRerunOnAPageItsUserMayNoLongerSee()
    {
        using var hotReload = NewHotReload();
        var parts = Track(hotReload);
        await parts.Navigate(_catalog.Find("/admin")!); // as the shell does after its own access check

        var rerun = await hotReload.RerunAllAsync();

        Assert.Equal(0, rerun);
        Assert.Equal(1, parts.Session.CompletedRuns);
    }

    [Fact]
    public async Task EachUpdateLogsOneEventWithTheSessionsRerunAndTheTimeTaken()
    {
        using var hotReload = NewHotReload();
        await OpenAsync(hotReload);
        await OpenAsync(hotReload);

        await hotReload.RerunAllAsync();

        var entry = Assert.Single(_log.Entries);
        Assert.Equal(LogLevel.Information, entry.Level);
        Assert.Matches(@"^Hot reload: reran 2 sessions in \d+(\.\d+)? ms$", entry.Message);
    }

    [Fact]
    public async Task OutsideHotReloadNothingIsFollowedOrRegistered()
    {
        using var hotReload = NewHotReload(enabled: false);
        var (parts, _) = await OpenAsync(hotReload);

        HotReloadHandler.UpdateApplication(null);
        var rerun = await hotReload.RerunAllAsync();

        Assert.Equal(0, hotReload.Count);
        Assert.Equal(0, rerun);
        Assert.Equal(1, parts.Session.CompletedRuns);
    }

    [Fact]
    public async Task TheRuntimesUpdateReachesEveryRegisteredAppUntilItIsDisposed()
    {
        var hotReload = NewHotReload();
        var (parts, page) = await OpenAsync(hotReload);

        page.Label = "Now";
        HotReloadHandler.ClearCache([typeof(EditablePage)]);
        HotReloadHandler.UpdateApplication(null);
        await WaitForAsync(() => Texts(parts) is ["Now: 10, clicks 0"]);

        hotReload.Dispose();
        page.Label = "Later";
        HotReloadHandler.UpdateApplication(null);
        await Task.Delay(200, TestContext.Current.CancellationToken);
        Assert.Equal(["Now: 10, clicks 0"], Texts(parts));
    }

    [Fact]
    public void ClearingTheCacheScansThePageAssembliesAgainAndSaysWhatChanged()
    {
        var version = 1;
        var catalog = new PageCatalog
        {
            Scanner = _ => version == 1
                ? [PageDescriptor.FromType(typeof(AdminPage))]
                : [PageDescriptor.FromType(typeof(AdminPage)), PageDescriptor.FromType(typeof(AddedPage))],
        };
        catalog.AddPagesIn(typeof(EditablePage).Assembly);
        using var hotReload = new HotReloadSessions(catalog, _services.GetRequiredService<PageAuthorizer>(), _log, enabled: false);

        version = 2;
        hotReload.ClearCache();

        Assert.Equal("/added", catalog.Find("/added")?.Route);
        Assert.Equal((LogLevel.Information, "Hot reload: pages added /added; changed none; removed none"), Assert.Single(_log.Entries));
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var parts in _parts)
        {
            parts.Dispose();
        }

        await _services.DisposeAsync();
    }

    private HotReloadSessions NewHotReload(bool enabled = true) =>
        new(_catalog, _services.GetRequiredService<PageAuthorizer>(), _log, enabled);

    private SessionParts Track(HotReloadSessions hotReload)
    {
        var parts = new SessionParts(new AppSession(), _services.CreateAsyncScope(), hotReload);
        _parts.Add(parts);
        return parts;
    }

    /// <summary>A session showing the editable page at <c>/</c>, after its first run.</summary>
    private async Task<(SessionParts Parts, EditablePage Page)> OpenAsync(HotReloadSessions hotReload)
    {
        var parts = Track(hotReload);
        await parts.Navigate(_catalog.Find("/")!);
        return (parts, _pages[^1]);
    }

    private EditablePage Created(EditablePage page)
    {
        _pages.Add(page);
        return page;
    }

    private static IReadOnlyList<string> Texts(SessionParts parts) =>
        [.. parts.Session.Tree.Main.Descendants().OfType<TextElement>().Select(t => t.Text)];

    private static TElement Widget<TElement>(SessionParts parts, string label)
        where TElement : WidgetElement => parts.Session.Tree.Main.Descendants().OfType<TElement>().Single(w => w.Label == label);

    private static async Task WaitForAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "timed out");
            await Task.Delay(10, TestContext.Current.CancellationToken);
        }
    }

    private sealed class EditablePage : DataPage
    {
        /// <summary>Stands for the page's code: a hot reload changes what <c>Run</c> writes.</summary>
        public volatile string Label = "Value";

        /// <summary>When set, the next run waits on it after its widgets (a long run in flight).</summary>
        public volatile SemaphoreSlim? Block;

        public SemaphoreSlim Blocked { get; } = new(0);

        protected override void Run(Ui ui)
        {
            var n = ui.Slider("n", 0, 100, 10);
            var clicks = ui.State.GetOrAdd("clicks", 0);
            if (ui.Button("+1"))
            {
                ui.State["clicks"] = ++clicks;
            }

            if (Block is { } block)
            {
                Blocked.Release();
                block.Wait(TimeSpan.FromSeconds(10));
            }

            ui.Text($"{Label}: {n}, clicks {clicks}");
        }
    }

    [Page("/admin")]
    [Authorize(Roles = "admin")]
    private sealed class AdminPage : DataPage
    {
        protected override void Run(Ui ui) => ui.Text("admin");
    }

    [Page("/added")]
    private sealed class AddedPage : DataPage
    {
        protected override void Run(Ui ui) => ui.Text("added");
    }

    private sealed class Logger : ILogger<HotReloadSessions>
    {
        private readonly Lock _lock = new();
        private readonly List<(LogLevel Level, string Message)> _entries = [];

        public IReadOnlyList<(LogLevel Level, string Message)> Entries
        {
            get
            {
                lock (_lock)
                {
                    return [.. _entries];
                }
            }
        }

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            lock (_lock)
            {
                _entries.Add((logLevel, formatter(state, exception)));
            }
        }
    }
}

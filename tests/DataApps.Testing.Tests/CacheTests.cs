using Microsoft.Extensions.DependencyInjection;

namespace DataApps.Testing.Tests;

/// <summary>ui.Cache under AppTest: a cache per test, shared by its NewSession()s, on the services' clock.</summary>
public sealed class CacheTests
{
    [Fact]
    public async Task ACachedValueIsComputedOnceAcrossRuns()
    {
        var calls = 0;
        using var app = AppTest.FromFunction(ui => ui.Text($"value {ui.Cache.Data("k", () => ++calls)}"));

        await app.RunAsync();
        await app.RunAsync();

        Assert.Equal(1, calls);
        Assert.Equal("value 1", app.Get<TextElement>().Single().Text);
    }

    [Fact]
    public async Task EachAppTestStartsWithAnEmptyCache()
    {
        var calls = 0;
        void Page(Ui ui) => ui.Cache.Data("k", () => ++calls);
        using var first = AppTest.FromFunction(Page);
        using var second = AppTest.FromFunction(Page);

        await first.RunAsync();
        await second.RunAsync();

        Assert.Equal(2, calls);
    }

    [Fact]
    public async Task ANewSessionSharesTheCacheButNotTheState()
    {
        using var alice = AppTest.For<CountingPage>();
        using var bob = alice.NewSession();

        await alice.RunAsync();
        await bob.RunAsync();
        await alice.Button("Remember").Click().RunAsync();

        Assert.Equal("loaded 1 time(s)", bob.Get<TextElement>()[0].Text);
        Assert.Same(alice.State["frame"], CountingPage.LastFrame);
        Assert.False(bob.State.ContainsKey("frame"));
    }

    [Fact]
    public async Task SessionScopedEntriesOfANewSessionAreItsOwn()
    {
        var seen = new List<object>();
        using var alice = AppTest.FromFunction(ui => seen.Add(ui.Cache.Data("mine", () => new object(), scope: CacheScope.Session)));
        using var bob = alice.NewSession();

        await alice.RunAsync();
        await bob.RunAsync();

        Assert.NotSame(seen[0], seen[1]);
    }

    [Fact]
    public async Task TheCacheUsesTheTimeProviderOfTheServices()
    {
        var time = new ManualTime();
        using var app = AppTest.For<TtlPage>(s => s.AddSingleton<TimeProvider>(time));

        await app.RunAsync();
        time.Now += TimeSpan.FromMinutes(2);
        await app.RunAsync();

        Assert.Equal("computed 2 time(s)", app.Get<TextElement>().Single().Text);
    }

    [Fact]
    public async Task AFailingFactoryShowsItsErrorInThePage()
    {
        using var app = AppTest.FromFunction(ui => ui.Cache.Data<int>("k", () => throw new InvalidOperationException("no data")));

        await app.RunAsync();

        Assert.Equal("no data", app.Get<ExceptionElement>().Single().Message);
    }

    private sealed class CountingPage : DataPage
    {
        private static int _loads;

        public static object? LastFrame { get; private set; }

        protected override void Run(Ui ui)
        {
            var frame = ui.Cache.Data("frame", () =>
            {
                Interlocked.Increment(ref _loads);
                return new object();
            });
            LastFrame = frame;
            ui.Text($"loaded {_loads} time(s)");
            if (ui.Button("Remember"))
            {
                ui.State["frame"] = frame;
            }
        }
    }

    private sealed class TtlPage : DataPage
    {
        private int _computed;

        protected override void Run(Ui ui)
        {
            ui.Cache.Data("k", () => ++_computed, ttl: TimeSpan.FromMinutes(1));
            ui.Text($"computed {_computed} time(s)");
        }
    }

    private sealed class ManualTime : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

        public override DateTimeOffset GetUtcNow() => Now;
    }
}

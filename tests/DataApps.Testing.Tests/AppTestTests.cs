using Microsoft.Extensions.DependencyInjection;

namespace DataApps.Testing.Tests;

public sealed class AppTestTests
{
    [Fact]
    public async Task RunAsyncReturnsTheTestForChaining()
    {
        using var app = AppTest.FromFunction(ui => ui.Text("hi"));

        var returned = await app.RunAsync();

        Assert.Same(app, returned);
    }

    [Fact]
    public async Task ElementsListTheMainAreaThenTheSidebarDepthFirst()
    {
        using var app = AppTest.FromFunction(ui =>
        {
            ui.Sidebar.Text("side");
            ui.Expander("more", e => e.Text("inside"));
            ui.Text("after");
        });

        await app.RunAsync();

        Assert.Collection(
            app.Elements,
            e => Assert.IsType<ExpanderElement>(e),
            e => Assert.Equal("inside", Assert.IsType<TextElement>(e).Text),
            e => Assert.Equal("after", Assert.IsType<TextElement>(e).Text),
            e => Assert.Equal("side", Assert.IsType<TextElement>(e).Text));
        Assert.Equal(3, app.Main.Count);
        Assert.Single(app.Sidebar);
        Assert.Equal(["inside", "after", "side"], app.Get<TextElement>().Select(t => t.Text));
    }

    [Fact]
    public async Task RunsCountsCompletedRuns()
    {
        using var app = AppTest.FromFunction(ui => ui.Button("Go"));
        Assert.Equal(0, app.Runs);

        await app.RunAsync();
        await app.Button("Go").Click().RunAsync();

        Assert.Equal(2, app.Runs);
    }

    [Fact]
    public async Task ExceptionOfTheLastRunIsReportedWithoutFailingRunAsync()
    {
        using var app = AppTest.FromFunction(ui =>
        {
            if (ui.Checkbox("fail"))
            {
                throw new InvalidDataException("bad file");
            }
        });
        await app.RunAsync();
        Assert.Null(app.Exception);

        await app.Checkbox("fail").SetValue(true).RunAsync();

        Assert.IsType<InvalidDataException>(app.Exception);
        Assert.Equal("bad file", Assert.Single(app.Get<ExceptionElement>()).Message);
    }

    [Fact]
    public async Task StateIsTheStateThePageSees()
    {
        using var app = AppTest.FromFunction(ui => ui.Text($"{ui.State.GetOrAdd("greeting", "hi")}"));
        app.State["greeting"] = "hello";

        await app.RunAsync();

        Assert.Equal("hello", app.Get<TextElement>()[0].Text);
    }

    [Fact]
    public async Task AsynchronousPagesRunToTheEnd()
    {
        using var app = AppTest.FromFunction(async ui =>
        {
            ui.Text("before");
            await Task.Yield();
            ui.Text("after");
        });

        await app.RunAsync();

        Assert.Equal(["before", "after"], app.Get<TextElement>().Select(t => t.Text));
    }

    [Fact]
    public async Task PageThatNeverFinishesFailsWithATimeout()
    {
        var never = new TaskCompletionSource();
        using var app = AppTest.FromFunction(async ui =>
        {
            ui.Text("waiting");
            await never.Task.WaitAsync(ui.CancellationToken);
        });
        app.Timeout = TimeSpan.FromMilliseconds(50);

        await Assert.ThrowsAsync<TimeoutException>(() => app.RunAsync());
    }

    [Fact]
    public async Task PageThatBlocksWithoutAwaitingFailsWithATimeoutToo()
    {
        using var release = new ManualResetEventSlim();
        using var app = AppTest.FromFunction(ui =>
        {
            ui.Text("computing");
            release.Wait(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);
            ui.Text("done");
        });
        app.Timeout = TimeSpan.FromMilliseconds(50);

        var thrown = await Record.ExceptionAsync(() => app.RunAsync());
        release.Set();

        Assert.IsType<TimeoutException>(thrown);
    }

    [Fact]
    public async Task ForCreatesThePageWithItsConstructorDependencies()
    {
        var repository = new FakeRepository("Adelie", "Gentoo");
        using var app = AppTest.For<SpeciesPage>(services => services.AddSingleton<ISpeciesRepository>(repository));
        await app.RunAsync();

        await app.SelectBox("Species").SetValue("Gentoo").RunAsync();

        Assert.Equal(["Gentoo"], repository.Saved);
    }

    [Fact]
    public void ForRunsThePageUnderItsRoute()
    {
        using var app = AppTest.For<SpeciesPage>(services => services.AddSingleton<ISpeciesRepository>(new FakeRepository("Adelie")));

        Assert.Equal("/species", app.PageId);
    }

    [Fact]
    public void PageWithoutAPageAttributeRunsUnderItsTypeName()
    {
        using var app = AppTest.For<UnroutedPage>();

        Assert.Equal(typeof(UnroutedPage).FullName, app.PageId);
    }

    [Fact]
    public void MissingDependencyFailsWhenTheTestIsCreated()
    {
        var error = Assert.Throws<InvalidOperationException>(() => AppTest.For<SpeciesPage>());

        Assert.Contains(nameof(ISpeciesRepository), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DisposingTheTestDisposesTheServicesItCreated()
    {
        var repository = new FakeRepository("Adelie");
        var app = AppTest.For<SpeciesPage>(services => services.AddSingleton<ISpeciesRepository>(_ => repository));

        app.Dispose();

        Assert.True(repository.Disposed);
    }

    [Fact]
    public async Task SessionIsNotUsableAfterTheTestIsDisposed()
    {
        var app = AppTest.FromFunction(ui => ui.Text("hi"));
        await app.RunAsync();

        app.Dispose();

        await Assert.ThrowsAsync<ObjectDisposedException>(() => app.RunAsync());
    }

    [Page("/species", Title = "Species")]
    private sealed class SpeciesPage(ISpeciesRepository repository) : DataPage
    {
        protected override void Run(Ui ui)
        {
            var species = ui.SelectBox("Species", repository.Species(), index: null);
            if (species is not null)
            {
                repository.Save(species);
            }
        }
    }

    private sealed class UnroutedPage : DataPage
    {
    }

    private interface ISpeciesRepository
    {
        IReadOnlyList<string> Species();

        void Save(string species);
    }

    private sealed class FakeRepository(params string[] species) : ISpeciesRepository, IDisposable
    {
        public List<string> Saved { get; } = [];

        public bool Disposed { get; private set; }

        public IReadOnlyList<string> Species() => species;

        public void Save(string species) => Saved.Add(species);

        public void Dispose() => Disposed = true;
    }
}

using DataApps.Core.Tests.Support;

namespace DataApps.Core.Tests.Caching;

/// <summary>The spinner a computing cache call shows at its place in the page.</summary>
public sealed class SpinnerTests : IDisposable
{
    private readonly CacheHarness _app = new();
    private readonly TaskCompletionSource _release = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task ASpinnerShowsAtTheCallsPlaceWhileTheFactoryComputesAndIsGoneAfter()
    {
        var session = _app.Session(progressInterval: TimeSpan.FromMilliseconds(1));
        using var log = new TreeLog(session);
        var run = CacheHarness.Start(session, ui =>
        {
            ui.Text("before");
            ui.Cache.Data("slow", () => LoadSales());
            ui.Text("after");
        });

        var during = await log.UntilTreeAsync(t => t.Main.Descendants().OfType<SpinnerElement>().Any(), "the spinner");
        Assert.Equal(["before", "Running LoadSales()…"], during.Main.Children.Select(Describe));

        _release.SetResult();
        await Wait.ForAsync(run, "the run");
        Assert.Empty(session.Tree.Main.Descendants().OfType<SpinnerElement>());
        Assert.Equal(["before", "after"], Some.Texts(session.Tree));
    }

    [Fact]
    public async Task AHitShowsNoSpinner()
    {
        var session = _app.Session(progressInterval: TimeSpan.FromMilliseconds(1));
        using var log = new TreeLog(session);
        _release.SetResult();
        await Wait.ForAsync(CacheHarness.Start(session, ui => ui.Cache.Data("fast", () => LoadSales())), "the first run");
        var published = log.Trees.Count;

        await CacheHarness.RerunAsync(session);

        Assert.DoesNotContain(log.Trees.Skip(published), t => t.Main.Descendants().OfType<SpinnerElement>().Any());
    }

    [Theory]
    [InlineData(null, "Running LoadSales()…")]
    [InlineData("Loading sales…", "Loading sales…")]
    public async Task TheSpinnerSaysWhatRuns(string? text, string expected)
    {
        var session = _app.Session(progressInterval: TimeSpan.FromMilliseconds(1));
        using var log = new TreeLog(session);
        var run = CacheHarness.Start(session, ui => ui.Cache.Data("slow", () => LoadSales(), spinner: text));

        var during = await log.UntilTreeAsync(t => t.Main.Descendants().OfType<SpinnerElement>().Any(), "the spinner");
        _release.SetResult();
        await Wait.ForAsync(run, "the run");

        Assert.Equal(expected, during.Main.Descendants().OfType<SpinnerElement>().Single().Text);
    }

    private static string Describe(Element e) => e switch
    {
        TextElement t => t.Text,
        SpinnerElement s => s.Text,
        _ => e.Kind,
    };

    private int[] LoadSales()
    {
        _release.Task.Wait(Wait.Guard);
        return [1, 2, 3];
    }
}

using DataApps.Core.Tests.Support;

namespace DataApps.Core.Tests.Runtime;

/// <summary>Fragments in a session as the host runs it: real timers, values from the browser, navigation.</summary>
public sealed class FragmentRunTests
{
    [Fact]
    public async Task AFragmentWithRunEveryRerunsOnItsTimerWithoutThePage()
    {
        var pageRuns = 0;
        var ticks = 0;
        using var session = Some.BackgroundSession();
        using var log = new TreeLog(session);
        var page = new ScriptPage(ui =>
        {
            Interlocked.Increment(ref pageRuns);
            ui.Fragment(f => f.Text($"tick {Interlocked.Increment(ref ticks)}"), runEvery: TimeSpan.FromMilliseconds(100));
        });

        await Wait.ForAsync(session.NavigateAsync(page, "/"), "the first run");
        await log.UntilCompletedAsync(4); // the page's run and three of the timer's

        Assert.Equal(1, Volatile.Read(ref pageRuns));
        Assert.StartsWith("tick ", Some.Texts(session.Tree)[0], StringComparison.Ordinal);
        Assert.NotEqual("tick 1", Some.Texts(session.Tree)[0]);
    }

    [Fact]
    public async Task AValueForAFragmentsWidgetRerunsOnlyTheFragment()
    {
        var pageRuns = 0;
        using var session = Some.BackgroundSession();
        using var log = new TreeLog(session);
        var page = new ScriptPage(ui =>
        {
            pageRuns++;
            ui.Text("outside");
            ui.Fragment(f => f.Text($"n={f.Slider("n", 0, 10)}"));
        });
        await Wait.ForAsync(session.NavigateAsync(page, "/"), "the first run");
        var outside = session.Tree.Main.Children[0];

        session.SetValue(Some.Widget<SliderElement>(session.Tree, "n").WidgetId, 7.0);
        await log.UntilCompletedAsync(2);

        Assert.Equal(1, pageRuns);
        Assert.Equal(["outside", "n=7"], Some.Texts(session.Tree));
        Assert.Same(outside, session.Tree.Main.Children[0]); // the rest of the tree is shared, not rebuilt
    }

    [Fact]
    public async Task NavigatingAwayStopsTheFragmentsTimer()
    {
        var ticks = 0;
        using var session = Some.BackgroundSession();
        using var log = new TreeLog(session);
        var timed = new ScriptPage(ui => ui.Fragment(f => f.Text($"{Interlocked.Increment(ref ticks)}"), runEvery: TimeSpan.FromMilliseconds(100)));
        await Wait.ForAsync(session.NavigateAsync(timed, "/timed"), "the first run");
        await log.UntilCompletedAsync(2);

        await Wait.ForAsync(session.NavigateAsync(new ScriptPage(ui => ui.Text("other")), "/other"), "the other page");
        var after = Volatile.Read(ref ticks);
        await Task.Delay(400, TestContext.Current.CancellationToken);

        Assert.Equal(after, Volatile.Read(ref ticks));
        Assert.Equal(["other"], Some.Texts(session.Tree));
    }
}

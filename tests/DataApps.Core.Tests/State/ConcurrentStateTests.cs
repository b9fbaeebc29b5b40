using DataApps.State;

namespace DataApps.Core.Tests.State;

/// <summary>ui.State and the widget store used by runs of two fragments at once.</summary>
public sealed class ConcurrentStateTests
{
    [Fact]
    public async Task UpdateFromManyThreadsAtOnceCountsEveryCall()
    {
        var state = new SessionState(new WidgetStore());
        using var start = new ManualResetEventSlim();

        var workers = Enumerable.Range(0, 4).Select(_ => Task.Run(() =>
        {
            start.Wait(TestContext.Current.CancellationToken);
            for (var i = 0; i < 10_000; i++)
            {
                state.Update("n", 0, n => n + 1);
            }
        })).ToArray();
        start.Set();
        await Task.WhenAll(workers);

        Assert.Equal(40_000, state.Get<int>("n"));
    }

    [Fact]
    public async Task WritingAndEnumeratingFromTwoThreadsAtOnceDoesNotThrow()
    {
        var state = new SessionState(new WidgetStore());
        using var start = new ManualResetEventSlim();

        var ct = TestContext.Current.CancellationToken;
        var writer = Task.Run(() =>
        {
            start.Wait(TestContext.Current.CancellationToken);
            for (var i = 0; i < 20_000; i++)
            {
                state[$"k{i % 500}"] = i;
                state.Remove($"k{(i + 250) % 500}");
            }
        }, ct);
        var reader = Task.Run(() =>
        {
            start.Wait(TestContext.Current.CancellationToken);
            for (var i = 0; i < 2_000; i++)
            {
                _ = state.Keys.Count + state.Count(pair => pair.Value is int);
            }
        }, ct);
        start.Set();

        await Task.WhenAll(writer, reader); // a plain dictionary throws "collection was modified" or corrupts here
    }

    [Fact]
    public void AFragmentRunResetsOnlyTheTriggersItRenderedOrApplied()
    {
        var store = new WidgetStore();
        var spec = new DataApps.Widgets.ButtonSpec("Go", primary: false);
        var mine = store.Add(new WidgetState("a", null, spec, true) { LastRun = 7, FragmentId = "A" });
        var applied = store.Add(new WidgetState("a2", null, spec, true) { LastRun = 3, FragmentId = "A" });
        var theirs = store.Add(new WidgetState("b", null, spec, true) { LastRun = 6, FragmentId = "B" });

        store.ResetTriggers(7, [applied]);

        Assert.Equal(false, mine.Value);
        Assert.Equal(false, applied.Value);
        Assert.Equal(true, theirs.Value); // applied by B's run, not read yet
    }
}

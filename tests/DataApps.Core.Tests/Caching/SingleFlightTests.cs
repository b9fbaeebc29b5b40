using DataApps.Core.Tests.Support;

namespace DataApps.Core.Tests.Caching;

/// <summary>One computation per key: concurrent sessions wait for it, share its result and share its failure.</summary>
public sealed class SingleFlightTests : IDisposable
{
    private readonly CacheHarness _app = new();
    private readonly TaskCompletionSource _release = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _started = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _joined = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _calls;

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task ConcurrentSessionsWaitForOneComputationAndGetTheSameResult()
    {
        var results = new object?[3];
        var sessions = Enumerable.Range(0, 3).Select(_ => _app.Session(progressInterval: TimeSpan.FromMilliseconds(1))).ToArray();
        var logs = sessions.Select(s => new TreeLog(s)).ToArray();
        Action<Ui> Page(int i) => ui => results[i] = ui.Cache.Data("slow", Slow);

        var runs = sessions.Select((s, i) => CacheHarness.Start(s, Page(i))).ToArray();
        foreach (var log in logs)
        {
            // Every session shows the spinner: all three are waiting at once.
            await log.UntilTreeAsync(t => t.Main.Descendants().OfType<SpinnerElement>().Any(), "every session to wait");
        }

        _release.SetResult();
        await Wait.ForAsync(Task.WhenAll(runs), "every session");
        Array.ForEach(logs, l => l.Dispose());

        Assert.Equal(1, _calls);
        Assert.NotNull(results[0]);
        Assert.All(results, r => Assert.Same(results[0], r));
    }

    [Fact]
    public async Task AFailingFactoryReachesEverySessionThatWaitedAndIsNotCached()
    {
        var sessions = new[] { _app.Session(), _app.Session(progressInterval: TimeSpan.FromMilliseconds(1)) };
        using var secondLog = new TreeLog(sessions[1]);
        _ = secondLog.UntilTreeAsync(t => t.Main.Descendants().OfType<SpinnerElement>().Any(), "the second session to wait")
            .ContinueWith(_ => _joined.TrySetResult(), TaskScheduler.Default);
        var fail = true;
        object Factory()
        {
            Interlocked.Increment(ref _calls);
            _started.TrySetResult();
            _release.Task.Wait(Wait.Guard);
            return fail ? throw new InvalidOperationException("the source is down") : new object();
        }

        void Page(Ui ui) => ui.Cache.Data("flaky", Factory);

        var first = CacheHarness.Start(sessions[0], Page);
        await Wait.ForAsync(_started.Task, "the computation to start");
        var second = CacheHarness.Start(sessions[1], Page);
        await Wait.ForAsync(_joined.Task, "the second session to join");
        _release.SetResult();
        await Wait.ForAsync(Task.WhenAll(first, second), "both sessions");

        Assert.All(sessions, s => Assert.Equal("the source is down", s.Tree.Main.Descendants().OfType<ExceptionElement>().Single().Message));
        Assert.Equal(1, _calls);

        fail = false;
        await CacheHarness.RerunAsync(sessions[0]);
        Assert.Empty(sessions[0].Tree.Main.Descendants().OfType<ExceptionElement>());
        Assert.Equal(2, _calls);
    }

    [Fact]
    public async Task ARunSupersededWhileWaitingLeavesTheComputationToTheNextRun()
    {
        var session = _app.Session(progressInterval: TimeSpan.Zero);
        object? result = null;
        var page = new ScriptPage(ui =>
        {
            var n = ui.Slider("n", 0, 10);
            result = ui.Cache.Data("slow", Slow);
            ui.Text($"n = {n}");
        });
        var firstRun = session.NavigateAsync(page, "/");
        await Wait.ForAsync(_started.Task, "the computation to start");

        session.SetValue(session.Widgets.All.Single().Id, 3.0);
        _release.SetResult();
        await Wait.ForAsync(firstRun, "the runs");

        Assert.Equal(1, _calls);
        Assert.NotNull(result);
        Assert.Equal(["n = 3"], Some.Texts(session.Tree));
    }

    private object Slow()
    {
        Interlocked.Increment(ref _calls);
        _started.TrySetResult();
        _release.Task.Wait(Wait.Guard);
        return new object();
    }
}

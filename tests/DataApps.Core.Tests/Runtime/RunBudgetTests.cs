using System.Diagnostics.Metrics;
using DataApps.Core.Tests.Support;
using DataApps.Runtime;

namespace DataApps.Core.Tests.Runtime;

/// <summary>Note [Run budget]: a run that exceeds its budget, or does not stop, is cancelled, then abandoned; the session goes on.</summary>
public sealed class RunBudgetTests
{
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan Grace = TimeSpan.FromSeconds(2);

    private static AppSession NewSession(ManualClock clock) =>
        new(new SessionOptions { ProgressInterval = TimeSpan.Zero, RunTimeout = Budget, AbandonGrace = Grace, Time = clock });

    /// <summary>A page that writes a line, then blocks its thread (ignoring its token) until the test releases it.</summary>
    private sealed class BlockingPage(string name) : IDataPage, IDisposable
    {
        private readonly ManualResetEventSlim _release = new();
        private int _runs;

        public TaskCompletionSource Entered { get; set; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource Returned { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public int Runs => Volatile.Read(ref _runs);

        public Exception? LateCall { get; private set; }

        public void Release() => _release.Set();

        public Task RunAsync(Ui ui, CancellationToken ct)
        {
            Interlocked.Increment(ref _runs);
            ui.Text($"{name} started");
            var entered = Entered;
            entered.TrySetResult();
            if (!_release.IsSet)
            {
                _release.Wait(TimeSpan.FromSeconds(30)); // blocks, as `while (true) Thread.Sleep(…)` does; bounded so a broken test ends
                try
                {
                    ui.Text($"{name} late"); // the session has stopped waiting: this must not reach its output
                }
                catch (Exception ex)
                {
                    LateCall = ex;
                }

                Returned.TrySetResult();
            }

            return Task.CompletedTask;
        }

        public void Dispose()
        {
            _release.Set();
            _release.Dispose();
        }
    }

    [Fact]
    public async Task ABlockedRunIsAbandonedAtItsBudgetWithAnErrorThatNamesTheBudget()
    {
        var clock = new ManualClock();
        using var session = NewSession(clock);
        using var page = new BlockingPage("report");
        using var abandoned = new AbandonedRuns("/budget-blocked");

        var idle = session.NavigateAsync(page, "/budget-blocked");
        await Wait.ForAsync(page.Entered.Task, "the run to start");
        clock.Advance(Budget); // over budget: the token is cancelled; the code does not look
        Assert.False(idle.IsCompleted);
        clock.Advance(Grace);  // and the grace is over: the session stops waiting
        await Wait.ForAsync(idle, "the session to go on without the run");

        Assert.Contains("report started", Some.Texts(session.Tree));
        var error = Assert.Single(Some.Flatten(session.Tree.Main).OfType<ErrorElement>());
        Assert.Contains("exceeded its time budget of 5 s", error.Body, StringComparison.Ordinal);
        Assert.Contains("RunTimeoutSeconds", error.Body, StringComparison.Ordinal);
        Assert.Contains("DataApps:RunTimeout", error.Body, StringComparison.Ordinal);
        Assert.IsAssignableFrom<TimeoutException>(session.LastException);
        Assert.False(session.IsRunning);
        Assert.Equal(1, session.AbandonedRunning);
        Assert.Equal([("timeout", "page")], abandoned.Seen);

        var shown = session.Tree;
        page.Release();
        await Wait.ForAsync(page.Returned.Task, "the abandoned code to return");
        Assert.IsType<InvalidOperationException>(page.LateCall);
        Assert.Contains("abandoned", page.LateCall!.Message, StringComparison.Ordinal);
        Assert.Same(shown, session.Tree);
        Assert.DoesNotContain("report late", Some.Texts(session.Tree));
    }

    [Fact]
    public async Task APageWithAnAbandonedRunStillRunningRunsAgainOnlyWhenItReturns()
    {
        var clock = new ManualClock();
        using var session = NewSession(clock);
        using var page = new BlockingPage("report");
        var idle = session.NavigateAsync(page, "/budget-waits");
        await Wait.ForAsync(page.Entered.Task, "the run to start");
        clock.Advance(Budget);
        clock.Advance(Grace);
        await Wait.ForAsync(idle, "the abandonment");
        page.Entered = new(TaskCreationOptions.RunContinuationsAsynchronously);

        await Wait.ForAsync(session.RequestRunAsync(), "the request to be queued"); // the next interaction

        Assert.Equal(1, page.Runs); // no second thread for the same page
        Assert.Contains(Some.Flatten(session.Tree.Main).OfType<WarningElement>(), e => e.Body.Contains("still running", StringComparison.Ordinal));

        page.Release();
        await Wait.ForAsync(page.Entered.Task, "the page to run once its abandoned run returned");
        await Wait.ForAsync(session.WhenIdle, "that run");
        Assert.Equal(2, page.Runs);
        Assert.Equal(0, session.AbandonedRunning);
        Assert.Empty(Some.Flatten(session.Tree.Main).OfType<AlertElement>());
    }

    [Fact]
    public async Task ACooperativeRunStopsAtItsBudgetAndIsNotAbandoned()
    {
        var clock = new ManualClock();
        using var session = NewSession(clock);
        var entered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var page = new ScriptPage(async (ui, ct) =>
        {
            ui.Text("waiting");
            entered.TrySetResult();
            await Task.Delay(Timeout.Infinite, ui.CancellationToken);
        });

        var idle = session.NavigateAsync(page, "/budget-cooperative");
        await Wait.ForAsync(entered.Task, "the run to start");
        clock.Advance(Budget);
        await Wait.ForAsync(idle, "the run to stop at its token");

        Assert.Contains("waiting", Some.Texts(session.Tree));
        Assert.Contains(Some.Flatten(session.Tree.Main).OfType<ErrorElement>(), e => e.Body.Contains("time budget of 5 s", StringComparison.Ordinal));
        Assert.IsAssignableFrom<TimeoutException>(session.LastException);
        Assert.Equal(0, session.AbandonedRunning);
    }

    [Fact]
    public async Task StopAbandonsARunThatDoesNotStop()
    {
        var clock = new ManualClock();
        using var session = NewSession(clock);
        using var page = new BlockingPage("loop");
        using var abandoned = new AbandonedRuns("/budget-stop");
        var idle = session.NavigateAsync(page, "/budget-stop");
        await Wait.ForAsync(page.Entered.Task, "the run to start");

        session.StopRun();
        clock.Advance(Grace);
        await Wait.ForAsync(idle, "the stopped run to be abandoned");

        Assert.False(session.IsRunning);
        Assert.Contains("loop started", Some.Texts(session.Tree));
        Assert.Contains(Some.Flatten(session.Tree.Main).OfType<WarningElement>(), w => w.Body.StartsWith("Stopped.", StringComparison.Ordinal));
        Assert.Null(session.LastException);
        Assert.Equal([("stop", "page")], abandoned.Seen);
    }

    [Fact]
    public async Task NavigatingAwayFromABlockedRunShowsTheNextPage()
    {
        var clock = new ManualClock();
        using var session = NewSession(clock);
        using var blocked = new BlockingPage("stuck");
        await Task.Yield();
        _ = session.NavigateAsync(blocked, "/budget-stuck");
        await Wait.ForAsync(blocked.Entered.Task, "the run to start");

        var idle = session.NavigateAsync(new ScriptPage(ui => ui.Text("other page")), "/budget-other");
        clock.Advance(Grace);
        await Wait.ForAsync(idle, "the next page");

        Assert.Equal(["other page"], Some.Texts(session.Tree));
    }

    [Fact]
    public async Task ABudgetOfThePageWinsOverTheSessionsAndInfiniteTurnsItOff()
    {
        var clock = new ManualClock();
        using var session = NewSession(clock);
        using var page = new BlockingPage("long");
        var idle = session.NavigateAsync(page, "/budget-own", runTimeout: TimeSpan.FromSeconds(30));
        await Wait.ForAsync(page.Entered.Task, "the run to start");

        clock.Advance(Budget + Grace);
        Assert.False(idle.IsCompleted); // the session's 5 s do not apply
        clock.Advance(TimeSpan.FromSeconds(30) - Budget);
        clock.Advance(Grace);
        await Wait.ForAsync(idle, "the page's own budget");
        Assert.Contains(Some.Flatten(session.Tree.Main).OfType<ErrorElement>(), e => e.Body.Contains("time budget of 30 s", StringComparison.Ordinal));

        page.Release();
        using var unbounded = NewSession(clock);
        using var other = new BlockingPage("free");
        var running = unbounded.NavigateAsync(other, "/budget-none", runTimeout: Timeout.InfiniteTimeSpan);
        await Wait.ForAsync(other.Entered.Task, "the run to start");
        clock.Advance(TimeSpan.FromHours(1));
        Assert.False(running.IsCompleted);
        other.Release();
        await Wait.ForAsync(running, "the run to end on its own");
        Assert.Empty(Some.Flatten(unbounded.Tree.Main).OfType<ErrorElement>());
    }

    /// <summary>The measurements of <c>dataapps.runs.abandoned</c> for one page (tests run in parallel and share the instrument).</summary>
    private sealed class AbandonedRuns : IDisposable
    {
        private readonly MeterListener _listener = new();
        private readonly List<(string Reason, string Kind)> _seen = [];

        public AbandonedRuns(string page)
        {
            _listener.InstrumentPublished = (instrument, listener) =>
            {
                if (instrument.Meter.Name == DataAppsTelemetry.MeterName && instrument.Name == "dataapps.runs.abandoned")
                {
                    listener.EnableMeasurementEvents(instrument);
                }
            };
            _listener.SetMeasurementEventCallback<long>((_, _, tags, _) =>
            {
                string? p = null, reason = null, kind = null;
                foreach (var tag in tags)
                {
                    switch (tag.Key)
                    {
                        case "page": p = tag.Value as string; break;
                        case "reason": reason = tag.Value as string; break;
                        case "kind": kind = tag.Value as string; break;
                    }
                }

                if (p == page)
                {
                    lock (_seen)
                    {
                        _seen.Add((reason!, kind!));
                    }
                }
            });
            _listener.Start();
        }

        public IReadOnlyList<(string Reason, string Kind)> Seen
        {
            get
            {
                lock (_seen)
                {
                    return [.. _seen];
                }
            }
        }

        public void Dispose() => _listener.Dispose();
    }
}

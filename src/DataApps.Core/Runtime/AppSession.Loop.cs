namespace DataApps.Runtime;

// The run loop: what to start next, and how a run lands (Note [Threading] in AppSession.cs).
internal sealed partial class AppSession
{
    /// <summary>
    /// The coordinator: starts the runs the queued work asks for, as Note [Threading] says, and returns when nothing is in
    /// flight and nothing is left to do. It awaits a full run itself; fragment runs run on their own and wake it when they end.
    /// </summary>
    private async Task LoopAsync()
    {
        while (true)
        {
            Task wake;
            Start? full = null;
            List<Start> fragments = [];
            TaskCompletionSource? finished = null;
            var waitsForAbandoned = false;
            lock (_gate)
            {
                var work = _runRequested || _pending.Count > 0 || _fragmentRequests.Count > 0;
                var shut = LaneShut();
                if (_inFlight.Count == 0 && (!work || _disposed || _page is null || shut))
                {
                    finished = _idle!;
                    _idle = null;
                    wake = Task.CompletedTask;
                    waitsForAbandoned = work && shut && !_disposed; // the work stays queued until the abandoned run returns
                }
                else
                {
                    _wake = NewSignal();
                    wake = _wake.Task;
                    if (work && !_disposed && _page is not null)
                    {
                        full = Decide(fragments);
                    }

                    if (full is null && _inFlight.Count == 0)
                    {
                        wake = Task.CompletedTask; // nothing started (requests of fragments that are gone): look again, or go idle
                    }
                }
            }

            if (finished is not null)
            {
                UpdateRunning(); // not running any more before the callers waiting for the session to settle go on
                if (waitsForAbandoned)
                {
                    ShowWaitingForAbandoned();
                }

                finished.SetResult();
                return;
            }

            if (full is not null || fragments.Count > 0)
            {
                UpdateRunning();
            }

            foreach (var start in fragments)
            {
                if (Options.Inline)
                {
                    _ = RunFragmentAsync(start);
                }
                else
                {
                    _ = Task.Run(() => RunFragmentAsync(start));
                }
            }

            if (full is not null)
            {
                await RunFullAsync(full).ConfigureAwait(false);
                continue;
            }

            await wake.ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Decides what to start now, under <c>_gate</c>: the full run (returned) when one is needed and nothing is in flight;
    /// else a run for each fragment that has work and no run in flight (added to <paramref name="fragments"/>).
    /// </summary>
    private Start? Decide(List<Start> fragments)
    {
        if (LaneShut())
        {
            return null; // Note [Run budget]: no run of the page while an abandoned one is still running
        }

        if (_inFlight.Exists(f => f.Run.Fragment is null))
        {
            return null; // a full run is in flight (the loop awaits it; nothing gets here meanwhile)
        }

        if (_runRequested || _pending.Exists(v => FragmentOf(v) is null))
        {
            if (_inFlight.Count > 0)
            {
                CancelAll(); // they settle, each wakes the loop, and the full run starts once the last has
                return null;
            }

            var pending = _pending.ToArray();
            _pending.Clear();
            _fragmentRequests.Clear(); // the full run runs every fragment
            _runRequested = false;
            return NewStart(null, pending);
        }

        var targets = _pending.Select(FragmentOf).Concat(_fragmentRequests).Distinct(StringComparer.Ordinal).ToList();
        foreach (var target in targets)
        {
            if (_inFlight.Exists(f => f.Run.Fragment!.Id == target))
            {
                continue; // its lane is busy: the next run of the fragment waits for this one
            }

            _fragmentRequests.Remove(target!);
            if (TryGetFragment(target!) is not { } fragment)
            {
                continue; // a request of a fragment that is gone
            }

            var mine = _pending.Where(v => FragmentOf(v) == target).ToArray();
            _pending.RemoveAll(v => mine.Contains(v));
            fragments.Add(NewStart(fragment, mine));
        }

        return null;
    }

    /// <summary>Creates a run and puts it in flight, its budget counting; called under <c>_gate</c>.</summary>
    private Start NewStart(FragmentEntry? fragment, PendingValue[] pending)
    {
        var cts = new CancellationTokenSource();
        var run = new PageRun(++_runNumber, _base, cts.Token, fragment) { Navigation = _navigation, PageId = PageId, Budget = BudgetOfNewRun(), Timed = fragment is not null && pending.Length == 0 };
        var start = new Start(run, cts, _page!, pending);
        run.Watchdog = Options.Time.CreateTimer(static s => ((WatchdogState)s!).Session.OnWatchdog(((WatchdogState)s!).Start),
            new WatchdogState(this, start), run.Budget ?? Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        _inFlight.Add(new InFlight(run, cts));
        CurrentRun = run;
        return start;
    }

    /// <summary>The fragment a queued value's widget is in, or <c>null</c> when only a full run can apply it; under <c>_gate</c>.</summary>
    private string? FragmentOf(PendingValue value) =>
        Widgets.TryGet(value.WidgetId, out var widget) && widget.FragmentId is { } fragmentId && TryGetFragment(fragmentId) is not null
            ? fragmentId
            : null;

    private Task RunFullAsync(Start start) => WatchAsync(start, () => ExecuteAsync(start.Run, start.Page, start.Pending));

    private Task RunFragmentAsync(Start start) => WatchAsync(start, () => ExecuteFragmentAsync(start.Run, start.Run.Fragment!, start.Pending));

    /// <summary>
    /// Runs one run on a thread of its own and waits until it settles or is abandoned (Note [Run budget]): code that
    /// blocks holds its own thread, never the loop's, nor the caller's in an inline session.
    /// </summary>
    private async Task WatchAsync(Start start, Func<Task> execute)
    {
        var execution = Task.Run(async () =>
        {
            try
            {
                await execute().ConfigureAwait(false);
            }
            catch (Exception ex)
            {
                Log.RunLoopFailed(_logger, ex);
            }
        });
        await Task.WhenAny(execution, start.Run.WhenAbandoned).ConfigureAwait(false);
        if (execution.IsCompleted)
        {
            Land(start, disposeToken: true);
            return;
        }

        // Abandoned: out of flight now; its token lives until its code returns, and the page's lane stays shut until then.
        Land(start, disposeToken: false);
        _ = execution.ContinueWith(_ => AbandonedReturned(start), CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default);
    }

    /// <summary>Takes a settled (or abandoned) run out of flight and wakes the loop.</summary>
    private void Land(Start start, bool disposeToken)
    {
        // Out of flight under the gate before disposing the source: a value arriving now must not cancel a disposed source.
        lock (_gate)
        {
            _inFlight.RemoveAll(f => ReferenceEquals(f.Run, start.Run));
            start.Run.Watchdog?.Dispose();
            start.Run.Watchdog = null;
            _wake.TrySetResult();
        }

        if (disposeToken)
        {
            start.Cts.Dispose();
        }
    }

    private sealed record InFlight(PageRun Run, CancellationTokenSource Cts);

    private sealed record Start(PageRun Run, CancellationTokenSource Cts, IDataPage Page, PendingValue[] Pending);

    private sealed record WatchdogState(AppSession Session, Start Start);
}

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
            lock (_gate)
            {
                var work = _runRequested || _pending.Count > 0 || _fragmentRequests.Count > 0;
                if (_inFlight.Count == 0 && (!work || _disposed || _page is null))
                {
                    finished = _idle!;
                    _idle = null;
                    wake = Task.CompletedTask;
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

    /// <summary>Creates a run and puts it in flight; called under <c>_gate</c>.</summary>
    private Start NewStart(FragmentEntry? fragment, PendingValue[] pending)
    {
        var cts = new CancellationTokenSource();
        var run = new PageRun(++_runNumber, _base, cts.Token, fragment) { Navigation = _navigation, PageId = PageId };
        _inFlight.Add(new InFlight(run, cts));
        CurrentRun = run;
        return new Start(run, cts, _page!, pending);
    }

    /// <summary>The fragment a queued value's widget is in, or <c>null</c> when only a full run can apply it; under <c>_gate</c>.</summary>
    private string? FragmentOf(PendingValue value) =>
        Widgets.TryGet(value.WidgetId, out var widget) && widget.FragmentId is { } fragmentId && TryGetFragment(fragmentId) is not null
            ? fragmentId
            : null;

    private async Task RunFullAsync(Start start)
    {
        try
        {
            await ExecuteAsync(start.Run, start.Page, start.Pending).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            Log.RunLoopFailed(_logger, ex);
        }
        finally
        {
            Land(start);
        }
    }

    private async Task RunFragmentAsync(Start start)
    {
        try
        {
            await ExecuteFragmentAsync(start.Run, start.Run.Fragment!, start.Pending).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            Log.RunLoopFailed(_logger, ex);
        }
        finally
        {
            Land(start);
        }
    }

    /// <summary>Takes a settled run out of flight and wakes the loop.</summary>
    private void Land(Start start)
    {
        // Out of flight under the gate before disposing the source: a value arriving now must not cancel a disposed source.
        lock (_gate)
        {
            _inFlight.RemoveAll(f => ReferenceEquals(f.Run, start.Run));
            _wake.TrySetResult();
        }

        start.Cts.Dispose();
    }

    private sealed record InFlight(PageRun Run, CancellationTokenSource Cts);

    private sealed record Start(PageRun Run, CancellationTokenSource Cts, IDataPage Page, PendingValue[] Pending);
}

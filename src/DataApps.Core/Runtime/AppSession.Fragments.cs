using DataApps.State;

namespace DataApps.Runtime;

internal sealed partial class AppSession
{
    // Note [Fragment runs]: a fragment is registered by each full run that writes it (its body closes over that run's
    // values). A value for a widget inside a fragment, or the fragment's timer, asks for a fragment run: the body runs
    // alone into a fresh block, which replaces the fragment's block in the last tree; nothing else runs or changes.
    // Values for widgets outside any fragment (or for several places at once) make a full run, which runs every
    // fragment too. Runs stay one at a time (Note [Threading]); a fragment's request waits for the run in flight.
    private readonly Dictionary<string, FragmentEntry> _fragments = new(StringComparer.Ordinal); // run thread only, timers aside
    private readonly List<string> _fragmentRequests = [];                                        // under _gate
    private readonly Lock _fragmentsGate = new();                                                // _fragments: the run thread writes, Dispose reads
    private int _fragmentsNavigation;

    /// <summary>The fragments the last full run registered (for tests).</summary>
    internal IReadOnlyCollection<string> FragmentIds => _fragments.Keys;

    /// <summary>Registers (or refreshes) a fragment written by a full run.</summary>
    internal FragmentEntry RegisterFragment(string id, Func<Ui, Task> body, TimeSpan? runEvery, Widgets.FormScope? form, BlockElement template)
    {
        FragmentEntry? entry;
        lock (_fragmentsGate)
        {
            if (!_fragments.TryGetValue(id, out entry))
            {
                _fragments[id] = entry = new FragmentEntry(id);
            }
        }

        entry.Body = body;
        entry.Form = form;
        entry.Template = template;
        entry.Schedule(runEvery, Options.FragmentTimers ? RequestFragmentRun : null);
        return entry;
    }

    /// <summary>Asks for a run of every fragment that has a timer, as if each timer fired (AppTest's clock).</summary>
    /// <returns>How many fragments were asked to run.</returns>
    internal int RequestTimedFragmentRuns()
    {
        List<string> timed;
        lock (_fragmentsGate)
        {
            timed = [.. _fragments.Values.Where(f => f.RunEvery is not null).Select(f => f.Id)];
        }

        lock (_gate)
        {
            _fragmentRequests.AddRange(timed.Where(id => !_fragmentRequests.Contains(id)));
        }

        return timed.Count;
    }

    /// <summary>Asks for a run of one fragment (its timer fired).</summary>
    internal void RequestFragmentRun(string fragmentId)
    {
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }

            if (!_fragmentRequests.Contains(fragmentId))
            {
                _fragmentRequests.Add(fragmentId);
            }
        }

        _ = ProcessAsync(cancelRunInFlight: false);
    }

    /// <summary>Forgets the fragments a completed full run did not write (their timers stop).</summary>
    private void DropFragmentsNotIn(PageRun run)
    {
        lock (_fragmentsGate)
        {
            foreach (var id in _fragments.Keys.Where(id => !run.Fragments.ContainsKey(id)).ToList())
            {
                _fragments.Remove(id, out var entry);
                entry!.Dispose();
            }
        }
    }

    private void DropAllFragments()
    {
        DisposeFragments();
        lock (_gate)
        {
            _fragmentRequests.Clear();
        }
    }

    private void DisposeFragments()
    {
        lock (_fragmentsGate)
        {
            foreach (var entry in _fragments.Values)
            {
                entry.Dispose();
            }

            _fragments.Clear();
        }
    }

    /// <summary>
    /// Decides what the next run is: a full run, or one fragment's run with the values for its widgets (the other values
    /// and requests go back to the queue).
    /// </summary>
    private FragmentEntry? PickFragment(ref PendingValue[] pending, List<string> requests)
    {
        string? target = null;
        foreach (var value in pending)
        {
            if (!Widgets.TryGet(value.WidgetId, out var widget) || widget.FragmentId is not { } fragmentId || !_fragments.ContainsKey(fragmentId))
            {
                return null; // a widget outside any fragment: the whole page runs
            }

            target ??= fragmentId;
        }

        target ??= requests.FirstOrDefault(_fragments.ContainsKey);
        if (target is null)
        {
            return null;
        }

        var mine = pending.Where(v => Widgets.TryGet(v.WidgetId, out var w) && w.FragmentId == target).ToArray();
        var others = pending.Where(v => !mine.Contains(v)).ToList();
        lock (_gate)
        {
            _pending.InsertRange(0, others);
            foreach (var request in requests.Where(r => r != target && _fragments.ContainsKey(r) && !_fragmentRequests.Contains(r)))
            {
                _fragmentRequests.Add(request);
            }
        }

        pending = mine;
        return _fragments[target];
    }

    /// <summary>One fragment run: apply its values → its callbacks → its body → splice its block into the tree.</summary>
    private async Task ExecuteFragmentAsync(PageRun run, FragmentEntry fragment, PendingValue[] pending)
    {
        CurrentRun = run;
        RunOfCaller.Value = run;
        var callbacks = ApplyPending(run, pending);

        var outcome = await RunCallbacksAsync(run, callbacks).ConfigureAwait(false);
        if (outcome is RunOutcome.Completed or RunOutcome.Stopped or RunOutcome.Failed && !run.StopRequested)
        {
            var ui = new Ui(this, UiTarget.Block, run.Main, fragment.Form, new FragmentScope(fragment.Id));
            outcome = await GuardAsync(run, () => fragment.Body(ui)).ConfigureAwait(false);
        }

        SettleFragment(run, fragment, outcome);
    }

    private void SettleFragment(PageRun run, FragmentEntry fragment, RunOutcome outcome)
    {
        lock (run.Gate)
        {
            run.Finished = true;
        }

        PageTree? tree = null;
        lock (_gate)
        {
            if (run.Navigation != _navigation)
            {
                outcome = RunOutcome.Superseded;
            }
            else if (outcome is RunOutcome.Completed or RunOutcome.Stopped or RunOutcome.Failed)
            {
                var block = run.BuildFragment(TreeSplice.Find(_base, fragment.Id));
                _base = tree = TreeSplice.Replace(_base, fragment.Id, block);
            }
        }

        switch (outcome)
        {
            case RunOutcome.Completed:
            case RunOutcome.Stopped:
            case RunOutcome.Failed:
                if (outcome == RunOutcome.Completed)
                {
                    Widgets.RemoveUnrendered(run.Number, fragment.Id);
                }

                Announce(run, tree!);
                break;
            case RunOutcome.Rerun:
                // ui.Rerun() inside a fragment reruns the whole page, as Streamlit's default scope does.
                Widgets.ResetTriggers();
                RequestRerunFromScript();
                break;
            case RunOutcome.Superseded:
                if (run.Navigation == Volatile.Read(ref _navigation))
                {
                    lock (_gate)
                    {
                        if (!_fragmentRequests.Contains(fragment.Id))
                        {
                            _fragmentRequests.Insert(0, fragment.Id); // its values are applied; its output is still owed
                        }
                    }
                }

                break;
        }
    }
}

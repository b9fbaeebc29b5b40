using DataApps.State;

namespace DataApps.Runtime;

internal sealed partial class AppSession
{
    // Note [Fragment runs]: a fragment is registered by each full run that writes it (its body closes over that run's
    // values). A value for a widget inside a fragment, or the fragment's timer, asks for a fragment run: the body runs
    // alone into a fresh block, which is spliced into the latest completed tree in place of the fragment's block; nothing
    // else runs or changes. Values for widgets outside any fragment make a full run, which runs every fragment too.
    // Each fragment is a lane (Note [Threading]): its runs go one at a time, in order, and a new value for one of its
    // widgets supersedes its run in flight; runs of different fragments go at the same time, each publishing its progress
    // and result over the latest tree. A full run waits until no fragment run is in flight and keeps them waiting.
    private readonly Dictionary<string, FragmentEntry> _fragments = new(StringComparer.Ordinal); // under _fragmentsGate; full runs write it
    private readonly List<string> _fragmentRequests = [];                                        // under _gate
    private readonly Dictionary<string, BlockElement> _fragmentProgress = new(StringComparer.Ordinal); // under _gate: the shown progress of fragment runs in flight
    private readonly Lock _fragmentsGate = new();
    private int _fragmentsNavigation;
    private bool _timersHeld; // under _fragmentsGate: a prerendered session waits for its circuit before fragments tick

    /// <summary>
    /// Keeps the fragments' <c>runEvery</c> timers from starting until <see cref="ReleaseTimers"/>: a prerendered session
    /// ticks nothing while nobody may ever look at it (Note [Prerender handoff]).
    /// </summary>
    internal void HoldTimers()
    {
        lock (_fragmentsGate)
        {
            _timersHeld = true;
        }
    }

    /// <summary>Starts the timers <see cref="HoldTimers"/> held back (a circuit has claimed the session).</summary>
    internal void ReleaseTimers()
    {
        lock (_fragmentsGate)
        {
            if (!_timersHeld)
            {
                return;
            }

            _timersHeld = false;
            foreach (var entry in _fragments.Values)
            {
                entry.Restart(Options.FragmentTimers ? RequestFragmentRun : null);
            }
        }
    }

    /// <summary>How many fragments of this session tick on a real timer now.</summary>
    internal int FragmentTimersRunning
    {
        get
        {
            lock (_fragmentsGate)
            {
                return _fragments.Values.Count(f => f.Ticking);
            }
        }
    }

    /// <summary>The fragments the last full run registered (for tests).</summary>
    internal IReadOnlyCollection<string> FragmentIds
    {
        get
        {
            lock (_fragmentsGate)
            {
                return [.. _fragments.Keys];
            }
        }
    }

    /// <summary>The registered fragment <paramref name="id"/>, or <c>null</c>.</summary>
    private FragmentEntry? TryGetFragment(string id)
    {
        lock (_fragmentsGate)
        {
            return _fragments.GetValueOrDefault(id);
        }
    }

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

            entry.Body = body;
            entry.Form = form;
            entry.Template = template;
            entry.Schedule(runEvery, Options.FragmentTimers && !_timersHeld ? RequestFragmentRun : null); // under the gate: ReleaseTimers sees every period
        }

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
            _wake.TrySetResult();
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

    /// <summary>One fragment run: apply its values → its callbacks → its body → splice its block into the tree.</summary>
    private async Task ExecuteFragmentAsync(PageRun run, FragmentEntry fragment, PendingValue[] pending)
    {
        RunOfCaller.Value = run;
        StartObserving(run);
        var callbacks = ApplyPending(run, pending);

        var outcome = await RunCallbacksAsync(run, callbacks).ConfigureAwait(false);
        if (outcome is RunOutcome.Completed or RunOutcome.Stopped or RunOutcome.Failed && !run.StopRequested && !run.TimedOut && run.Control is null)
        {
            var ui = new Ui(this, UiTarget.Block, run.Main, fragment.Form, new FragmentScope(fragment.Id));
            outcome = await GuardAsync(run, () => fragment.Body(ui)).ConfigureAwait(false);
        }

        ReportHeld(run, outcome);

        if (run.TrySettle())
        {
            NavigateIfAsked(run);
            SettleFragment(run, fragment, outcome);
            Observed(run, outcome);
        }
    }

    /// <summary>Asks for another run of the fragment after this one (<c>f.Rerun(RerunScope.Fragment)</c>).</summary>
    private void RequestFragmentRerunFromScript(PageRun run, FragmentEntry fragment)
    {
        lock (_gate)
        {
            if (run.Navigation == _navigation && !_fragmentRequests.Contains(fragment.Id))
            {
                _fragmentRequests.Insert(0, fragment.Id);
            }
        }
    }

    private void SettleFragment(PageRun run, FragmentEntry fragment, RunOutcome outcome)
    {
        if (outcome == RunOutcome.Rerun && !RerunAllowed(run))
        {
            outcome = RunOutcome.Failed;
        }

        lock (run.Gate)
        {
            run.Finished = true;
        }

        lock (_publishGate)
        {
            PageTree? tree = null;
            lock (run.Gate) // the lock order of Note [Threading]: the run's builders, then the session's gate
            {
                lock (_gate)
                {
                    _fragmentProgress.Remove(fragment.Id);
                    if (run.Navigation != _navigation)
                    {
                        outcome = RunOutcome.Superseded;
                    }
                    else if (outcome is RunOutcome.Completed or RunOutcome.Stopped or RunOutcome.Failed)
                    {
                        // Into the latest base, not the one the run started from: another fragment's result may have landed meanwhile.
                        var block = run.BuildFragment(TreeSplice.Find(_base, fragment.Id), final: true);
                        _base = TreeSplice.Replace(_base, fragment.Id, block);
                        tree = ShownTree();
                    }
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
                    // ui.Rerun() inside a fragment reruns the whole page, as Streamlit's default scope does; RerunScope.Fragment
                    // reruns only the fragment, at once.
                    ResetTriggersOf(run);
                    if (run.Control is RerunException { Scope: RerunScope.Fragment })
                    {
                        RequestFragmentRerunFromScript(run, fragment);
                    }
                    else
                    {
                        RequestRerunFromScript();
                    }

                    break;
                case RunOutcome.Superseded:
                    lock (_gate)
                    {
                        if (run.Navigation == _navigation && !_fragmentRequests.Contains(fragment.Id))
                        {
                            _fragmentRequests.Insert(0, fragment.Id); // its values are applied; its output is still owed
                        }
                    }

                    break;
            }
        }
    }
}

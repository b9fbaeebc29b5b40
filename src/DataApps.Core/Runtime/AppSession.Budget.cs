using Microsoft.Extensions.Logging;

namespace DataApps.Runtime;

// Note [Run budget]: every run has a time budget (SessionOptions.RunTimeout, a page's [Page(RunTimeoutSeconds = …)]). When
// it is exceeded the run's token (ui.CancellationToken) is cancelled, so cooperative code stops at its next ui call or
// await; the run then has AbandonGrace to return, and ends as failed with an error that names the budget. A run that does
// not return in time (code that blocks, loops or ignores the token) is abandoned: the session settles it without it (its
// output so far and the error are shown), takes it out of flight and goes on; its later ui calls throw and never reach the
// session's output. Stop and a superseding interaction (a click, a navigation) cancel a run too, and abandon it after the
// same grace. .NET cannot kill a thread: an abandoned run keeps its thread until its code returns. So a session starts no
// run of a page while an abandoned run of that page is still running (at most one abandoned lane per page and fragment):
// its queued work waits, the page says why, and the loop wakes when the abandoned run returns. Other pages run meanwhile.
internal sealed partial class AppSession
{
    private readonly Dictionary<string, int> _abandonedRunning = new(StringComparer.Ordinal); // under _gate: page id → abandoned runs still running
    private TimeSpan? _pageRunTimeout; // under _gate: the budget of the page shown, when it sets its own

    /// <summary>A budget that wins over the page's and the options' (AppTest's <c>RunTimeout</c>); <c>null</c> for none.</summary>
    internal TimeSpan? RunTimeoutOverride { get; set; }

    /// <summary>How many abandoned runs of this session are still running (their threads are lost until they return).</summary>
    internal int AbandonedRunning
    {
        get
        {
            lock (_gate)
            {
                return _abandonedRunning.Values.Sum();
            }
        }
    }

    /// <summary>The budget of a run starting now, or <c>null</c> for none; under <c>_gate</c>.</summary>
    private TimeSpan? BudgetOfNewRun() =>
        (RunTimeoutOverride ?? _pageRunTimeout ?? Options.RunTimeout) is var budget && budget > TimeSpan.Zero && budget != Timeout.InfiniteTimeSpan
            ? budget
            : null;

    /// <summary>Whether the page shown has an abandoned run still running; under <c>_gate</c>.</summary>
    private bool LaneShut() => _abandonedRunning.ContainsKey(PageId);

    /// <summary>Starts the grace of a run just cancelled; under <c>_gate</c>.</summary>
    private void ArmGrace(PageRun run)
    {
        if (!run.GraceArmed && !run.Finished)
        {
            run.GraceArmed = true;
            run.Watchdog?.Change(Options.AbandonGrace, Timeout.InfiniteTimeSpan);
        }
    }

    /// <summary>The watchdog fired: at the budget, cancel the run and start its grace; at the end of its grace, abandon it.</summary>
    private void OnWatchdog(Start start)
    {
        var run = start.Run;
        lock (_gate)
        {
            if (run.Finished || run.Watchdog is null)
            {
                return; // settled meanwhile
            }

            if (!run.GraceArmed)
            {
                run.TimedOut = true;
                _ = start.Cts.CancelAsync(); // Note [Threading] on CancelAsync
                ArmGrace(run);
                return;
            }
        }

        Abandon(start);
    }

    /// <summary>Settles a run that did not return within its grace, without it.</summary>
    private void Abandon(Start start)
    {
        var run = start.Run;
        if (!run.TrySettle())
        {
            return; // it settled on its own meanwhile
        }

        run.MarkAbandoned();
        var reason = run.TimedOut ? "timeout" : run.StopRequested ? "stop" : "superseded";
        bool disposed;
        lock (_gate)
        {
            disposed = _disposed;
            _abandonedRunning[run.PageId] = _abandonedRunning.GetValueOrDefault(run.PageId) + 1;
        }

        Telemetry.RunsAbandoned.Add(1, new("page", run.PageId), new("kind", run.Kind), new("reason", reason));
        Telemetry.AbandonedRunning.Add(1);
        Log.RunAbandoned(_logger, run.PageId, run.Kind, reason, Id, Options.AbandonGrace.TotalSeconds);

        var outcome = RunOutcome.Superseded;
        if (disposed)
        {
            lock (run.Gate)
            {
                run.Finished = true;
            }
        }
        else
        {
            if (run.TimedOut)
            {
                var error = new RunTimeoutException(TimeoutMessage(run.Budget));
                run.Error = error;
                AddToRun(run, new ErrorElement(error.Message));
                outcome = RunOutcome.Failed;
            }
            else if (run.StopRequested)
            {
                AddToRun(run, new WarningElement(
                    $"Stopped. The run did not stop within {Seconds(Options.AbandonGrace)} (its code does not return or observe " +
                    "ui.CancellationToken); it was abandoned and its output ends here."));
                outcome = RunOutcome.Stopped;
            }

            if (run.Fragment is { } fragment)
            {
                SettleFragment(run, fragment, outcome);
            }
            else
            {
                Settle(run, outcome);
            }
        }

        Observed(run, outcome, "abandoned");
        run.SignalAbandoned();
    }

    /// <summary>The code of an abandoned run has returned: its page may run again, and the work queued meanwhile runs.</summary>
    private void AbandonedReturned(Start start)
    {
        bool work;
        lock (_gate)
        {
            var left = _abandonedRunning.GetValueOrDefault(start.Run.PageId) - 1;
            if (left > 0)
            {
                _abandonedRunning[start.Run.PageId] = left;
            }
            else
            {
                _abandonedRunning.Remove(start.Run.PageId);
            }

            work = !_disposed && (_runRequested || _pending.Count > 0 || _fragmentRequests.Count > 0);
        }

        Telemetry.AbandonedRunning.Add(-1);
        Log.AbandonedRunReturned(_logger, start.Run.PageId, start.Run.Kind, Id);
        start.Cts.Dispose();
        if (work)
        {
            _ = ProcessAsync(cancelRunInFlight: false);
        }
    }

    /// <summary>Tells the user why the page does not run: its abandoned run has not returned yet.</summary>
    private void ShowWaitingForAbandoned()
    {
        lock (_publishGate)
        {
            PageTree tree;
            lock (_gate)
            {
                var note = new WarningElement(
                    "The last run of this page is still running: it did not stop in time (over its time budget, stopped or " +
                    "superseded) and was abandoned, as its code does not return or observe ui.CancellationToken. The page runs " +
                    "again, with what you changed, as soon as that code returns; other pages work meanwhile.");
                tree = _base with { Main = _base.Main with { Children = (Element[])[.. _base.Main.Children, note] } };
            }

            Publish(tree);
        }
    }

    /// <summary>The outcome of a run cancelled because it exceeded its budget: its error is shown.</summary>
    private RunOutcome OverBudget(PageRun run)
    {
        var error = new RunTimeoutException(TimeoutMessage(run.Budget));
        run.Error = error;
        Emit(run, run.Main, new ErrorElement(error.Message));
        return RunOutcome.Failed;
    }

    private static void AddToRun(PageRun run, Element element)
    {
        lock (run.Gate)
        {
            run.Main.Add(element);
            run.Dirty = true;
        }
    }

    internal static string TimeoutMessage(TimeSpan? budget) =>
        $"This run exceeded its time budget of {Seconds(budget ?? TimeSpan.Zero)} and was stopped. Make long work cooperative " +
        "(pass ui.CancellationToken to awaits), cache it with ui.Cache, or raise the budget: [Page(RunTimeoutSeconds = …)] on " +
        "the page, or RunTimeout in AddDataApps(o => o.RunTimeout = …) or the configuration key DataApps:RunTimeout.";

    private static string Seconds(TimeSpan span) =>
        span.TotalSeconds >= 1 ? $"{span.TotalSeconds:0.##} s" : $"{span.TotalMilliseconds:0} ms";

    private static partial class Log
    {
        [LoggerMessage(6, LogLevel.Warning, "Abandoned a {Kind} run of {PageId} ({Reason}): it did not return within {GraceSeconds} s of its cancellation; its thread is lost until its code returns. Session {SessionId}")]
        public static partial void RunAbandoned(ILogger logger, string pageId, string kind, string reason, string sessionId, double graceSeconds);

        [LoggerMessage(7, LogLevel.Information, "An abandoned {Kind} run of {PageId} returned; session {SessionId}")]
        public static partial void AbandonedRunReturned(ILogger logger, string pageId, string kind, string sessionId);
    }
}

/// <summary>Ends a run that exceeded its time budget.</summary>
internal sealed class RunTimeoutException(string message) : TimeoutException(message);

using Microsoft.Extensions.Logging;

namespace DataApps.Runtime;

// Note [Control flow]: ui.Stop(), ui.Rerun() and ui.SwitchPage(…) throw a ControlFlowException to unwind the page, but a
// page may catch it (a catch (Exception) around an HTTP call), which in Streamlit it cannot. So the exception is only the
// messenger: the request is recorded on the run first (PageRun.RequestControl; the first request wins), every later ui call
// of the run throws it again (Ui.Checkpoint), the run's token is cancelled so awaits that take ui.CancellationToken end, and
// whatever way the body ends (it returns, it throws the request, it throws something else) the session carries the request
// out: stop = the run ends as stopped, rerun = another run at once, switch = the other page. A request made in an onChange
// callback concerns only that callback: Stop ends it, Rerun does nothing but warn (Streamlit's rule), a switch skips the body
// and navigates. SessionOptions.MaxRerunsInARow bounds reruns that no interaction separates.
internal sealed partial class AppSession
{
    private int _rerunsInARow; // under _gate: reruns the page asked for since the last request from outside

    /// <summary>Cancels the token of a run that asked to stop, rerun or switch, so its awaits end (its callbacks are never cancelled).</summary>
    internal void CancelForControl(PageRun run)
    {
        lock (_gate)
        {
            if (_inFlight.Find(f => ReferenceEquals(f.Run, run)) is { } inFlight)
            {
                _ = inFlight.Cts.CancelAsync(); // as CancelAll: never the token's callbacks on this thread
            }
        }
    }

    /// <summary>The outcome of a body (or callback) that ended after asking to stop, rerun or switch, however it ended.</summary>
    /// <param name="run">The run, with its <see cref="PageRun.Control"/> set.</param>
    /// <param name="thrown">What the body threw, or <c>null</c> when it returned.</param>
    private RunOutcome Obeyed(PageRun run, Exception? thrown)
    {
        var control = run.Control!;
        if (thrown is not ControlFlowException)
        {
            // The page caught the request: it takes effect anyway, and what went wrong after it is not shown.
            Log.ControlCaught(_logger, thrown, control.Call, run.PageId);
        }

        return control is RerunException ? RunOutcome.Rerun : RunOutcome.Stopped;
    }

    /// <summary>Counts a rerun the page asked for; past the limit, refuses it with an error in the page (then the run ends as failed).</summary>
    private bool RerunAllowed(PageRun run)
    {
        int reruns;
        lock (_gate)
        {
            reruns = ++_rerunsInARow;
        }

        if (reruns <= SessionOptions.MaxRerunsInARow)
        {
            return true;
        }

        var call = run.Control?.Call ?? "ui.Rerun()";
        Log.TooManyReruns(_logger, run.PageId, call, SessionOptions.MaxRerunsInARow);
        lock (run.Gate)
        {
            run.Main.Add(new ErrorElement(
                $"The page called {call} {SessionOptions.MaxRerunsInARow} times in a row without any interaction in between, so this rerun " +
                "was not started. Call it only when something has changed (set a flag in ui.State first), and use " +
                "ui.Fragment(…, runEvery: …) to refresh on a timer."));
        }

        return false;
    }

    /// <summary>A request from outside the page (a value, a click, navigation, a timer) starts the count of reruns again; under <c>_gate</c>.</summary>
    private void ResetRerunsInARow() => _rerunsInARow = 0;

    /// <summary>Takes back what a callback asked for: it ends only that callback; a rerun warns, a switch is kept for after the callbacks.</summary>
    private NavigationRequest? AfterCallback(PageRun run)
    {
        switch (run.TakeControl())
        {
            case RerunException:
                Log.RerunInCallback(_logger, run.PageId);
                Emit(run, run.Main, new WarningElement(
                    "ui.Rerun() inside a callback does nothing: the page runs once its callbacks have run. Remove the call."));
                return null;
            case SwitchPageException switchPage:
                return switchPage.Request;
            default:
                return null;
        }
    }

    private static partial class Log
    {
        [LoggerMessage(20, LogLevel.Warning, "{Call} was caught by page {PageId} (a catch (Exception) or a bare catch around it); it took effect when the run ended. Let it pass: catch ControlFlowException first and rethrow it (DA0001)")]
        public static partial void ControlCaught(ILogger logger, Exception? exception, string call, string pageId);

        [LoggerMessage(21, LogLevel.Warning, "Page {PageId} called ui.Rerun() inside a callback, which does nothing: the page runs after its callbacks")]
        public static partial void RerunInCallback(ILogger logger, string pageId);

        [LoggerMessage(22, LogLevel.Warning, "Page {PageId} called {Call} {Limit} times in a row without an interaction; the rerun was refused")]
        public static partial void TooManyReruns(ILogger logger, string pageId, string call, int limit);
    }
}

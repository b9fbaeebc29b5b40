using DataApps.State;
using Microsoft.Extensions.Logging;

namespace DataApps.Runtime;

/// <summary>How a run ended; it decides what the session keeps.</summary>
internal enum RunOutcome
{
    /// <summary>The body returned: the tree is final, widgets not rendered are dropped, triggers reset.</summary>
    Completed,

    /// <summary>
    /// The body called <c>ui.Stop()</c>: the tree is final and triggers reset, but widgets the run did not reach keep
    /// their state (as Streamlit's <c>st.stop()</c>), so "fill this in first" does not reset the rest of the page.
    /// </summary>
    Stopped,

    /// <summary>The body threw: the error is shown, triggers reset, but no widget state is dropped.</summary>
    Failed,

    /// <summary>The body called <c>ui.Rerun()</c>: triggers reset and the page runs again at once.</summary>
    Rerun,

    /// <summary>A newer interaction cancelled the run: nothing is reset, the next run starts with all pending values.</summary>
    Superseded,
}

internal sealed partial class AppSession
{
    // The run whose page (or callback, or work it started) is the caller: it flows with async calls and Task.Run.
    private static readonly AsyncLocal<PageRun?> RunOfCaller = new();

    /// <summary>The run the calling code belongs to, or <c>null</c> outside any run.</summary>
    internal static PageRun? CallerRun => RunOfCaller.Value;

    /// <summary>
    /// One run, as a small state machine: apply pending values → run onChange callbacks → run the
    /// page body → settle the outcome (publish, drop unrendered widgets, reset triggers).
    /// </summary>
    private async Task ExecuteAsync(PageRun run, IDataPage page, PendingValue[] pending)
    {
        var ct = run.Token;
        RunOfCaller.Value = run; // undone when this method returns: the value is local to its async flow
        StartObserving(run);
        if (run.Navigation != _fragmentsNavigation)
        {
            DropAllFragments(); // a new page: the last page's fragments and their timers go
            _fragmentsNavigation = run.Navigation;
        }

        // 1. Apply pending values; collect the callbacks of widgets whose value changed.
        var callbacks = ApplyPending(run, pending);

        // 2. Callbacks run before the body, writing at the top of the page if they write at all.
        var outcome = await RunCallbacksAsync(run, callbacks).ConfigureAwait(false);

        // 3. The body, unless a callback switched to another page (Note [Control flow]).
        if (outcome is RunOutcome.Completed or RunOutcome.Stopped or RunOutcome.Failed && !run.StopRequested && !run.TimedOut && run.Control is null)
        {
            outcome = await GuardAsync(run, () => page.RunAsync(RootUi, ct)).ConfigureAwait(false);
        }

        ReportHeld(run, outcome); // callbacks' writes into containers the body did not make (Note [Containers across runs])

        // 4. Settle, unless the session has abandoned the run meanwhile (Note [Run budget]).
        if (run.TrySettle())
        {
            NavigateIfAsked(run);
            Settle(run, outcome);
            Observed(run, outcome);
        }
    }

    /// <summary>
    /// Runs the onChange callbacks of a run (page or fragment). A callback that throws shows its error; the other
    /// callbacks and the body still run. A new interaction does not interrupt them: the values they react to are
    /// already applied, so a callback cut short or skipped would never run again. The run is superseded after them.
    /// </summary>
    /// <returns>The outcome so far: stopped when one called ui.SwitchPage (the body is skipped), superseded when cancelled meanwhile.</returns>
    private async Task<RunOutcome> RunCallbacksAsync(PageRun run, List<Action> callbacks)
    {
        var outcome = RunOutcome.Completed;
        NavigationRequest? switchTo = null;
        run.InCallbacks = true;
        foreach (var callback in callbacks)
        {
            // ui.Stop() in a callback ends only that callback, ui.Rerun() too (with a warning); ui.SwitchPage skips the body.
            outcome = await GuardAsync(run, () => { callback(); return Task.CompletedTask; }).ConfigureAwait(false);
            switchTo = AfterCallback(run) ?? switchTo;
            outcome = outcome == RunOutcome.Rerun ? RunOutcome.Completed : outcome;
        }

        run.InCallbacks = false;
        if (switchTo is not null)
        {
            run.RequestControl(new SwitchPageException(switchTo));
            return RunOutcome.Stopped;
        }

        if (run.Token.IsCancellationRequested)
        {
            // Stop: no body, the output so far stays; over budget: the error too.
            return run.TimedOut && !run.Abandoned ? OverBudget(run) : run.StopRequested ? RunOutcome.Stopped : RunOutcome.Superseded;
        }

        return outcome;
    }

    private List<Action> ApplyPending(PageRun run, PendingValue[] pending)
    {
        // Each touched widget with the value the page saw last, in the order the widgets were first touched:
        // a callback runs when the value the page will see differs from it (a click always counts).
        var touched = new List<(WidgetState Widget, object? Seen, bool Clicked)>();
        foreach (var (id, wire, trigger) in pending)
        {
            if (!Widgets.TryGet(id, out var widget))
            {
                continue; // a widget of an earlier page or run; nothing to apply it to
            }

            if (widget.Spec.Disabled)
            {
                // The browser greys it out; a value for it can only come from a crafted message or a stale page.
                Log.DisabledWidgetValue(_logger, widget.Spec.Kind, widget.Spec.Label);
                continue;
            }

            if (trigger && !widget.Spec.IsTrigger)
            {
                Log.BadWidgetValue(_logger, widget.Spec.Kind, widget.Spec.Label, "a click for a widget that is not a button");
                continue;
            }

            object? value;
            try
            {
                value = trigger ? true : widget.Spec.FromWire(wire);
            }
            catch (Exception ex) when (ex is FormatException or InvalidCastException or OverflowException)
            {
                // Refused (Note [Refused values]): the widget keeps its value, and its next element differs so the browser shows it again.
                Log.BadWidgetValue(_logger, widget.Spec.Kind, widget.Spec.Label, ex.Message);
                widget.Refusals++;
                continue;
            }

            var at = touched.FindIndex(t => ReferenceEquals(t.Widget, widget));
            if (at < 0)
            {
                touched.Add((widget, widget.Value, trigger));
            }
            else if (trigger)
            {
                touched[at] = touched[at] with { Clicked = true };
            }

            widget.Value = value;
            if (trigger)
            {
                run.AppliedTriggers.Add(widget);
            }

            if (trigger && widget.Spec is Widgets.SubmitButtonSpec { Form: { ClearOnSubmit: true } form })
            {
                run.ClearForm(form.Id);
                _formClears.AddOrUpdate(form.Id, 1, (_, clears) => clears + 1);
            }
        }

        var callbacks = new List<Action>();
        foreach (var (widget, seen, clicked) in touched)
        {
            if ((clicked || !SameValue(seen, widget.Value)) && widget.Spec.OnChange is { } onChange && !callbacks.Contains(onChange))
            {
                callbacks.Add(onChange);
            }
        }

        return callbacks;
    }

    /// <summary>Value equality, and item by item for lists (a multi-select's value is a new array each time).</summary>
    private static bool SameValue(object? a, object? b) =>
        Equals(a, b) ||
        (a is System.Collections.IEnumerable left and not string && b is System.Collections.IEnumerable right and not string &&
         left.Cast<object?>().SequenceEqual(right.Cast<object?>()));

    private async Task<RunOutcome> GuardAsync(PageRun run, Func<Task> body)
    {
        try
        {
            await body().ConfigureAwait(false);
            return run.Control is null ? RunOutcome.Completed : Obeyed(run, null);
        }
        catch (Exception) when (run.Abandoned)
        {
            return RunOutcome.Superseded; // the session has settled it without it (Note [Run budget]): nothing of it is shown or logged
        }
        catch (Exception ex) when (run.Control is not null)
        {
            return Obeyed(run, ex); // Note [Control flow]: however the body ended after asking to stop, rerun or switch
        }
        catch (OperationCanceledException) when (run.Token.IsCancellationRequested)
        {
            return run.TimedOut ? OverBudget(run) : run.StopRequested ? RunOutcome.Stopped : RunOutcome.Superseded;
        }
        catch (Exception ex)
        {
            var correlationId = Guid.NewGuid().ToString("N")[..12];
            run.CorrelationId = correlationId;
            Log.PageFailed(_logger, ex, run.PageId, correlationId);
            run.Error = ex;
            Emit(run, run.Main, ExceptionElementFor(ex, correlationId));
            return RunOutcome.Failed;
        }
    }

    internal ExceptionElement ExceptionElementFor(Exception ex, string correlationId) => Options.ShowErrorDetails
        ? new ExceptionElement(ex.GetType().FullName ?? ex.GetType().Name, ex.Message, ex.ToString(), correlationId)
        : new ExceptionElement("Error", "Something went wrong while running this page.", null, correlationId);

    private void Settle(PageRun run, RunOutcome outcome)
    {
        if (outcome == RunOutcome.Rerun && !RerunAllowed(run))
        {
            outcome = RunOutcome.Failed;
        }

        lock (run.Gate)
        {
            run.Finished = true;
        }

        if (outcome == RunOutcome.Completed)
        {
            foreach (var (form, block) in run.FormsWithoutSubmit)
            {
                lock (run.Gate)
                {
                    block.Add(new ErrorElement($"The form \"{form.Key}\" has no submit button, so its values never reach the page: add form.SubmitButton(\"Submit\")."));
                }
            }
        }

        var tree = outcome is RunOutcome.Completed or RunOutcome.Stopped or RunOutcome.Failed ? run.Build(final: true) : null;
        lock (_publishGate)
        {
            lock (_gate)
            {
                // A run of a page the user has navigated away from (it ignored cancellation and returned) must
                // neither be shown nor become the base of the next page's runs.
                if (run.Navigation != _navigation)
                {
                    outcome = RunOutcome.Superseded;
                }
                else if (tree is not null)
                {
                    _base = tree;
                }
            }

            switch (outcome)
            {
                case RunOutcome.Completed:
                case RunOutcome.Stopped:
                case RunOutcome.Failed:
                    if (outcome == RunOutcome.Completed)
                    {
                        Widgets.RemoveUnrendered(run.Number);
                        DropFragmentsNotIn(run);
                    }

                    Announce(run, tree!);
                    break;
                case RunOutcome.Rerun:
                    Widgets.ResetTriggers();
                    RequestRerunFromScript();
                    break;
                case RunOutcome.Superseded:
                    RequestRerunFromScript(); // its output is lost: the next run must be a whole one, whatever the new values are
                    break;
            }
        }
    }

    /// <summary>
    /// Ends a completed, stopped or failed run (of the page or a fragment): its error, its triggers, its tree. Called under
    /// <c>_publishGate</c>, with the latest tree.
    /// </summary>
    private void Announce(PageRun run, PageTree tree)
    {
        LastException = run.Error;
        ResetTriggersOf(run);
        Interlocked.Increment(ref _completedRuns);
        Publish(tree, completedRun: true);
    }

    /// <summary>
    /// Sets back the triggers a run has seen. A full run runs alone, so all of them; a fragment run only those it rendered or
    /// applied, so a click another fragment's run has applied but not read yet is not lost.
    /// </summary>
    private void ResetTriggersOf(PageRun run)
    {
        if (run.Fragment is null)
        {
            Widgets.ResetTriggers();
        }
        else
        {
            Widgets.ResetTriggers(run.Number, run.AppliedTriggers);
        }
    }

    private readonly record struct PendingValue(string WidgetId, object? Value, bool IsTrigger);

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Error, "Page {PageId} failed; correlation id {CorrelationId}")]
        public static partial void PageFailed(ILogger logger, Exception exception, string pageId, string correlationId);

        [LoggerMessage(2, LogLevel.Warning, "Refused a value for {Kind} '{Label}': {Reason}")]
        public static partial void BadWidgetValue(ILogger logger, string kind, string label, string reason);

        [LoggerMessage(3, LogLevel.Error, "The run loop failed")]
        public static partial void RunLoopFailed(ILogger logger, Exception exception);

        [LoggerMessage(4, LogLevel.Warning, "Ignored a value for the disabled {Kind} '{Label}'")]
        public static partial void DisabledWidgetValue(ILogger logger, string kind, string label);
    }
}

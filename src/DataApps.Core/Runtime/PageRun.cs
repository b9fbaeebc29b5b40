using System.Diagnostics;

namespace DataApps.Runtime;

/// <summary>One execution of a page: its output builders, the widgets it has claimed and its cancellation.</summary>
/// <remarks>A fragment run (<see cref="Fragment"/> set) writes only the fragment's block: <see cref="Main"/> is that block.</remarks>
internal sealed class PageRun(int number, PageTree previous, CancellationToken token, FragmentEntry? fragment = null)
{
    private readonly HashSet<string> _widgetIds = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _shortcuts = new(StringComparer.Ordinal);

    public int Number { get; } = number;

    /// <summary>When the run started (<see cref="System.Diagnostics.Stopwatch.GetTimestamp"/>), for its duration.</summary>
    public long StartedAt { get; } = System.Diagnostics.Stopwatch.GetTimestamp();

    /// <summary>What runs, as telemetry tags it: <c>page</c>, or <c>fragment</c> for a fragment's own rerun.</summary>
    public string Kind => Fragment is null ? "page" : "fragment";

    /// <summary>The run's trace span, when something listens to DataApps traces.</summary>
    public System.Diagnostics.Activity? Activity { get; set; }

    /// <summary>Whether the run is a fragment's timer tick (no value from the user): its rerun event logs at a lower level.</summary>
    public bool Timed { get; init; }

    /// <summary>The id shown with the error of a failed run (and logged with it).</summary>
    public string? CorrelationId { get; set; }

    public CancellationToken Token { get; } = token;

    /// <summary>The navigation this run belongs to; a later navigation makes its output obsolete.</summary>
    public int Navigation { get; init; }

    /// <summary>The id of the page being run, part of every unkeyed widget's identity.</summary>
    public string PageId { get; init; } = "";

    /// <summary>The last completed tree, against which this run's output is merged and shared.</summary>
    public PageTree Previous { get; } = previous;

    public BlockBuilder Main { get; } = new(fragment is null ? new ContainerElement(false) : fragment.Template) { RunNumber = number, Root = "main" };

    /// <summary>The fragment this run reruns, or <c>null</c> for a run of the whole page.</summary>
    public FragmentEntry? Fragment { get; } = fragment;

    /// <summary>The fragments a full run wrote, by identity, with how often each identity was used (for automatic identities).</summary>
    public Dictionary<string, int> Fragments { get; } = new(StringComparer.Ordinal);

    public BlockBuilder Sidebar { get; } = new(new ContainerElement(false)) { RunNumber = number, Root = "sidebar" };

    /// <summary>What callbacks wrote into containers of the last run, by place, until the body makes them (Note [Containers across runs]).</summary>
    public List<(string Place, BlockBuilder Held)>? Held { get; set; }

    /// <summary>Guards the builders: the script thread writes them while the progress timer may snapshot them.</summary>
    public Lock Gate { get; } = new();

    public long LastPublished { get; set; } = Stopwatch.GetTimestamp();

    public bool Dirty { get; set; }

    public bool Finished { get; set; }

    /// <summary>Whether a snapshot of this run has been shown while it runs.</summary>
    public bool PublishedProgress { get; set; }

    /// <summary>Whether the progress timer is armed to flush this run's output.</summary>
    public bool FlushArmed { get; set; }

    /// <summary>Whether onChange callbacks are running; they are not interrupted by newer interactions.</summary>
    public bool InCallbacks { get; set; }

    /// <summary>Whether the user pressed Stop: the cancellation ends the run as stopped, keeping its output, not as superseded.</summary>
    public bool StopRequested { get; set; }

    /// <summary>
    /// The stop, rerun or page switch the run asked for (Note [Control flow]): the first wins, every later ui call of the run
    /// throws it again, and the session carries it out when the body returns, however it returns.
    /// </summary>
    public ControlFlowException? Control => Volatile.Read(ref _control);

    private ControlFlowException? _control;

    /// <summary>Records <paramref name="control"/> unless the run has asked for one already.</summary>
    /// <returns>The request the run keeps: <paramref name="control"/>, or the earlier one thrown again.</returns>
    public ControlFlowException RequestControl(ControlFlowException control) =>
        Interlocked.CompareExchange(ref _control, control, null) is { } earlier ? earlier.Again() : control;

    /// <summary>Takes the request back: one a callback made ends only that callback.</summary>
    /// <returns>The request, or <c>null</c>.</returns>
    public ControlFlowException? TakeControl() => Interlocked.Exchange(ref _control, null);

    /// <summary>The triggers (buttons, chat inputs) this run applied a click or message to; it resets them when it ends.</summary>
    public List<State.WidgetState> AppliedTriggers { get; } = [];

    /// <summary>The last exception a callback or the body threw in this run, shown in the page.</summary>
    public Exception? Error { get; set; }

    /// <summary>How long the run may take, or <c>null</c> for no budget (Note [Run budget]).</summary>
    public TimeSpan? Budget { get; init; }

    /// <summary>Fires at the budget, then once more when a cancelled run's grace is over; under the session's gate.</summary>
    public ITimer? Watchdog { get; set; }

    /// <summary>Whether the run has been cancelled and its grace is running; under the session's gate.</summary>
    public bool GraceArmed { get; set; }

    /// <summary>Whether the run exceeded its budget: its cancellation ends it as failed, with the budget's error.</summary>
    public bool TimedOut { get; set; }

    /// <summary>Whether the session stopped waiting for the run: it is settled without it and its later ui calls throw.</summary>
    public bool Abandoned { get; private set; }

    private int _settled;
    private readonly TaskCompletionSource _abandoned = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes when the session abandons the run.</summary>
    public Task WhenAbandoned => _abandoned.Task;

    /// <summary>Claims the right to settle the run: true once, for the run's own end or for its abandonment, whichever comes first.</summary>
    public bool TrySettle() => Interlocked.Exchange(ref _settled, 1) == 0;

    /// <summary>Marks the run abandoned (after <see cref="TrySettle"/>).</summary>
    public void MarkAbandoned() => Abandoned = true;

    /// <summary>Lets the run loop go on without the run.</summary>
    public void SignalAbandoned() => _abandoned.TrySetResult();

    private List<(Widgets.FormScope Form, BlockBuilder Block, bool Submit)>? _forms;
    private HashSet<string>? _clearing;

    /// <summary>Records a form this run wrote, to check that it got a submit button.</summary>
    public void AddForm(Widgets.FormScope form, BlockBuilder block) => (_forms ??= []).Add((form, block, false));

    /// <summary>Records that a form has its submit button.</summary>
    public void MarkSubmitted(string formId)
    {
        var at = _forms?.FindIndex(f => f.Form.Id == formId) ?? -1;
        if (at >= 0)
        {
            _forms![at] = _forms[at] with { Submit = true };
        }
    }

    /// <summary>The forms this run wrote without a submit button.</summary>
    public IEnumerable<(Widgets.FormScope Form, BlockBuilder Block)> FormsWithoutSubmit =>
        _forms?.Where(f => !f.Submit).Select(f => (f.Form, f.Block)) ?? [];

    /// <summary>Marks a clear-on-submit form submitted in this run: its widgets show their defaults.</summary>
    public void ClearForm(string formId) => (_clearing ??= new(StringComparer.Ordinal)).Add(formId);

    /// <summary>Whether this run was caused by a submit of the clear-on-submit form <paramref name="formId"/>.</summary>
    public bool ClearsForm(string formId) => _clearing?.Contains(formId) == true;

    /// <summary>Claims a widget identity for this run; false when another widget already has it.</summary>
    public bool TryClaimWidget(string id) => _widgetIds.Add(id);

    /// <summary>Claims a keyboard shortcut for <paramref name="owner"/>; returns the owner that has it already, or <c>null</c>.</summary>
    public string? ClaimShortcut(string shortcut, string owner) => _shortcuts.TryAdd(shortcut, owner) ? null : _shortcuts[shortcut];

    /// <summary>Builds a fragment run's block, sharing what did not change with the fragment's last block.</summary>
    /// <param name="previous">The fragment's block in the latest completed tree.</param>
    /// <param name="final">Whether the run has ended; a snapshot in flight keeps the last block's trailing children as stale.</param>
    public BlockElement BuildFragment(BlockElement? previous, bool final)
    {
        lock (Gate)
        {
            Dirty = false;
            return Main.Build(previous, final);
        }
    }

    public PageTree Build(bool final)
    {
        lock (Gate)
        {
            Dirty = false;
            var main = (ContainerElement)Main.Build(Previous.Main, final);
            var sidebar = (ContainerElement)Sidebar.Build(Previous.Sidebar, final);
            return ReferenceEquals(main, Previous.Main) && ReferenceEquals(sidebar, Previous.Sidebar)
                ? Previous
                : new PageTree(main, sidebar);
        }
    }
}

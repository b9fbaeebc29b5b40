using DataApps.Caching;
using DataApps.State;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace DataApps.Runtime;

/// <summary>
/// One user's session: it owns the state, the runner and the published tree. Browser events come
/// in through <see cref="IWidgetSink"/>; each one queues a value and requests a run.
/// </summary>
/// <remarks>
/// Note [Threading]: values from the browser are queued under <c>_gate</c> from any thread. One coordinator (the run loop,
/// <see cref="LoopAsync"/>) decides what runs, off the circuit's synchronization context, and starts each run on a thread of
/// its own. A run belongs to a lane: the page's lane (a full run) or one fragment's lane. A lane runs one run at a time, in
/// the order values arrived; different fragments' lanes run at the same time; a full run runs alone: the coordinator
/// cancels the fragment runs in flight and waits for them to settle before it starts it, and starts no fragment run while it
/// is in flight (it runs every fragment anyway). So a widget's value is applied by exactly one run, in order: the full run
/// for page widgets, its fragment's lane for a fragment's widgets. What runs share is safe for that: <see cref="Widgets"/>
/// and <see cref="State"/> lock inside; <c>_base</c> (the last completed tree) changes only under <c>_gate</c>, a fragment
/// run splicing its block into the latest base; every publish happens under <c>_publishGate</c> and shows the latest base
/// (with the progress of fragment runs in flight), so trees leave in the order they were made. The result leaves as an
/// immutable <see cref="PageTree"/> through <see cref="TreeChanged"/>, which the host marshals to its circuit.
/// Lock order: <c>_publishGate</c>, then a run's <c>Gate</c>, then <c>_gate</c>, then the stores' own locks.
/// </remarks>
internal sealed partial class AppSession : IWidgetSink, IDisposable
{
    private readonly Lock _gate = new();
    private readonly Lock _publishGate = new();
    private readonly Lock _runningGate = new();
    private readonly List<PendingValue> _pending = [];
    private readonly List<InFlight> _inFlight = [];                     // under _gate: a full run alone, or fragment runs of distinct fragments
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, int> _formClears = new(StringComparer.Ordinal);
    private readonly ILogger _logger;
    private TaskCompletionSource? _idle;   // non-null while the run loop is active
    private TaskCompletionSource _wake = NewSignal(); // the run loop waits on it while fragment runs are in flight
    private bool _runRequested;
    private IDataPage? _page;
    private PageTree _base = PageTree.Empty; // the last completed tree of the current page
    private Timer? _progressTimer;
    private int _runNumber;
    private int _completedRuns;
    private int _navigation;                  // counts NavigateAsync calls; a run of an earlier navigation is never shown
    private bool _disposed;

    /// <param name="options">How pages run.</param>
    /// <param name="logger">The session's log.</param>
    /// <param name="cache">The app's shared cache; <c>null</c> gives this session a cache of its own.</param>
    public AppSession(SessionOptions? options = null, ILogger? logger = null, DataCache? cache = null)
    {
        Options = options ?? new SessionOptions();
        _sharedCache = cache;
        _logger = logger ?? NullLogger.Instance;
        Widgets = new WidgetStore();
        State = new SessionState(Widgets);
        RootUi = new Ui(this, UiTarget.Main);
        SidebarUi = new Ui(this, UiTarget.Sidebar);
        Telemetry.ActiveSessions.Add(1);
    }

    public SessionOptions Options { get; }

    public WidgetStore Widgets { get; }

    public SessionState State { get; }

    public Ui RootUi { get; }

    public Ui SidebarUi { get; }

    /// <summary>The page's id, part of every unkeyed widget's identity.</summary>
    public string PageId { get; private set; } = "";

    /// <summary>The run started last (in flight or not); code outside any run's flow falls back on it.</summary>
    public PageRun? CurrentRun { get; private set; }

    /// <summary>The calling code's own run, or else the run started last.</summary>
    internal PageRun? RunOfCallerOrCurrent => CallerRun ?? CurrentRun;

    /// <summary>The latest published output.</summary>
    public PageTree Tree { get; private set; } = PageTree.Empty;

    /// <summary>How many runs (of the page or a fragment) have completed (not superseded).</summary>
    public int CompletedRuns => Volatile.Read(ref _completedRuns);

    /// <summary>The exception that ended the last completed run, if any.</summary>
    public Exception? LastException { get; private set; }

    /// <summary>Raised on a run's thread (or the progress timer) each time <see cref="Tree"/> changes, and after every completed run; never twice at once.</summary>
    public event Action<PageTree>? TreeChanged;

    /// <summary>Shows <paramref name="page"/> from now on and runs it.</summary>
    /// <param name="page">The page.</param>
    /// <param name="pageId">Its id (route).</param>
    /// <param name="runTimeout">The page's own run budget (Note [Run budget]), or <c>null</c> for the session's.</param>
    public Task NavigateAsync(IDataPage page, string pageId, TimeSpan? runTimeout = null)
    {
        ArgumentNullException.ThrowIfNull(page);
        lock (_publishGate)
        {
            lock (_gate)
            {
                _page = page;
                PageId = pageId;
                _pageRunTimeout = runTimeout;
                _base = PageTree.Empty;
                _navigation++;
                _fragmentRequests.Clear();
                _fragmentProgress.Clear();
            }

            Publish(PageTree.Empty);
        }

        return RequestRunAsync();
    }

    public void SetValue(string widgetId, object? value) => Enqueue(new PendingValue(widgetId, value, false));

    public void Trigger(string widgetId) => Enqueue(new PendingValue(widgetId, true, true));

    /// <summary>A form's values and its submit button's click, queued together so that one run sees them all.</summary>
    public void Submit(IReadOnlyCollection<KeyValuePair<string, object?>> values, string submitButtonId)
    {
        ArgumentNullException.ThrowIfNull(values);
        lock (_gate)
        {
            _pending.AddRange(values.Select(v => new PendingValue(v.Key, v.Value, false)));
            _pending.Add(new PendingValue(submitButtonId, true, true));
        }

        Telemetry.WidgetEvents.Add(1, new KeyValuePair<string, object?>("kind", "submit"));

        if (!Options.Inline)
        {
            _ = ProcessAsync(cancelRunInFlight: true);
        }
    }

    /// <summary>How many submits have cleared the form <paramref name="formId"/> (its renderer starts afresh when this grows).</summary>
    internal int FormClears(string formId) => _formClears.GetValueOrDefault(formId);

    /// <summary>Requests a run of the whole page; runs in flight are cancelled at their next <c>ui</c> call and it starts once they have settled.</summary>
    /// <returns>A task that completes when the session has no more runs to do.</returns>
    public Task RequestRunAsync()
    {
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            _runRequested = true;
        }

        return ProcessAsync(cancelRunInFlight: true);
    }

    /// <summary>Runs what the queued values ask for: the fragments their widgets are in, or else the whole page; with nothing queued, the whole page.</summary>
    /// <returns>A task that completes when the session has no more runs to do.</returns>
    public Task RunPendingAsync()
    {
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            _runRequested |= _pending.Count == 0 && _fragmentRequests.Count == 0;
        }

        return ProcessAsync(cancelRunInFlight: true);
    }

    /// <summary>Completes when the session has no more runs to do (at once when it has none now).</summary>
    internal Task WhenIdle
    {
        get
        {
            lock (_gate)
            {
                return _idle?.Task ?? Task.CompletedTask;
            }
        }
    }

    /// <summary>Starts the run loop when it is idle; otherwise wakes it up, first cancelling the runs the queued work supersedes.</summary>
    private Task ProcessAsync(bool cancelRunInFlight)
    {
        TaskCompletionSource? start = null;
        Task idle;
        lock (_gate)
        {
            if (_disposed)
            {
                return Task.CompletedTask;
            }

            ResetRerunsInARow(); // Note [Control flow]: a request from outside the page
            if (_idle is null)
            {
                _idle = start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            }
            else
            {
                if (cancelRunInFlight)
                {
                    CancelSuperseded();
                }

                _wake.TrySetResult();
            }

            idle = _idle.Task;
        }

        if (start is not null)
        {
            if (Options.Inline)
            {
                _ = LoopAsync();
            }
            else
            {
                _ = Task.Run(LoopAsync);
            }
        }

        return idle;
    }

    /// <summary>Whether a run is in flight (the shell shows a running indicator with a Stop button).</summary>
    public bool IsRunning { get; private set; }

    /// <summary>Raised when a run starts or the session has no more runs to do.</summary>
    public event Action<bool>? RunningChanged;

    /// <summary>
    /// Stops every run in flight at its next <c>ui</c> call, as the Stop button does: what they wrote stays and widgets they did
    /// not reach keep their values (like <c>ui.Stop()</c>); values queued meanwhile still run.
    /// </summary>
    public void StopRun()
    {
        lock (_gate)
        {
            foreach (var (run, cts) in _inFlight)
            {
                if (!run.Finished)
                {
                    run.StopRequested = true;
                    _ = cts.CancelAsync();
                    ArmGrace(run); // code that does not stop is abandoned after a grace (Note [Run budget])
                }
            }
        }
    }

    /// <summary>Raises <see cref="RunningChanged"/> when the loop's activity changed; the value is read again under the lock, so the last event tells the truth.</summary>
    private void UpdateRunning()
    {
        lock (_runningGate)
        {
            bool running;
            lock (_gate)
            {
                running = _idle is not null && (_inFlight.Count > 0 || IsRunning);
            }

            if (IsRunning != running)
            {
                IsRunning = running;
                RunningChanged?.Invoke(running);
            }
        }
    }

    /// <summary>Asks for a run of the whole page after the current runs (<c>ui.Rerun()</c>, a superseded full run).</summary>
    internal void RequestRerunFromScript()
    {
        lock (_gate)
        {
            _runRequested = true;
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            if (!_disposed)
            {
                Telemetry.ActiveSessions.Add(-1);
            }

            _disposed = true;
            CancelAll();
            _wake.TrySetResult();
        }

        _progressTimer?.Dispose();
        DisposeFragments();
        DisposeCache();
        DisposeFiles();
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Cancels every run in flight; called under <c>_gate</c>.</summary>
    /// <remarks>
    /// Not Cancel(): it runs the token's callbacks on this thread, and a callback may resume the page (a wait
    /// completed with inline continuations), which would then run, and start the next run, on the sender's
    /// thread (the circuit's) while it holds the gate. CancelAsync marks the token at once, so the page's next
    /// ui call still throws, and runs the callbacks on the thread pool.
    /// </remarks>
    private void CancelAll()
    {
        foreach (var (run, cts) in _inFlight)
        {
            _ = cts.CancelAsync();
            ArmGrace(run);
        }
    }

    /// <summary>
    /// Cancels the runs the queued work supersedes; called under <c>_gate</c>. A full run in flight is superseded by any
    /// value; a fragment run by a value for its fragment; every run by a value for a page widget or a request of a full run.
    /// </summary>
    private void CancelSuperseded()
    {
        if (_inFlight.Count == 0)
        {
            return;
        }

        if (_runRequested || _inFlight.Exists(f => f.Run.Fragment is null))
        {
            if (_runRequested || _pending.Count > 0)
            {
                CancelAll();
            }

            return;
        }

        foreach (var value in _pending)
        {
            if (FragmentOf(value) is not { } fragmentId)
            {
                CancelAll();
                return;
            }

            if (_inFlight.Find(f => f.Run.Fragment!.Id == fragmentId) is { Cts: { } cts } superseded)
            {
                _ = cts.CancelAsync();
                ArmGrace(superseded.Run);
            }
        }
    }

    private void Enqueue(PendingValue value)
    {
        lock (_gate)
        {
            _pending.Add(value);
        }

        Telemetry.WidgetEvents.Add(1, new KeyValuePair<string, object?>("kind", value.IsTrigger ? "trigger" : "value"));

        if (!Options.Inline)
        {
            _ = ProcessAsync(cancelRunInFlight: true);
        }
    }
}

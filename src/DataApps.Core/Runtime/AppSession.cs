using System.Diagnostics;
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
/// Note [Threading]: values from the browser are queued under <c>_gate</c> from any thread. The page
/// runs on one thread at a time (the run loop), off the circuit's synchronization context; it alone
/// touches <see cref="Widgets"/> and <see cref="State"/>. The result leaves as an immutable
/// <see cref="PageTree"/> through <see cref="TreeChanged"/>, which the host marshals to its circuit.
/// </remarks>
internal sealed partial class AppSession : IWidgetSink, IDisposable
{
    private readonly Lock _gate = new();
    private readonly List<PendingValue> _pending = [];
    private readonly Dictionary<string, int> _formClears = new(StringComparer.Ordinal); // run thread only
    private readonly ILogger _logger;
    private TaskCompletionSource? _idle;   // non-null while the run loop is active
    private CancellationTokenSource? _runCts;
    private bool _runRequested;
    private IDataPage? _page;
    private PageTree _base = PageTree.Empty; // the last completed tree of the current page
    private Timer? _progressTimer;
    private int _runNumber;
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
    }

    public SessionOptions Options { get; }

    public WidgetStore Widgets { get; }

    public SessionState State { get; }

    public Ui RootUi { get; }

    public Ui SidebarUi { get; }

    /// <summary>The page's id, part of every unkeyed widget's identity.</summary>
    public string PageId { get; private set; } = "";

    /// <summary>The run in flight, or the last one.</summary>
    public PageRun? CurrentRun { get; private set; }

    /// <summary>The latest published output.</summary>
    public PageTree Tree { get; private set; } = PageTree.Empty;

    /// <summary>How many runs have completed (not superseded).</summary>
    public int CompletedRuns { get; private set; }

    /// <summary>The exception that ended the last completed run, if any.</summary>
    public Exception? LastException { get; private set; }

    /// <summary>Raised on the run thread (or the progress timer) each time <see cref="Tree"/> changes, and after every completed run.</summary>
    public event Action<PageTree>? TreeChanged;

    /// <summary>Shows <paramref name="page"/> from now on and runs it.</summary>
    public Task NavigateAsync(IDataPage page, string pageId)
    {
        ArgumentNullException.ThrowIfNull(page);
        lock (_gate)
        {
            _page = page;
            PageId = pageId;
            _base = PageTree.Empty;
            _navigation++;
            _fragmentRequests.Clear();
        }

        Publish(PageTree.Empty);
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

        if (!Options.Inline)
        {
            _ = ProcessAsync(cancelRunInFlight: true);
        }
    }

    /// <summary>How many submits have cleared the form <paramref name="formId"/> (its renderer starts afresh when this grows).</summary>
    internal int FormClears(string formId) => _formClears.GetValueOrDefault(formId);

    /// <summary>Requests a run of the whole page; a run in flight is cancelled at its next <c>ui</c> call and started again.</summary>
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

    /// <summary>Runs what the queued values ask for: the fragment their widgets are in, or else the whole page; with nothing queued, the whole page.</summary>
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

    /// <summary>Starts the run loop when it is idle; otherwise the loop picks the new work up after (or instead of) the run in flight.</summary>
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

            if (_idle is null)
            {
                _idle = start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            }
            else if (cancelRunInFlight)
            {
                CancelRun();
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
    /// Stops the run in flight at its next <c>ui</c> call, as the Stop button does: what it wrote stays and widgets it did
    /// not reach keep their values (like <c>ui.Stop()</c>); values queued meanwhile still run.
    /// </summary>
    public void StopRun()
    {
        lock (_gate)
        {
            if (CurrentRun is { Finished: false } run && _runCts is not null)
            {
                run.StopRequested = true;
                CancelRun();
            }
        }
    }

    private void SetRunning(bool running)
    {
        if (IsRunning != running)
        {
            IsRunning = running;
            RunningChanged?.Invoke(running);
        }
    }

    /// <summary>Asks for another run after the current one (<c>ui.Rerun()</c>).</summary>
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
            _disposed = true;
            CancelRun();
        }

        _progressTimer?.Dispose();
        DisposeFragments();
        DisposeCache();
        DisposeFiles();
    }

    /// <summary>Cancels the run in flight; called under <c>_gate</c>.</summary>
    /// <remarks>
    /// Not Cancel(): it runs the token's callbacks on this thread, and a callback may resume the page (a wait
    /// completed with inline continuations), which would then run, and start the next run, on the sender's
    /// thread (the circuit's) while it holds the gate. CancelAsync marks the token at once, so the page's next
    /// ui call still throws, and runs the callbacks on the thread pool.
    /// </remarks>
    private void CancelRun() => _ = _runCts?.CancelAsync();

    private void Enqueue(PendingValue value)
    {
        lock (_gate)
        {
            _pending.Add(value);
        }

        if (!Options.Inline)
        {
            _ = ProcessAsync(cancelRunInFlight: true);
        }
    }

    private async Task LoopAsync()
    {
        while (true)
        {
            IDataPage? page;
            PendingValue[] pending;
            List<string> requests;
            bool full;
            CancellationTokenSource cts;
            int number, navigation;
            PageTree previous;
            lock (_gate)
            {
                if ((!_runRequested && _pending.Count == 0 && _fragmentRequests.Count == 0) || _disposed || _page is null)
                {
                    SetRunning(false);
                    var idle = _idle!;
                    _idle = null;
                    _runCts = null;
                    idle.SetResult();
                    return;
                }

                full = _runRequested;
                _runRequested = false;
                pending = [.. _pending];
                _pending.Clear();
                requests = [.. _fragmentRequests];
                _fragmentRequests.Clear();
                _runCts = cts = new CancellationTokenSource();
                page = _page;
                number = ++_runNumber;
                navigation = _navigation;
                previous = _base;
            }

            SetRunning(true);
            try
            {
                var fragment = full ? null : PickFragment(ref pending, requests);
                if (fragment is null && !full && pending.Length == 0)
                {
                    continue; // only requests of fragments that are gone
                }

                var run = new PageRun(number, previous, cts.Token, fragment) { Navigation = navigation, PageId = PageId };
                await (fragment is null ? ExecuteAsync(run, page, pending) : ExecuteFragmentAsync(run, fragment, pending)).ConfigureAwait(false);
            }
            catch (Exception ex)
            {
                Log.RunLoopFailed(_logger, ex);
            }
            finally
            {
                // Forget the source under the gate before disposing it: a value arriving now must not cancel a disposed source.
                lock (_gate)
                {
                    _runCts = null;
                }

                cts.Dispose();
            }
        }
    }
}

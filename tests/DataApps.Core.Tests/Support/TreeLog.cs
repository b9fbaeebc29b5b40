using DataApps.Runtime;

namespace DataApps.Core.Tests.Support;

/// <summary>Records every tree a session publishes and lets a test wait for a condition on the session.</summary>
internal sealed class TreeLog : IDisposable
{
    private readonly AppSession _session;
    private readonly Lock _lock = new();
    private readonly List<PageTree> _trees = [];
    private readonly SemaphoreSlim _changed = new(0);

    public TreeLog(AppSession session)
    {
        _session = session;
        _session.TreeChanged += OnTreeChanged;
        _session.RunningChanged += OnRunningChanged; // a condition on IsRunning may turn true after the last tree
    }

    public IReadOnlyList<PageTree> Trees
    {
        get
        {
            lock (_lock)
            {
                return [.. _trees];
            }
        }
    }

    /// <summary>Waits until <paramref name="condition"/> holds; it is checked after each published tree and each change of <see cref="AppSession.IsRunning"/>.</summary>
    public async Task UntilAsync(Func<bool> condition, string what)
    {
        while (!condition())
        {
            await Wait.ForAsync(_changed, what);
        }
    }

    /// <summary>Waits until the session has completed <paramref name="runs"/> runs.</summary>
    public Task UntilCompletedAsync(int runs) =>
        UntilAsync(() => _session.CompletedRuns >= runs, $"{runs} completed runs (have {_session.CompletedRuns})");

    /// <summary>Waits until a published tree satisfies <paramref name="condition"/> and returns it.</summary>
    public async Task<PageTree> UntilTreeAsync(Func<PageTree, bool> condition, string what)
    {
        PageTree? found = null;
        await UntilAsync(() => (found = Trees.LastOrDefault(condition)) is not null, what);
        return found!;
    }

    public void Dispose()
    {
        _session.TreeChanged -= OnTreeChanged;
        _session.RunningChanged -= OnRunningChanged;
        _changed.Dispose();
    }

    private void OnTreeChanged(PageTree tree)
    {
        lock (_lock)
        {
            _trees.Add(tree);
        }

        _changed.Release();
    }

    private void OnRunningChanged(bool running) => _changed.Release();
}

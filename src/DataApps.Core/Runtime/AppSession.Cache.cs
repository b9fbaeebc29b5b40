using DataApps.Caching;

namespace DataApps.Runtime;

internal sealed partial class AppSession
{
    private readonly DataCache? _sharedCache;
    private readonly Lock _cacheGate = new();
    private DataCache? _ownCache;
    private SessionCache? _cache;

    /// <summary>This session's view of the app's cache, opened on first use.</summary>
    public SessionCache Cache
    {
        get
        {
            if (Volatile.Read(ref _cache) is { } cache)
            {
                return cache;
            }

            lock (_cacheGate)
            {
                ObjectDisposedException.ThrowIf(_disposed, this);
                return _cache ??= (_sharedCache ?? (_ownCache = new DataCache())).OpenSession();
            }
        }
    }

    /// <summary>Takes back an element written earlier in this run (a spinner) and publishes the change like an emit.</summary>
    internal void Retract(PageRun run, BlockBuilder block, Element element)
    {
        lock (run.Gate)
        {
            if (!block.Remove(element))
            {
                return;
            }

            run.Dirty = true;
        }

        AfterEmit(run);
    }

    /// <summary>Changes the header of a block written earlier in this run (a status box's label and state).</summary>
    internal void ReplaceTemplate(PageRun run, BlockBuilder block, BlockElement template)
    {
        lock (run.Gate)
        {
            block.Template = template;
            run.Dirty = true;
        }

        AfterEmit(run);
    }

    /// <summary>Drops the session's scope (its session-scoped entries) and a cache of its own.</summary>
    private void DisposeCache()
    {
        lock (_cacheGate)
        {
            _cache?.Dispose();
            _ownCache?.Dispose();
        }
    }
}

using System.Diagnostics;

namespace DataApps.Runtime;

// A run's output: elements written into its blocks, progress snapshots while it runs, and the trees the host is given.
internal sealed partial class AppSession
{
    /// <summary>Adds an element to a block of the run and publishes progress when a frame has passed.</summary>
    internal void Emit(PageRun run, BlockBuilder block, Element element)
    {
        lock (run.Gate)
        {
            block.Add(element);
            run.Dirty = true;
        }

        AfterEmit(run);
    }

    internal BlockBuilder EmitBlock(PageRun run, BlockBuilder block, BlockElement template, bool replaceOnWrite = false)
    {
        BlockBuilder child;
        lock (run.Gate)
        {
            child = block.AddBlock(template, replaceOnWrite, detached: run.InCallbacks);
            AdoptHeld(run, child); // what a callback wrote for it (Note [Containers across runs])
            run.Dirty = true;
        }

        AfterEmit(run);
        return child;
    }

    /// <summary>How long a run may take before its output is first shown while it runs.</summary>
    internal static readonly TimeSpan FirstProgressDelay = TimeSpan.FromMilliseconds(100);

    private void AfterEmit(PageRun run)
    {
        var interval = Options.ProgressInterval;
        if (interval <= TimeSpan.Zero)
        {
            return;
        }

        // The first snapshot of a run waits longer: a run that ends within it is shown once, final,
        // instead of dimming every element not reached yet and undimming it a moment later.
        if (!run.PublishedProgress && interval < FirstProgressDelay)
        {
            interval = FirstProgressDelay;
        }

        var elapsed = Stopwatch.GetElapsedTime(run.LastPublished);
        if (elapsed >= interval)
        {
            PublishProgress(run);
        }
        else
        {
            // Output written just before a long computation must still show: flush it after a frame.
            // Arm once per frame; re-arming on every emit would cost more than the emit itself.
            if (!run.FlushArmed)
            {
                run.FlushArmed = true;
                ProgressTimer().Change(interval - elapsed, Timeout.InfiniteTimeSpan);
            }
        }
    }

    /// <summary>The timer that flushes the output of runs in flight (one for the session, made on first use by whichever run needs it).</summary>
    private Timer ProgressTimer()
    {
        if (Volatile.Read(ref _progressTimer) is { } timer)
        {
            return timer;
        }

        var made = new Timer(static s => ((AppSession)s!).OnProgressTimer(), this, Timeout.Infinite, Timeout.Infinite);
        var existing = Interlocked.CompareExchange(ref _progressTimer, made, null);
        if (existing is not null)
        {
            made.Dispose();
            return existing;
        }

        return made;
    }

    private void OnProgressTimer()
    {
        List<PageRun> runs;
        lock (_gate)
        {
            runs = [.. _inFlight.Select(f => f.Run)];
        }

        foreach (var run in runs.Where(r => r.FlushArmed))
        {
            run.FlushArmed = false;
            PublishProgress(run);
        }
    }

    private void PublishProgress(PageRun run)
    {
        lock (_publishGate)
        {
            PageTree tree;
            lock (run.Gate)
            {
                if (run.Finished || !run.Dirty || run.Token.IsCancellationRequested || run.Navigation != Volatile.Read(ref _navigation))
                {
                    return;
                }

                run.LastPublished = Stopwatch.GetTimestamp();
                run.PublishedProgress = true;
                if (run.Fragment is not { } fragment)
                {
                    tree = run.Build(final: false);
                }
                else
                {
                    lock (_gate)
                    {
                        // The fragment's block as far as it got, over the latest base: other fragments' results stay in view.
                        _fragmentProgress[fragment.Id] = run.BuildFragment(TreeSplice.Find(_base, fragment.Id), final: false);
                        tree = ShownTree();
                    }
                }
            }

            Publish(tree);
        }
    }

    /// <summary>The latest base with the progress of the fragment runs in flight spliced in; under <c>_gate</c>.</summary>
    private PageTree ShownTree()
    {
        var tree = _base;
        foreach (var (id, block) in _fragmentProgress)
        {
            tree = TreeSplice.Replace(tree, id, block);
        }

        return tree;
    }

    /// <summary>
    /// Hands a tree to the host; a completed run is always announced, even with unchanged output, so the page can count runs.
    /// Called under <c>_publishGate</c>, so trees leave one at a time and in the order they were made.
    /// </summary>
    private void Publish(PageTree tree, bool completedRun = false)
    {
        if (!completedRun && ReferenceEquals(tree, Tree))
        {
            return;
        }

        Tree = tree;
        TreeChanged?.Invoke(tree);
    }
}

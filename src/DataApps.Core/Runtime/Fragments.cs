namespace DataApps.Runtime;

/// <summary>The fragment a <see cref="Ui"/> writes into.</summary>
/// <param name="Id">The fragment's identity.</param>
internal sealed record FragmentScope(string Id);

/// <summary>A fragment the last full run registered: its body (with what it captured then) and its timer.</summary>
internal sealed class FragmentEntry(string id) : IDisposable
{
    public string Id { get; } = id;

    /// <summary>The block a rerun of the fragment writes into (a <see cref="FragmentElement"/> or a <see cref="DialogElement"/>).</summary>
    public BlockElement Template { get; set; } = new FragmentElement(id, null);

    public Func<Ui, Task> Body { get; set; } = _ => Task.CompletedTask;

    public TimeSpan? RunEvery { get; private set; }

    /// <summary>The form the fragment was written into, so its widgets stay in that form.</summary>
    public Widgets.FormScope? Form { get; set; }

    private Timer? _timer;

    /// <summary>Starts, changes or stops the timer that reruns the fragment.</summary>
    /// <param name="every">The period, or <c>null</c> for none.</param>
    /// <param name="tick">Asks for a run of the fragment; <c>null</c> keeps the period without a real timer.</param>
    public void Schedule(TimeSpan? every, Action<string>? tick)
    {
        if (every == RunEvery)
        {
            return;
        }

        RunEvery = every;
        _timer?.Dispose();
        _timer = every is { } period && tick is not null ? new Timer(_ => tick(Id), null, period, period) : null;
    }

    /// <summary>Whether a real timer reruns the fragment.</summary>
    public bool Ticking => _timer is not null;

    /// <summary>Starts the timer anew for the period already set (held timers of a prerendered session).</summary>
    /// <param name="tick">Asks for a run of the fragment; <c>null</c> keeps the period without a real timer.</param>
    public void Restart(Action<string>? tick)
    {
        _timer?.Dispose();
        _timer = RunEvery is { } period && tick is not null ? new Timer(_ => tick(Id), null, period, period) : null;
    }

    public void Dispose() => _timer?.Dispose();
}

/// <summary>Finds a block in an immutable tree and returns the tree with it replaced, sharing every other subtree.</summary>
internal static class TreeSplice
{
    public static PageTree Replace(PageTree tree, string fragmentId, BlockElement replacement)
    {
        if (Replace(tree.Main, fragmentId, replacement) is ContainerElement main)
        {
            return tree with { Main = main };
        }

        return Replace(tree.Sidebar, fragmentId, replacement) is ContainerElement sidebar ? tree with { Sidebar = sidebar } : tree;
    }

    /// <summary>The fragment's block in <paramref name="tree"/>, or <c>null</c>.</summary>
    public static BlockElement? Find(PageTree tree, string fragmentId) =>
        Find(tree.Main, fragmentId) ?? Find(tree.Sidebar, fragmentId);

    /// <summary>The fragment identity of a block that reruns on its own, or <c>null</c>.</summary>
    public static string? FragmentIdOf(Element element) => element switch
    {
        FragmentElement fragment => fragment.FragmentId,
        DialogElement dialog => dialog.FragmentId,
        _ => null,
    };

    private static BlockElement? Find(BlockElement block, string fragmentId)
    {
        foreach (var child in block.Children)
        {
            if (child is BlockElement fragment && FragmentIdOf(child) == fragmentId)
            {
                return fragment;
            }

            if (child is BlockElement inner && Find(inner, fragmentId) is { } found)
            {
                return found;
            }
        }

        return null;
    }

    private static BlockElement? Replace(BlockElement block, string fragmentId, BlockElement replacement)
    {
        var children = block.Children.AsSpan();
        for (var i = 0; i < children.Length; i++)
        {
            var updated = children[i] switch
            {
                BlockElement when FragmentIdOf(children[i]) == fragmentId => replacement,
                BlockElement inner => Replace(inner, fragmentId, replacement),
                _ => null,
            };
            if (updated is not null)
            {
                var copy = children.ToArray();
                copy[i] = updated;
                return block with { Children = copy };
            }
        }

        return null;
    }
}

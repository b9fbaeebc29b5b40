namespace DataApps.Runtime;

/// <summary>
/// The mutable output of one container during a run. <see cref="Build"/> turns it into an
/// immutable <see cref="BlockElement"/>, sharing every unchanged subtree with the previous tree.
/// </summary>
/// <remarks>
/// Note [Structural sharing]: renderers skip work when their element is the same instance or equal
/// to the last one. Reusing the previous instance of every unchanged child and block makes that
/// check a reference comparison in the common case, so a one-value change re-renders one path.
/// </remarks>
/// <remarks>
/// Note [Containers across runs]: a <see cref="Ui"/> keeps the builder of the run that made it. A callback runs in the next
/// run, before its body, so a container it captured belongs to the last run: its writes are held (<see cref="Detached"/>
/// builders) and land in the container the body makes at the same place — found by <see cref="Place"/>: the root, then the
/// ordinal among the blocks the body made in each parent, and the block's type. Blocks made in callbacks are detached: they
/// take no ordinal, so a callback that writes never shifts the places of the body's containers.
/// </remarks>
internal sealed class BlockBuilder(BlockElement template, bool replaceOnWrite = false)
{
    private readonly List<object> _slots = []; // Element or BlockBuilder, in document order
    private int _blocks; // blocks made here with a place (not in callbacks), for their ordinals

    /// <summary>The number of the run that made the builder.</summary>
    public int RunNumber { get; init; }

    /// <summary>The name of a run's root (<c>main</c>, <c>sidebar</c>); <c>null</c> for a block inside another.</summary>
    public string? Root { get; init; }

    /// <summary>Whether the builder has no place another run can find: held output of a callback, or a block a callback made.</summary>
    public bool Detached { get; init; }

    /// <summary>The block this one was made in.</summary>
    public BlockBuilder? Parent { get; private init; }

    /// <summary>Which of its parent's blocks this is (counting those made outside callbacks).</summary>
    public int Ordinal { get; private init; }

    /// <summary>
    /// Where the block is, the same in every run that makes it at the same place: <c>main/0:ContainerElement/2:ExpanderElement</c>,
    /// <c>fragment:{id}</c> for a fragment (wherever the fragment is); <c>null</c> when detached.
    /// </summary>
    public string? Place => Detached ? null
        : FragmentIdOf(template) is { } id ? "fragment:" + id
        : Root ?? (Parent?.Place is { } parent ? $"{parent}/{Ordinal}:{template.GetType().Name}" : null);

    /// <summary>The fragment a fragment's (or dialog's) block belongs to.</summary>
    public static string? FragmentIdOf(BlockElement block) => block switch
    {
        FragmentElement f => f.FragmentId,
        DialogElement d => d.FragmentId,
        _ => null,
    };

    /// <summary>The block's own fields; its children come from the builder. A status box changes it while the run goes on.</summary>
    public BlockElement Template
    {
        get => template;
        set => template = value.GetType() == template.GetType() ? value : throw new InvalidOperationException("A block keeps its type.");
    }

    public int Count => _slots.Count;

    /// <summary>Whether each write replaces what the block shows (<c>ui.Empty()</c>).</summary>
    public bool ReplacesOnWrite => replaceOnWrite;

    public void Add(Element element)
    {
        if (replaceOnWrite)
        {
            _slots.Clear();
        }

        _slots.Add(element);
    }

    /// <summary>Takes back an element this run added (a spinner whose work is done); equal elements elsewhere stay.</summary>
    public bool Remove(Element element)
    {
        var at = _slots.FindIndex(slot => ReferenceEquals(slot, element));
        if (at >= 0)
        {
            _slots.RemoveAt(at);
        }

        return at >= 0;
    }

    /// <summary>Inserts an element at <paramref name="index"/> (an error about a callback's output, at the top of the page).</summary>
    public void Insert(int index, Element element) => _slots.Insert(Math.Min(index, _slots.Count), element);

    /// <param name="blockTemplate">The block's own fields.</param>
    /// <param name="blockReplacesOnWrite">Whether each write replaces what the block shows.</param>
    /// <param name="detached">Whether the block takes no place (made in a callback, Note [Containers across runs]).</param>
    public BlockBuilder AddBlock(BlockElement blockTemplate, bool blockReplacesOnWrite = false, bool detached = false)
    {
        var block = new BlockBuilder(blockTemplate, blockReplacesOnWrite)
        {
            RunNumber = RunNumber,
            Parent = this,
            Ordinal = detached ? -1 : _blocks++,
            Detached = detached || Detached,
        };
        if (replaceOnWrite)
        {
            _slots.Clear();
        }

        _slots.Add(block);
        return block;
    }

    /// <summary>The block made here as the <paramref name="ordinal"/>th with a place, if it is of <paramref name="type"/>.</summary>
    public BlockBuilder? BlockAt(int ordinal, Type type)
    {
        foreach (var slot in _slots)
        {
            if (slot is BlockBuilder { Detached: false } block && block.Ordinal == ordinal)
            {
                return block.Template.GetType() == type ? block : null;
            }
        }

        return null;
    }

    /// <summary>The block of fragment <paramref name="fragmentId"/> somewhere below this one.</summary>
    public BlockBuilder? FindFragment(string fragmentId)
    {
        foreach (var slot in _slots)
        {
            if (slot is BlockBuilder block && (FragmentIdOf(block.Template) == fragmentId ? block : block.FindFragment(fragmentId)) is { } found)
            {
                return found;
            }
        }

        return null;
    }

    /// <summary>Puts what a callback wrote for this block (held in <paramref name="held"/>) before what the body writes.</summary>
    public void Adopt(BlockBuilder held) => _slots.InsertRange(0, held._slots);

    /// <summary>Builds the immutable block.</summary>
    /// <param name="previous">The same block in the previous completed tree, if any.</param>
    /// <param name="final">Whether the run has completed; an unfinished run keeps the previous run's trailing children as stale.</param>
    public BlockElement Build(BlockElement? previous, bool final)
    {
        var old = previous is null ? default : previous.Children.AsSpan();
        var fresh = _slots.Count;
        var staleCandidates = final ? 0 : Math.Max(0, old.Length - fresh);
        var children = new Element[fresh + staleCandidates];

        for (var i = 0; i < fresh; i++)
        {
            var before = i < old.Length ? old[i] : null;
            children[i] = _slots[i] switch
            {
                BlockBuilder block => block.Build(before?.GetType() == block.Template.GetType() ? (BlockElement)before : null, final),
                Element element when before is not null && before.Equals(element) => before,
                Element element => element,
                _ => throw new InvalidOperationException("Unknown slot."),
            };
        }

        var count = fresh;
        if (staleCandidates > 0)
        {
            HashSet<string>? freshWidgets = null;
            for (var i = fresh; i < old.Length; i++)
            {
                if (old[i] is WidgetElement widget)
                {
                    // A widget that moved up is already among the fresh children; keys must stay unique.
                    freshWidgets ??= FreshWidgetIds(children.AsSpan(0, fresh));
                    if (freshWidgets.Contains(widget.WidgetId))
                    {
                        continue;
                    }
                }

                children[count++] = old[i];
            }
        }

        if (count < children.Length)
        {
            Array.Resize(ref children, count);
        }

        var built = template with { Children = children, StaleCount = count - fresh };
        return previous is not null && built.Equals(previous) ? previous : built;
    }

    private static HashSet<string> FreshWidgetIds(ReadOnlySpan<Element> children)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var child in children)
        {
            if (child is WidgetElement widget)
            {
                ids.Add(widget.WidgetId);
            }
        }

        return ids;
    }
}

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
internal sealed class BlockBuilder(BlockElement template, bool replaceOnWrite = false)
{
    private readonly List<object> _slots = []; // Element or BlockBuilder, in document order

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

    public BlockBuilder AddBlock(BlockElement blockTemplate, bool blockReplacesOnWrite = false)
    {
        var block = new BlockBuilder(blockTemplate, blockReplacesOnWrite);
        if (replaceOnWrite)
        {
            _slots.Clear();
        }

        _slots.Add(block);
        return block;
    }

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

namespace DataApps.Widgets;

/// <summary>The options of a choice widget, with their labels: what every widget of the Choices family shares.</summary>
internal sealed class Choices<T>
{
    private readonly Func<T, string>? _format;

    public Choices(IEnumerable<T> options, Func<T, string>? format)
    {
        ArgumentNullException.ThrowIfNull(options);
        _format = format;
        Items = options as T[] ?? [.. options];
        var labels = new string[Items.Length];
        for (var i = 0; i < Items.Length; i++)
        {
            labels[i] = LabelOf(Items[i]);
        }

        Labels = labels;
    }

    public T[] Items { get; }

    public string[] Labels { get; }

    public int IndexOf(T? value)
    {
        var comparer = EqualityComparer<T>.Default;
        for (var i = 0; i < Items.Length; i++)
        {
            if (comparer.Equals(Items[i], value!))
            {
                return i;
            }
        }

        return -1;
    }

    public string LabelOf(T item) => _format is null ? item?.ToString() ?? "" : _format(item);

    /// <summary>Maps every item of a stored list onto these options (see <see cref="TryMatch"/>); false when one has no match.</summary>
    /// <param name="previous">The options of the last run.</param>
    /// <param name="value">The stored list.</param>
    /// <param name="carried">The list of matching options, or <paramref name="value"/>.</param>
    public bool TryMatchAll(Choices<T>? previous, IReadOnlyList<T> value, out IReadOnlyList<T> carried)
    {
        var items = new T[value.Count];
        for (var i = 0; i < items.Length; i++)
        {
            if (IndexOf(value[i]) is var at and >= 0)
            {
                items[i] = Items[at];
            }
            else if (!TryMatch(previous, value[i], out items[i]))
            {
                carried = value;
                return false;
            }
        }

        carried = items;
        return true;
    }

    /// <summary>Adds the option labels and the chosen defaults to a multi-choice widget's identity.</summary>
    /// <param name="identity">The identity being built.</param>
    /// <param name="defaults">The options chosen at first.</param>
    public void AddIdentity(ref WidgetIdentity identity, IEnumerable<T> defaults)
    {
        identity.Add(Labels);
        foreach (var item in defaults)
        {
            identity.Add(IndexOf(item));
        }
    }

    /// <summary>
    /// Finds the option that stands for <paramref name="value"/> when the value itself is not among the options:
    /// options loaded again each run are new objects, equal to the old ones only by what they show.
    /// </summary>
    /// <param name="previous">The options of the last run, which hold <paramref name="value"/> itself.</param>
    /// <param name="value">The stored value.</param>
    /// <param name="match">The option that stands for it.</param>
    public bool TryMatch(Choices<T>? previous, T value, out T match)
    {
        // The same place in the options, when it still shows the same label.
        if (previous?.IndexOf(value) is >= 0 and var i && i < Items.Length && Labels[i] == previous.Labels[i])
        {
            match = Items[i];
            return true;
        }

        // Otherwise the one option that shows the same label; none when the label is not unique.
        var label = LabelOf(value);
        var found = -1;
        for (var j = 0; j < Labels.Length; j++)
        {
            if (Labels[j] == label)
            {
                if (found >= 0)
                {
                    found = -1;
                    break;
                }

                found = j;
            }
        }

        match = found >= 0 ? Items[found] : default!;
        return found >= 0;
    }

    public T At(object? wire, string kind, string label)
    {
        var index = Wire.ToInt(wire);
        return (uint)index < (uint)Items.Length
            ? Items[index]
            : throw new FormatException($"The {kind} '{label}' has no option {index}.");
    }

    public int CheckIndex(int? index, string label)
    {
        if (index is { } i && (i < 0 || i >= Items.Length))
        {
            throw new ArgumentOutOfRangeException(nameof(index), i, $"'{label}' has {Items.Length} options; index {i} is not one of them.");
        }

        return index ?? -1;
    }

    /// <summary>The index of <paramref name="value"/> among the options; an argument error when it is not one of them.</summary>
    /// <param name="value">A value the verb was given (a default, an end of a range).</param>
    /// <param name="label">The widget's label, for the message.</param>
    /// <param name="parameter">The verb's parameter that held the value.</param>
    public int CheckOption(T value, string label, string parameter) => IndexOf(value) is var i and >= 0
        ? i
        : throw new ArgumentException($"The value '{value}' of '{label}' is not one of its options.", parameter);
}

/// <summary>A widget that chooses among options.</summary>
internal interface IChoiceSpec<T>
{
    Choices<T> Choices { get; }
}

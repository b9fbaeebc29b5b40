namespace DataApps.Widgets;

/// <summary>The options of a choice widget, with their labels.</summary>
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
}

/// <summary>A widget that chooses among options.</summary>
internal interface IChoiceSpec<T>
{
    Choices<T> Choices { get; }
}

/// <summary>Radio buttons: one of the options.</summary>
internal sealed class RadioSpec<T>(string label, Choices<T> choices, int index, bool horizontal) : WidgetSpec<T>("radio", label), IChoiceSpec<T>
{
    public Choices<T> Choices => choices;

    public override T DefaultValue => index >= 0 ? choices.Items[index] : default!;

    public override void AddIdentity(ref WidgetIdentity identity)
    {
        identity.Add(choices.Labels);
        identity.Add(index);
    }

    public override bool IsValid(T value) => choices.Items.Length == 0 || choices.IndexOf(value) >= 0;

    internal override bool TryCarryOver(IWidgetSpec? previous, T value, out T carried) =>
        choices.TryMatch((previous as IChoiceSpec<T>)?.Choices, value, out carried);

    public override T FromWire(object? wire) => choices.At(wire, Kind, Label);

    public override WidgetElement CreateElement(string widgetId, T value) =>
        new RadioElement(widgetId, Label, choices.Labels, choices.IndexOf(value), horizontal) { Help = Help, Disabled = Disabled };
}

/// <summary>A select box: one of the options, or none.</summary>
internal sealed class SelectBoxSpec<T>(string label, Choices<T> choices, int index, string? placeholder) : WidgetSpec<T?>("select-box", label), IChoiceSpec<T>
{
    public Choices<T> Choices => choices;

    public override T? DefaultValue => index >= 0 ? choices.Items[index] : default;

    public override void AddIdentity(ref WidgetIdentity identity)
    {
        identity.Add(choices.Labels);
        identity.Add(index);
    }

    public override bool IsValid(T? value) => (index < 0 && value is null) || choices.IndexOf(value) >= 0;

    internal override bool TryCarryOver(IWidgetSpec? previous, T? value, out T? carried)
    {
        carried = default;
        if (value is null || !choices.TryMatch((previous as IChoiceSpec<T>)?.Choices, value, out var match))
        {
            return false;
        }

        carried = match;
        return true;
    }

    public override T? FromWire(object? wire) => wire is null || Wire.ToInt(wire) < 0 ? default : choices.At(wire, Kind, Label);

    public override WidgetElement CreateElement(string widgetId, T? value) =>
        new SelectBoxElement(widgetId, Label, choices.Labels, choices.IndexOf(value), placeholder) { Help = Help, Disabled = Disabled };
}

/// <summary>A multi-select: any of the options, in the order chosen.</summary>
internal sealed class MultiSelectSpec<T>(string label, Choices<T> choices, T[] defaults, string? placeholder)
    : WidgetSpec<IReadOnlyList<T>>("multi-select", label), IChoiceSpec<T>
{
    public Choices<T> Choices => choices;

    public override IReadOnlyList<T> DefaultValue => defaults;

    public override void AddIdentity(ref WidgetIdentity identity) => choices.AddIdentity(ref identity, defaults);

    public override bool IsValid(IReadOnlyList<T> value) => value.All(item => choices.IndexOf(item) >= 0);

    internal override bool TryCarryOver(IWidgetSpec? previous, IReadOnlyList<T> value, out IReadOnlyList<T> carried) =>
        choices.TryMatchAll((previous as IChoiceSpec<T>)?.Choices, value, out carried);

    public override IReadOnlyList<T> FromWire(object? wire) => Wire.ToInts(wire).Select(i => choices.At(i, Kind, Label)).ToArray();

    public override WidgetElement CreateElement(string widgetId, IReadOnlyList<T> value)
    {
        var indices = new int[value.Count];
        for (var i = 0; i < indices.Length; i++)
        {
            indices[i] = choices.IndexOf(value[i]);
        }

        return new MultiSelectElement(widgetId, Label, choices.Labels, indices, placeholder) { Help = Help, Disabled = Disabled };
    }
}

namespace DataApps.Widgets;

/// <summary>A select slider: one of the options, chosen on a slider.</summary>
internal sealed class SelectSliderSpec<T>(string label, Choices<T> choices, int index) : WidgetSpec<T>("select-slider", label), IChoiceSpec<T>
{
    public Choices<T> Choices => choices;

    public override T DefaultValue => choices.Items[index];

    public override void AddIdentity(ref WidgetIdentity identity)
    {
        identity.Add(choices.Labels);
        identity.Add(index);
    }

    public override bool IsValid(T value) => choices.IndexOf(value) >= 0;

    internal override bool TryCarryOver(IWidgetSpec? previous, T value, out T carried) =>
        choices.TryMatch((previous as IChoiceSpec<T>)?.Choices, value, out carried);

    public override T FromWire(object? wire) => choices.At(wire, Kind, Label);

    public override WidgetElement CreateElement(string widgetId, T value) =>
        new SelectSliderElement(widgetId, Label, choices.Labels, choices.IndexOf(value), null) { Help = Help, Disabled = Disabled };
}

/// <summary>A select slider with two thumbs: a (low, high) pair of options, low never after high.</summary>
internal sealed class SelectRangeSliderSpec<T>(string label, Choices<T> choices, int low, int high)
    : WidgetSpec<(T Low, T High)>("select-slider", label), IChoiceSpec<T>
{
    public Choices<T> Choices => choices;

    public override (T Low, T High) DefaultValue => (choices.Items[low], choices.Items[high]);

    public override void AddIdentity(ref WidgetIdentity identity)
    {
        identity.Add(choices.Labels);
        identity.Add(low);
        identity.Add(high);
    }

    public override bool IsValid((T Low, T High) value) =>
        choices.IndexOf(value.Low) is var a and >= 0 && choices.IndexOf(value.High) is var b and >= 0 && a <= b;

    internal override bool TryCarryOver(IWidgetSpec? previous, (T Low, T High) value, out (T Low, T High) carried)
    {
        var before = (previous as IChoiceSpec<T>)?.Choices;
        if (choices.TryMatch(before, value.Low, out var lo) && choices.TryMatch(before, value.High, out var hi) && choices.IndexOf(lo) <= choices.IndexOf(hi))
        {
            carried = (lo, hi);
            return true;
        }

        carried = value;
        return false;
    }

    public override (T Low, T High) FromWire(object? wire)
    {
        var ends = Wire.ToInts(wire).ToArray();
        if (ends.Length != 2)
        {
            throw new FormatException($"The select slider '{Label}' needs two indices, got {ends.Length}.");
        }

        var (a, b) = (Math.Min(ends[0], ends[1]), Math.Max(ends[0], ends[1]));
        return (choices.At(a, Kind, Label), choices.At(b, Kind, Label));
    }

    public override WidgetElement CreateElement(string widgetId, (T Low, T High) value) =>
        new SelectSliderElement(widgetId, Label, choices.Labels, choices.IndexOf(value.Low), choices.IndexOf(value.High)) { Help = Help, Disabled = Disabled };
}

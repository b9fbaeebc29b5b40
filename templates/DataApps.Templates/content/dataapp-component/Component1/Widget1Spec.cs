using DataApps;
using DataApps.Widgets;

namespace Component1;

/// <summary>
/// The spec of <c>ui.Widget1</c>: its value is an <see cref="int"/> from min to max (a plain JSON number in the session's
/// state), and the renderer sends the new number.
/// </summary>
/// <example><c>int guests = ui.Widget(new Widget1Spec("Guests", min: 1, max: 12, value: 2));</c></example>
public sealed class Widget1Spec : WidgetSpec<int>
{
    private readonly int _initial;

    /// <summary>Creates the spec.</summary>
    /// <param name="label">The label, part of the identity unless a key is given.</param>
    /// <param name="min">The smallest value.</param>
    /// <param name="max">The largest value, at least <paramref name="min"/>.</param>
    /// <param name="value">The value before the user changes it, from <paramref name="min"/> to <paramref name="max"/>.</param>
    /// <param name="step">How much one click changes the value, at least 1.</param>
    /// <exception cref="ArgumentOutOfRangeException">An argument is out of range.</exception>
    /// <example><c>new Widget1Spec("Guests", min: 1, max: 12, value: 2)</c></example>
    public Widget1Spec(string label, int min = 0, int max = 10, int value = 0, int step = 1)
        : base("widget1", label)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(max, min);
        ArgumentOutOfRangeException.ThrowIfLessThan(value, min);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(value, max);
        ArgumentOutOfRangeException.ThrowIfLessThan(step, 1);
        Min = min;
        Max = max;
        Step = step;
        _initial = value;
    }

    /// <summary>The smallest value.</summary>
    public int Min { get; }

    /// <summary>The largest value.</summary>
    public int Max { get; }

    /// <summary>How much one click changes the value.</summary>
    public int Step { get; }

    /// <inheritdoc />
    public override int DefaultValue => _initial;

    /// <inheritdoc />
    /// <remarks>The range and the initial value define the widget: changing one makes a new widget, as for a slider.</remarks>
    public override void AddIdentity(ref WidgetIdentity identity)
    {
        identity.Add(Min);
        identity.Add(Max);
        identity.Add(_initial);
    }

    /// <inheritdoc />
    public override bool IsValid(int value) => value >= Min && value <= Max;

    /// <inheritdoc />
    /// <exception cref="FormatException">Not a whole number from min to max; the session logs and ignores it.</exception>
    public override int FromWire(object? wire)
    {
        var value = Wire.ToInt(wire);
        return IsValid(value) ? value : throw new FormatException($"'{Label}' takes {Min} to {Max}, not {value}.");
    }

    /// <inheritdoc />
    public override WidgetElement CreateElement(string widgetId, int value) =>
        new Widget1Element(widgetId, Label, value, Min, Max, Step) { Help = Help, Disabled = Disabled };
}

using DataApps.Widgets;

namespace DataApps.Components.Rating;

/// <summary>
/// The spec of <c>ui.Rating</c>: its value is an <see cref="int"/> from 0 to max (a plain JSON number in the session's state),
/// and the renderer sends the number of stars clicked.
/// </summary>
/// <example><c>int stars = ui.Widget(new RatingSpec("Rate it", max: 5));</c></example>
public sealed class RatingSpec : WidgetSpec<int>
{
    private readonly int _initial;

    /// <summary>Creates the spec.</summary>
    /// <param name="label">The label, part of the identity unless a key is given.</param>
    /// <param name="max">The number of stars, 1 to 20.</param>
    /// <param name="value">The stars chosen before the user touches the widget, 0 to <paramref name="max"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="max"/> or <paramref name="value"/> is out of range.</exception>
    /// <example><c>new RatingSpec("Rate it", max: 5, value: 3)</c></example>
    public RatingSpec(string label, int max = 5, int value = 0)
        : base("rating", label)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(max, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(max, 20);
        ArgumentOutOfRangeException.ThrowIfNegative(value);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(value, max);
        Max = max;
        _initial = value;
    }

    /// <summary>The number of stars.</summary>
    public int Max { get; }

    /// <summary>How big the stars are.</summary>
    public RatingSize Size { get; init; } = RatingSize.Medium;

    /// <summary>Whether the stars only show the value; a value sent for a read-only rating is refused.</summary>
    public bool ReadOnly { get; init; }

    /// <inheritdoc />
    public override int DefaultValue => _initial;

    /// <inheritdoc />
    /// <remarks>The number of stars and the default define the widget: changing either makes a new widget, as for a slider's range.</remarks>
    public override void AddIdentity(ref WidgetIdentity identity)
    {
        identity.Add(Max);
        identity.Add(_initial);
    }

    /// <inheritdoc />
    public override bool IsValid(int value) => value >= 0 && value <= Max;

    /// <inheritdoc />
    /// <exception cref="FormatException">Not a whole number from 0 to max, or the rating is read-only; the session logs and ignores it.</exception>
    public override int FromWire(object? wire)
    {
        if (ReadOnly)
        {
            throw new FormatException($"The rating '{Label}' is read-only.");
        }

        var stars = Wire.ToInt(wire);
        return IsValid(stars) ? stars : throw new FormatException($"The rating '{Label}' takes 0 to {Max} stars, not {stars}.");
    }

    /// <inheritdoc />
    public override WidgetElement CreateElement(string widgetId, int value) =>
        new RatingElement(widgetId, Label, value, Max, Size, ReadOnly) { Help = Help, Disabled = Disabled };
}

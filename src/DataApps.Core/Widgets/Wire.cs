using System.Globalization;
using System.Text.Json;
using JsonValue = System.Text.Json.JsonElement;

namespace DataApps.Widgets;

/// <summary>Reads the loosely typed values renderers send (numbers may arrive as any numeric type or as JSON).</summary>
/// <remarks>
/// A custom widget's <see cref="WidgetSpec{TValue}.FromWire"/> uses these to decode what its renderer sent; each throws
/// <see cref="FormatException"/> for a value of the wrong shape, which the session logs and ignores.
/// </remarks>
/// <example><c>public override int FromWire(object? wire) =&gt; Wire.ToInt(wire);</c></example>
public static class Wire
{
    /// <summary>Reads a bool (a bool, a JSON true/false, or "true"/"false").</summary>
    /// <param name="wire">The value the renderer sent.</param>
    /// <returns>The bool.</returns>
    /// <exception cref="FormatException">The value is not a bool.</exception>
    /// <example><c>Wire.ToBool(true)</c></example>
    public static bool ToBool(object? wire) => wire switch
    {
        bool b => b,
        JsonValue { ValueKind: JsonValueKind.True } => true,
        JsonValue { ValueKind: JsonValueKind.False } => false,
        string s when bool.TryParse(s, out var b) => b,
        _ => throw Bad(wire, "a bool"),
    };

    /// <summary>Reads a number (any numeric type, a JSON number, or invariant-culture text).</summary>
    /// <param name="wire">The value the renderer sent.</param>
    /// <returns>The number.</returns>
    /// <exception cref="FormatException">The value is not a number.</exception>
    /// <example><c>Wire.ToDouble(2.5)</c></example>
    public static double ToDouble(object? wire) => wire switch
    {
        double d => d,
        JsonValue { ValueKind: JsonValueKind.Number } json => json.GetDouble(),
        string s when double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) => d,
        IConvertible convertible and not bool => convertible.ToDouble(CultureInfo.InvariantCulture),
        _ => throw Bad(wire, "a number"),
    };

    /// <summary>Reads a whole number (any numeric type or a JSON number; not text).</summary>
    /// <param name="wire">The value the renderer sent.</param>
    /// <returns>The number.</returns>
    /// <exception cref="FormatException">The value is not a whole number.</exception>
    /// <exception cref="OverflowException">The value is outside the range of <see cref="int"/>.</exception>
    /// <example><c>Wire.ToInt(3)</c></example>
    public static int ToInt(object? wire) => wire switch
    {
        int i => i,
        JsonValue { ValueKind: JsonValueKind.Number } json => json.GetInt32(),
        IConvertible convertible and not bool and not string => convertible.ToInt32(CultureInfo.InvariantCulture),
        _ => throw Bad(wire, "an index"),
    };

    /// <summary>Reads a list of whole numbers (an int sequence, a JSON array, or any list of numbers).</summary>
    /// <param name="wire">The value the renderer sent.</param>
    /// <returns>The numbers.</returns>
    /// <exception cref="FormatException">The value is not a list of whole numbers.</exception>
    /// <example><c>Wire.ToInts(new[] { 0, 2 })</c></example>
    public static IEnumerable<int> ToInts(object? wire) => wire switch
    {
        IEnumerable<int> ints => ints,
        JsonValue { ValueKind: JsonValueKind.Array } json => json.EnumerateArray().Select(e => e.GetInt32()).ToArray(),
        System.Collections.IEnumerable items and not string => items.Cast<object?>().Select(ToInt).ToArray(),
        _ => throw Bad(wire, "a list of indices"),
    };

    /// <summary>Reads text (a string, a JSON string; <c>null</c> is empty text).</summary>
    /// <param name="wire">The value the renderer sent.</param>
    /// <returns>The text.</returns>
    /// <exception cref="FormatException">The value is not text.</exception>
    /// <example><c>Wire.ToText("hello")</c></example>
    public static string ToText(object? wire) => wire switch
    {
        string s => s,
        null => "",
        JsonValue { ValueKind: JsonValueKind.String } json => json.GetString() ?? "",
        _ => throw Bad(wire, "text"),
    };

    private static FormatException Bad(object? wire, string expected) =>
        new($"Expected {expected}, got {(wire is null ? "null" : wire.GetType().Name)}.");
}

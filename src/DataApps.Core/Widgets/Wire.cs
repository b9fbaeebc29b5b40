using System.Globalization;
using System.Text.Json;
using JsonValue = System.Text.Json.JsonElement;

namespace DataApps.Widgets;

/// <summary>Reads the loosely typed values renderers send (numbers may arrive as any numeric type or as JSON).</summary>
internal static class Wire
{
    public static bool ToBool(object? wire) => wire switch
    {
        bool b => b,
        JsonValue { ValueKind: JsonValueKind.True } => true,
        JsonValue { ValueKind: JsonValueKind.False } => false,
        string s when bool.TryParse(s, out var b) => b,
        _ => throw Bad(wire, "a bool"),
    };

    public static double ToDouble(object? wire) => wire switch
    {
        double d => d,
        JsonValue { ValueKind: JsonValueKind.Number } json => json.GetDouble(),
        string s when double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) => d,
        IConvertible convertible and not bool => convertible.ToDouble(CultureInfo.InvariantCulture),
        _ => throw Bad(wire, "a number"),
    };

    public static int ToInt(object? wire) => wire switch
    {
        int i => i,
        JsonValue { ValueKind: JsonValueKind.Number } json => json.GetInt32(),
        IConvertible convertible and not bool and not string => convertible.ToInt32(CultureInfo.InvariantCulture),
        _ => throw Bad(wire, "an index"),
    };

    public static IEnumerable<int> ToInts(object? wire) => wire switch
    {
        IEnumerable<int> ints => ints,
        JsonValue { ValueKind: JsonValueKind.Array } json => json.EnumerateArray().Select(e => e.GetInt32()).ToArray(),
        System.Collections.IEnumerable items and not string => items.Cast<object?>().Select(ToInt).ToArray(),
        _ => throw Bad(wire, "a list of indices"),
    };

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

using System.Text.Json;
using System.Text.Json.Nodes;

namespace DataApps.Api;

/// <summary>
/// How a widget reads and writes through the page API: its JSON schema, how a JSON value becomes the value its renderer would
/// send (the "wire" value), and its current value as JSON.
/// </summary>
/// <remarks>
/// Note [API values]: an API caller speaks in the page's terms, not the renderer's: options by their label (<c>"ORD"</c>, not
/// the index the browser sends), numbers as JSON numbers, dates as ISO text, a button as <c>true</c> for a click. Each
/// field checks the JSON type here; the widget's own spec then checks the value (range, options, length) exactly as it
/// checks one from the browser (<see cref="Runtime.AppSession.RefusalOf"/>), so the API accepts nothing a user could not set.
/// </remarks>
internal sealed class ApiField
{
    private readonly Func<JsonElement, object?> _toWire;

    private ApiField(WidgetElement widget, JsonObject schema, Func<JsonElement, object?> toWire, JsonNode? value, bool trigger = false)
    {
        Widget = widget;
        Schema = schema;
        _toWire = toWire;
        Value = value;
        IsTrigger = trigger;
    }

    /// <summary>The widget as the last run showed it.</summary>
    public WidgetElement Widget { get; }

    /// <summary>The JSON schema of the values the widget takes.</summary>
    public JsonObject Schema { get; }

    /// <summary>The widget's value as JSON (the label of a chosen option; <c>false</c> for a button not clicked).</summary>
    public JsonNode? Value { get; }

    /// <summary>Whether the widget is a button: <c>true</c> clicks it for the run.</summary>
    public bool IsTrigger { get; }

    /// <summary>The value the widget's renderer would send for <paramref name="json"/>.</summary>
    /// <exception cref="FormatException">The JSON value has the wrong type or names no option; the message says what the widget takes.</exception>
    public object? ToWire(JsonElement json) => _toWire(json);

    /// <summary>The API view of <paramref name="widget"/>, or <c>null</c> when it cannot be set through the API (uploads, chat, custom widgets).</summary>
    /// <param name="widget">The widget's element.</param>
    /// <param name="integral">Whether its numbers are whole (the spec's type is an integer type).</param>
    public static ApiField? For(WidgetElement widget, bool integral) => widget switch
    {
        SliderElement s => Number(s, s.Value, s.Min, s.Max, integral),
        NumberInputElement n => Number(n, n.Value, n.Min, n.Max, integral || n.Integral),
        RangeSliderElement r => new(r, Pair(NumberSchema(r.Min, r.Max, integral)), j => Pair(r, j, e => Num(r, e, integral)), new JsonArray(r.Low, r.High)),
        CheckboxElement c => Bool(c, c.Value),
        ToggleElement t => Bool(t, t.Value),
        TextInputElement t => Text(t, t.Value, t.MaxChars),
        TextAreaElement t => Text(t, t.Value, t.MaxChars),
        ColorPickerElement c => new(c, new JsonObject { ["type"] = "string", ["pattern"] = "^#[0-9a-fA-F]{6}$" }, j => Str(c, j), c.Value),
        SelectBoxElement s => One(s, s.Options, s.Index, s.Clearable),
        RadioElement r => One(r, r.Options, r.Index, false),
        SelectSliderElement s when s.EndIndex is { } end => new(s, Pair(Enum(s.Options)), j => Pair(s, j, e => IndexOf(s, s.Options, e)), new JsonArray(s.Options[s.Index], s.Options[end])),
        SelectSliderElement s => One(s, s.Options, s.Index, false),
        MultiSelectElement m => Many(m, m.Options, m.Indices),
        PillsElement p => p.Multi ? Many(p, p.Options, p.Indices) : One(p, p.Options, p.Indices.Count > 0 ? p.Indices[0] : -1, true),
        SegmentedControlElement s => s.Multi ? Many(s, s.Options, s.Indices) : One(s, s.Options, s.Indices.Count > 0 ? s.Indices[0] : -1, true),
        DateInputElement d => Date(d, "date", d.Value?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)),
        DateTimeInputElement d => Date(d, "date-time", d.Value?.ToString("yyyy-MM-ddTHH:mm:ss", System.Globalization.CultureInfo.InvariantCulture)),
        TimeInputElement t => Date(t, "time", t.Value?.ToString("HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture)),
        ButtonElement or SubmitButtonElement => new(widget, new JsonObject { ["type"] = "boolean", ["description"] = "true clicks the button for this run." },
            j => j.ValueKind switch
            {
                JsonValueKind.True => true,
                JsonValueKind.False => false,
                _ => throw Bad(widget, "true (a click) or false", j),
            },
            false, trigger: true),
        _ => null,
    };

    private static ApiField Number(WidgetElement w, double? value, double? min, double? max, bool integral) =>
        new(w, NumberSchema(min, max, integral), j => j.ValueKind == JsonValueKind.Null ? null : Num(w, j, integral), value is { } v ? integral ? JsonValue.Create((long)v) : JsonValue.Create(v) : null);

    private static JsonObject NumberSchema(double? min, double? max, bool integral)
    {
        var schema = new JsonObject { ["type"] = integral ? "integer" : "number" };
        if (min is { } lo)
        {
            schema["minimum"] = lo;
        }

        if (max is { } hi)
        {
            schema["maximum"] = hi;
        }

        return schema;
    }

    private static double Num(WidgetElement w, JsonElement j, bool integral)
    {
        if (j.ValueKind != JsonValueKind.Number)
        {
            throw Bad(w, integral ? "a whole number" : "a number", j);
        }

        var d = j.GetDouble();
        return integral && d != Math.Floor(d) ? throw Bad(w, "a whole number", j) : d;
    }

    private static ApiField Bool(WidgetElement w, bool value) =>
        new(w, new JsonObject { ["type"] = "boolean" }, j => j.ValueKind is JsonValueKind.True or JsonValueKind.False ? j.GetBoolean() : throw Bad(w, "true or false", j), value);

    private static ApiField Text(WidgetElement w, string value, int? maxChars)
    {
        var schema = new JsonObject { ["type"] = "string" };
        if (maxChars is { } max)
        {
            schema["maxLength"] = max;
        }

        return new(w, schema, j => Str(w, j), value);
    }

    private static string Str(WidgetElement w, JsonElement j) => j.ValueKind == JsonValueKind.String ? j.GetString()! : throw Bad(w, "text", j);

    private static ApiField Date(WidgetElement w, string format, string? value) =>
        new(w, new JsonObject { ["type"] = "string", ["format"] = format },
            j => j.ValueKind switch
            {
                JsonValueKind.String => j.GetString(),
                JsonValueKind.Null => null,
                _ => throw Bad(w, $"a {format} as ISO 8601 text", j),
            },
            value);

    private static ApiField One(WidgetElement w, EquatableArray<string> options, int index, bool nullable)
    {
        var schema = Enum(options);
        return new(w, schema, j => j.ValueKind == JsonValueKind.Null && nullable ? null : IndexOf(w, options, j), index >= 0 && index < options.Count ? options[index] : null);
    }

    private static ApiField Many(WidgetElement w, EquatableArray<string> options, EquatableArray<int> indices) =>
        new(w, new JsonObject { ["type"] = "array", ["items"] = Enum(options), ["uniqueItems"] = true },
            j => j.ValueKind == JsonValueKind.Array ? j.EnumerateArray().Select(e => IndexOf(w, options, e)).ToArray() : throw Bad(w, "an array of its options", j),
            new JsonArray([.. indices.Where(i => i >= 0 && i < options.Count).Select(i => (JsonNode?)options[i])]));

    private static JsonObject Enum(EquatableArray<string> options) =>
        new() { ["type"] = "string", ["enum"] = new JsonArray([.. options.Select(o => (JsonNode?)o)]) };

    private static int IndexOf(WidgetElement w, EquatableArray<string> options, JsonElement j)
    {
        if (j.ValueKind != JsonValueKind.String)
        {
            throw Bad(w, "one of its options as text", j);
        }

        var label = j.GetString()!;
        for (var i = 0; i < options.Count; i++)
        {
            if (string.Equals(options[i], label, StringComparison.Ordinal))
            {
                return i;
            }
        }

        var shown = string.Join(", ", options.Take(20).Select(o => $"'{o}'")) + (options.Count > 20 ? $" … ({options.Count} in all)" : "");
        throw new FormatException($"The {w.Kind.Replace('-', ' ')} '{w.Label}' has no option '{Shorten(label)}'; its options are {shown}.");
    }

    private static JsonObject Pair(JsonObject item) =>
        new() { ["type"] = "array", ["items"] = item, ["minItems"] = 2, ["maxItems"] = 2 };

    private static T[] Pair<T>(WidgetElement w, JsonElement j, Func<JsonElement, T> item) =>
        j.ValueKind == JsonValueKind.Array && j.GetArrayLength() == 2 ? [.. j.EnumerateArray().Select(item)] : throw Bad(w, "an array of two values [low, high]", j);

    private static FormatException Bad(WidgetElement w, string expected, JsonElement j) =>
        new($"The {w.Kind.Replace('-', ' ')} '{w.Label}' takes {expected}, not {Describe(j)}.");

    private static string Describe(JsonElement j) => j.ValueKind switch
    {
        JsonValueKind.String => $"the text \"{Shorten(j.GetString()!)}\"",
        JsonValueKind.Number => $"the number {j.GetRawText()}",
        JsonValueKind.True or JsonValueKind.False => j.GetRawText(),
        JsonValueKind.Null => "null",
        JsonValueKind.Array => "an array",
        _ => "an object",
    };

    private static string Shorten(string s) => s.Length <= 40 ? s : s[..40] + "…";
}

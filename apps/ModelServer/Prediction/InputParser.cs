using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace ModelServer.Prediction;

/// <summary>
/// Reads /predict's JSON: one object or an array of them. Every problem is collected under the field's name
/// (<c>distance</c>, or <c>[2].distance</c> in a batch) so a 400 answer names them all at once.
/// </summary>
internal static partial class InputParser
{
    public const int MaxDistance = 10_000;

    /// <summary>Parses <paramref name="body"/>; returns the inputs and whether it was a batch, or the errors by field.</summary>
    public static (IReadOnlyList<PredictionInput> Inputs, bool IsBatch, Dictionary<string, string[]> Errors) Parse(ReadOnlySpan<byte> body, int maxBatchSize)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        JsonDocument document;
        try
        {
            var reader = new Utf8JsonReader(body, new JsonReaderOptions { MaxDepth = 8 });
            document = JsonDocument.ParseValue(ref reader);
        }
        catch (JsonException e)
        {
            errors["body"] = [$"The body is not valid JSON: {e.Message}"];
            return ([], false, errors);
        }

        using (document)
        {
            var root = document.RootElement;
            switch (root.ValueKind)
            {
                case JsonValueKind.Object:
                    var one = ParseOne(root, "", errors);
                    return (one is null ? [] : [one], false, errors);
                case JsonValueKind.Array:
                    var count = root.GetArrayLength();
                    if (count == 0 || count > maxBatchSize)
                    {
                        errors["body"] = [count == 0 ? "The batch is empty." : $"The batch has {count} inputs; at most {maxBatchSize} are allowed (ModelServer:MaxBatchSize)."];
                        return ([], true, errors);
                    }

                    var inputs = new List<PredictionInput>(count);
                    var index = 0;
                    foreach (var element in root.EnumerateArray())
                    {
                        var input = element.ValueKind == JsonValueKind.Object
                            ? ParseOne(element, $"[{index}].", errors)
                            : Fail(errors, $"[{index}]", "must be an object with departure, distance, origin and destination.");
                        if (input is not null)
                        {
                            inputs.Add(input);
                        }

                        index++;
                    }

                    return (inputs, true, errors);
                default:
                    errors["body"] = ["The body must be a JSON object (one flight) or an array of objects (a batch)."];
                    return ([], false, errors);
            }
        }
    }

    private static PredictionInput? ParseOne(JsonElement element, string prefix, Dictionary<string, string[]> errors)
    {
        var before = errors.Count;
        var departure = Departure(element, prefix, errors);
        var distance = Distance(element, prefix, errors);
        var origin = Airport(element, "origin", prefix, errors);
        var destination = Airport(element, "destination", prefix, errors);
        return errors.Count == before ? new PredictionInput(departure, distance, origin!, destination!) : null;
    }

    private static DateTime Departure(JsonElement element, string prefix, Dictionary<string, string[]> errors)
    {
        if (!Property(element, "departure", prefix, errors, out var value))
        {
            return default;
        }

        // The clock time as written (flight times are local to the airport); an offset, if any, is not converted away.
        if (value.ValueKind == JsonValueKind.String
            && DateTimeOffset.TryParse(value.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out var parsed))
        {
            return DateTime.SpecifyKind(parsed.DateTime, DateTimeKind.Unspecified);
        }

        Fail(errors, prefix + "departure", "must be a date and time such as \"2001-03-01T17:30:00\".");
        return default;
    }

    private static int Distance(JsonElement element, string prefix, Dictionary<string, string[]> errors)
    {
        if (!Property(element, "distance", prefix, errors, out var value))
        {
            return 0;
        }

        if (value.ValueKind != JsonValueKind.Number || !value.TryGetDouble(out var miles))
        {
            Fail(errors, prefix + "distance", "must be a number of miles such as 950.");
        }
        else if (miles <= 0 || miles > MaxDistance)
        {
            Fail(errors, prefix + "distance", $"must be more than 0 and at most {MaxDistance} miles (was {miles.ToString(CultureInfo.InvariantCulture)}).");
        }
        else if (miles != Math.Floor(miles))
        {
            Fail(errors, prefix + "distance", $"must be a whole number of miles (was {miles.ToString(CultureInfo.InvariantCulture)}).");
        }
        else
        {
            return (int)miles;
        }

        return 0;
    }

    private static string? Airport(JsonElement element, string name, string prefix, Dictionary<string, string[]> errors)
    {
        if (!Property(element, name, prefix, errors, out var value))
        {
            return null;
        }

        var code = value.ValueKind == JsonValueKind.String ? value.GetString()!.Trim() : null;
        if (code is not null && IataCode().IsMatch(code))
        {
            return code.ToUpperInvariant();
        }

        Fail(errors, prefix + name, "must be a three-letter IATA airport code such as \"ORD\".");
        return null;
    }

    private static bool Property(JsonElement element, string name, string prefix, Dictionary<string, string[]> errors, out JsonElement value)
    {
        // Property names as a JSON client sends them: "departure" or "Departure".
        foreach (var property in element.EnumerateObject())
        {
            if (string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase) && property.Value.ValueKind != JsonValueKind.Null)
            {
                value = property.Value;
                return true;
            }
        }

        Fail(errors, prefix + name, "is required.");
        value = default;
        return false;
    }

    private static PredictionInput? Fail(Dictionary<string, string[]> errors, string field, string message)
    {
        errors[field] = [message];
        return null;
    }

    [GeneratedRegex("^[A-Za-z]{3}$")]
    private static partial Regex IataCode();
}

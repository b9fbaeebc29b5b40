using Microsoft.ML.Data;

namespace FlightDelays;

/// Note [Features]: only what is known before departure goes in: hour, weekday, day of year, month, distance, origin and
/// destination. The hour and the weekday go in twice, as numbers (for trees) and as categories (one-hot, for the linear
/// model, which cannot bend a number into a rush-hour bump).
internal sealed class FlightRow
{
    public float Hour { get; set; }

    public float DayOfWeek { get; set; }

    public float DayOfYear { get; set; }

    public float Month { get; set; }

    public float Distance { get; set; }

    public string Origin { get; set; } = "";

    public string Destination { get; set; } = "";

    public string HourText { get; set; } = "";

    public string DayText { get; set; } = "";

    public bool Label { get; set; }

    public static FlightRow From(Flight f) => From(f.Departure, f.Distance, f.Origin, f.Destination, f.IsDelayed);

    public static FlightRow From(DateTime departure, int distance, string origin, string destination, bool label = false) => new()
    {
        Hour = departure.Hour + (departure.Minute / 60f),
        DayOfWeek = (float)departure.DayOfWeek,
        DayOfYear = departure.DayOfYear,
        Month = departure.Month,
        Distance = distance,
        Origin = origin ?? "",
        Destination = destination ?? "",
        HourText = departure.Hour.ToString(System.Globalization.CultureInfo.InvariantCulture),
        DayText = departure.DayOfWeek.ToString(),
        Label = label,
    };
}

internal sealed class DelayScore
{
    [ColumnName("Probability")]
    public float Probability { get; set; }
}

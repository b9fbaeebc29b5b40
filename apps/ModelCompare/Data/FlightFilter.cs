namespace ModelCompare.Data;

/// The sidebar's filters; an empty list means "all". A record of arrays, so ui.Cache hashes it by value.
internal sealed record FlightFilter(string[] Origins, string[] Destinations, int[] Months, int MinDistance, int MaxDistance, int MinHour, int MaxHour)
{
    /// The rows of <paramref name="table"/> that pass, in order.
    public int[] Apply(FlightTable table)
    {
        var origins = Mask(table.Airports, Origins);
        var destinations = Mask(table.Airports, Destinations);
        var months = new bool[13];
        foreach (var m in Months)
        {
            if (m is >= 1 and <= 12)
            {
                months[m] = true;
            }
        }

        var anyMonth = Months.Length == 0;
        var rows = new List<int>(table.Count);
        for (var i = 0; i < table.Count; i++)
        {
            var d = table.Departure[i];
            if ((origins is null || origins[table.Origin[i]])
                && (destinations is null || destinations[table.Destination[i]])
                && (anyMonth || months[d.Month])
                && table.Distance[i] >= MinDistance && table.Distance[i] <= MaxDistance
                && d.Hour >= MinHour && d.Hour <= MaxHour)
            {
                rows.Add(i);
            }
        }

        return [.. rows];
    }

    private static bool[]? Mask(string[] airports, string[] chosen)
    {
        if (chosen.Length == 0)
        {
            return null;
        }

        var set = chosen.ToHashSet(StringComparer.Ordinal);
        return airports.Select(set.Contains).ToArray();
    }
}

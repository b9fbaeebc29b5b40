using FlightDelays;

namespace ModelCompare.Data;

/// Flights in columns (struct of arrays): a million rows cost about 20 MB and a filter is one pass over plain arrays.
/// Airports are indexes into <see cref="Airports"/>.
internal sealed class FlightTable
{
    public FlightTable(string name, DateTime[] departure, int[] delay, int[] distance, short[] origin, short[] destination, string[] airports)
    {
        Name = name;
        Departure = departure;
        Delay = delay;
        Distance = distance;
        Origin = origin;
        Destination = destination;
        Airports = airports;
    }

    public string Name { get; }

    public DateTime[] Departure { get; }

    public int[] Delay { get; }

    public int[] Distance { get; }

    public short[] Origin { get; }

    public short[] Destination { get; }

    /// Airport codes, sorted.
    public string[] Airports { get; }

    public int Count => Delay.Length;

    public static FlightTable From(string name, IReadOnlyList<Flight> flights)
    {
        var airports = flights.Select(f => f.Origin).Concat(flights.Select(f => f.Destination)).Distinct().Order(StringComparer.Ordinal).ToArray();
        var index = airports.Select((a, i) => (a, i)).ToDictionary(p => p.a, p => (short)p.i, StringComparer.Ordinal);
        var n = flights.Count;
        var table = new FlightTable(name, new DateTime[n], new int[n], new int[n], new short[n], new short[n], airports);
        for (var i = 0; i < n; i++)
        {
            var f = flights[i];
            table.Departure[i] = f.Departure;
            table.Delay[i] = f.Delay;
            table.Distance[i] = f.Distance;
            table.Origin[i] = index[f.Origin];
            table.Destination[i] = index[f.Destination];
        }

        return table;
    }

    public Flight Row(int i) => new(Departure[i], Delay[i], Distance[i], Airports[Origin[i]], Airports[Destination[i]]);
}

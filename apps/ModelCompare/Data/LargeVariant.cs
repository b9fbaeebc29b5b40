namespace ModelCompare.Data;

/// Note [Large variant]: a bigger data set made from the real flights, to show how the pages behave at scale. Each row is a
/// real flight drawn at random (with replacement) and jittered: departure ± 30 minutes (kept in the same day), delay ± a
/// tenth of itself plus ± 5 minutes, distance ± 2 %. Airports, the mix of routes and the shape of the delay distribution
/// stay those of the real data; individual rows are synthetic. Seeded, so every process makes the same rows.
internal static class LargeVariant
{
    public static FlightTable Generate(FlightTable real, int rows, int seed = 7)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(rows, 1);
        var random = new Random(seed);
        var departure = new DateTime[rows];
        var delay = new int[rows];
        var distance = new int[rows];
        var origin = new short[rows];
        var destination = new short[rows];
        for (var i = 0; i < rows; i++)
        {
            var s = random.Next(real.Count);
            var d = real.Departure[s];
            var shifted = d.AddMinutes(random.Next(-30, 31));
            departure[i] = shifted.Date == d.Date ? shifted : d;
            var late = real.Delay[s];
            delay[i] = late + (int)Math.Round(late * (random.NextDouble() - 0.5) * 0.2) + random.Next(-5, 6);
            distance[i] = Math.Max(1, (int)Math.Round(real.Distance[s] * (0.98 + (random.NextDouble() * 0.04))));
            origin[i] = real.Origin[s];
            destination[i] = real.Destination[s];
        }

        // In time order, like the real file.
        var order = Enumerable.Range(0, rows).ToArray();
        Array.Sort(departure, order);
        return new FlightTable(
            $"Large variant ({rows:N0} rows)", departure, Permute(delay, order), Permute(distance, order), Permute(origin, order), Permute(destination, order), real.Airports);
    }

    private static T[] Permute<T>(T[] values, int[] order)
    {
        var result = new T[values.Length];
        for (var i = 0; i < order.Length; i++)
        {
            result[i] = values[order[i]];
        }

        return result;
    }
}

using DataApps;
using Microsoft.Data.Analysis;

namespace ModelCompare.Data;

/// Delay share in one group (an hour, an origin).
internal sealed record GroupShare(string Group, int Flights, double DelayedShare);

/// What the Explore page shows for one data set and filter, computed once per (data set, filter) and cached.
internal sealed record EdaView(
    int Rows,
    int Delayed,
    double MeanDelay,
    DataFrame Grid,
    DataFrame Describe,
    DataFrame Delays,
    DataFrame ScatterSample,
    DataFrame Correlations,
    IReadOnlyList<GroupShare> ByHour,
    IReadOnlyList<GroupShare> ByOrigin)
{
    public const int ScatterPoints = 4000;

    public double DelayedShare => Rows == 0 ? 0 : (double)Delayed / Rows;

    public static EdaView Build(FlightTable table, int[] rows)
    {
        var delayed = 0;
        double delaySum = 0;
        foreach (var i in rows)
        {
            delaySum += table.Delay[i];
            if (table.Delay[i] > 15)
            {
                delayed++;
            }
        }

        var columns = Numbers(table, rows);
        return new EdaView(
            rows.Length,
            delayed,
            rows.Length == 0 ? 0 : delaySum / rows.Length,
            GridOf(table, rows),
            Statistics.Describe(columns),
            new DataFrame(new PrimitiveDataFrameColumn<int>("delay (min)", Pick(table.Delay, rows))),
            Scatter(table, rows),
            CorrelationsOf(columns),
            Shares(rows, i => table.Departure[i].Hour, 24, h => h.ToString("00", System.Globalization.CultureInfo.InvariantCulture), table, int.MaxValue),
            Shares(rows, i => table.Origin[i], table.Airports.Length, a => table.Airports[a], table, 15));
    }

    /// The grid's frame: one row per flight, typed columns.
    private static DataFrame GridOf(FlightTable table, int[] rows) => new(
        new PrimitiveDataFrameColumn<DateTime>("departure", Pick(table.Departure, rows)),
        new StringDataFrameColumn("origin", rows.Select(i => table.Airports[table.Origin[i]])),
        new StringDataFrameColumn("destination", rows.Select(i => table.Airports[table.Destination[i]])),
        new PrimitiveDataFrameColumn<int>("distance", Pick(table.Distance, rows)),
        new PrimitiveDataFrameColumn<int>("delay", Pick(table.Delay, rows)),
        new PrimitiveDataFrameColumn<bool>("delayed", Array.ConvertAll(Pick(table.Delay, rows), d => d > 15)));

    private static T[] Pick<T>(T[] values, int[] rows)
    {
        var result = new T[rows.Length];
        for (var k = 0; k < rows.Length; k++)
        {
            result[k] = values[rows[k]];
        }

        return result;
    }

    /// The numeric view of the flights (weekday: Monday = 0) that describe() and the correlations read.
    private static (string Name, double[] Values)[] Numbers(FlightTable table, int[] rows) =>
    [
        ("delay", rows.Select(i => (double)table.Delay[i]).ToArray()),
        ("distance", rows.Select(i => (double)table.Distance[i]).ToArray()),
        ("hour", rows.Select(i => table.Departure[i].Hour + (table.Departure[i].Minute / 60.0)).ToArray()),
        ("weekday", rows.Select(i => (double)((int)(table.Departure[i].DayOfWeek + 6) % 7)).ToArray()),
        ("day of year", rows.Select(i => (double)table.Departure[i].DayOfYear).ToArray()),
        ("delayed", rows.Select(i => table.Delay[i] > 15 ? 1.0 : 0.0).ToArray()),
    ];

    /// At most <see cref="ScatterPoints"/> flights, evenly spread over the filtered rows (the chart would downsample a
    /// million points anyway; sending fewer keeps the page fast).
    private static DataFrame Scatter(FlightTable table, int[] rows)
    {
        var step = Math.Max(1, rows.Length / (double)ScatterPoints);
        var sample = Enumerable.Range(0, Math.Min(rows.Length, ScatterPoints)).Select(k => rows[(int)(k * step)]).ToArray();
        return new DataFrame(
            new PrimitiveDataFrameColumn<int>("distance (mi)", sample.Select(i => table.Distance[i])),
            new PrimitiveDataFrameColumn<int>("delay (min)", sample.Select(i => table.Delay[i])),
            new StringDataFrameColumn("status", sample.Select(i => table.Delay[i] > 15 ? "delayed" : "on time")));
    }

    /// Pearson correlations between the numeric columns, as a matrix with a "name" column (the heatmap's row labels).
    private static DataFrame CorrelationsOf((string Name, double[] Values)[] columns)
    {
        var frame = new DataFrame(new StringDataFrameColumn("name", columns.Select(c => c.Name)));
        foreach (var (name, values) in columns)
        {
            frame.Columns.Add(new PrimitiveDataFrameColumn<double>(name, columns.Select(other => Math.Round(Pearson(values, other.Values), 3))));
        }

        return frame;
    }

    internal static double Pearson(double[] x, double[] y)
    {
        if (x.Length < 2)
        {
            return double.NaN;
        }

        double mx = x.Average(), my = y.Average(), sxy = 0, sxx = 0, syy = 0;
        for (var i = 0; i < x.Length; i++)
        {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }

        return sxx == 0 || syy == 0 ? double.NaN : sxy / Math.Sqrt(sxx * syy);
    }

    /// Delay share per group; groups are small integers (an hour, an airport index) counted in arrays, not dictionaries.
    private static IReadOnlyList<GroupShare> Shares(int[] rows, Func<int, int> group, int groups, Func<int, string> name, FlightTable table, int top)
    {
        var flights = new int[groups];
        var delayed = new int[groups];
        foreach (var i in rows)
        {
            var g = group(i);
            flights[g]++;
            if (table.Delay[i] > 15)
            {
                delayed[g]++;
            }
        }

        var shares = Enumerable.Range(0, groups).Where(g => flights[g] > 0)
            .Select(g => new GroupShare(name(g), flights[g], (double)delayed[g] / flights[g]));
        return top == int.MaxValue
            ? shares.OrderBy(g => g.Group, StringComparer.Ordinal).ToArray()
            : shares.OrderByDescending(g => g.Flights).ThenBy(g => g.Group, StringComparer.Ordinal).Take(top).ToArray();
    }
}

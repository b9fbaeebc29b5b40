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
        var numbers = new DataFrame(columns.Select(c => (DataFrameColumn)new PrimitiveDataFrameColumn<double>(c.Name, c.Values)));
        return new EdaView(
            rows.Length,
            delayed,
            rows.Length == 0 ? 0 : delaySum / rows.Length,
            GridOf(table, rows),
            numbers.Describe(),
            new DataFrame(new PrimitiveDataFrameColumn<int>("delay (min)", rows.Select(i => table.Delay[i]))),
            Scatter(table, rows),
            CorrelationsOf(columns),
            Shares(rows, i => table.Departure[i].Hour.ToString("00", System.Globalization.CultureInfo.InvariantCulture), table, int.MaxValue),
            Shares(rows, i => table.Airports[table.Origin[i]], table, 15));
    }

    /// The grid's frame: one row per flight, typed columns.
    private static DataFrame GridOf(FlightTable table, int[] rows) => new(
        new PrimitiveDataFrameColumn<DateTime>("departure", rows.Select(i => table.Departure[i])),
        new StringDataFrameColumn("origin", rows.Select(i => table.Airports[table.Origin[i]])),
        new StringDataFrameColumn("destination", rows.Select(i => table.Airports[table.Destination[i]])),
        new PrimitiveDataFrameColumn<int>("distance", rows.Select(i => table.Distance[i])),
        new PrimitiveDataFrameColumn<int>("delay", rows.Select(i => table.Delay[i])),
        new PrimitiveDataFrameColumn<bool>("delayed", rows.Select(i => table.Delay[i] > 15)));

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

    private static IReadOnlyList<GroupShare> Shares(int[] rows, Func<int, string> key, FlightTable table, int top)
    {
        var counts = new Dictionary<string, (int Flights, int Delayed)>(StringComparer.Ordinal);
        foreach (var i in rows)
        {
            var k = key(i);
            counts.TryGetValue(k, out var c);
            counts[k] = (c.Flights + 1, c.Delayed + (table.Delay[i] > 15 ? 1 : 0));
        }

        var groups = counts.Select(p => new GroupShare(p.Key, p.Value.Flights, (double)p.Value.Delayed / p.Value.Flights));
        return top == int.MaxValue
            ? groups.OrderBy(g => g.Group, StringComparer.Ordinal).ToArray()
            : groups.OrderByDescending(g => g.Flights).ThenBy(g => g.Group, StringComparer.Ordinal).Take(top).ToArray();
    }
}

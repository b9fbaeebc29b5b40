using FlightDelays;

namespace ModelCompare.Models;

/// One model's metrics on one slice of the test flights.
internal sealed record SliceRow(string By, string Slice, int Flights, double DelayedShare, string Model, double Accuracy, double Precision, double Recall, double F1, double Auc);

/// Groups of test flights the models are compared on: by origin (the busiest), by hour band and by distance band.
internal static class Slices
{
    public const string ByOrigin = "Origin";
    public const string ByHour = "Hour band";
    public const string ByDistance = "Distance band";

    public static string HourBand(int hour) => hour switch
    {
        < 6 => "00–05 night",
        < 12 => "06–11 morning",
        < 18 => "12–17 afternoon",
        _ => "18–23 evening",
    };

    public static string DistanceBand(int miles) => miles switch
    {
        < 500 => "< 500 mi",
        < 1000 => "500–999 mi",
        < 2000 => "1,000–1,999 mi",
        _ => "≥ 2,000 mi",
    };

    /// Each slice's metrics per model; <paramref name="thresholds"/> holds each model's threshold, in the order of <paramref name="models"/>.
    public static IReadOnlyList<SliceRow> Compute(IReadOnlyList<Flight> test, IReadOnlyList<EvaluatedModel> models, IReadOnlyList<double> thresholds, int topOrigins = 8)
    {
        var busiest = test.GroupBy(f => f.Origin).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Take(topOrigins).Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
        var groups = new List<(string By, string Slice, int[] Rows)>();
        groups.AddRange(Group(test, ByOrigin, f => busiest.Contains(f.Origin) ? f.Origin : null));
        groups.AddRange(Group(test, ByHour, f => HourBand(f.Departure.Hour)));
        groups.AddRange(Group(test, ByDistance, f => DistanceBand(f.Distance)));

        var rows = new List<SliceRow>();
        foreach (var (by, slice, members) in groups)
        {
            var labels = members.Select(i => test[i].IsDelayed).ToArray();
            for (var m = 0; m < models.Count; m++)
            {
                var scores = members.Select(i => models[m].Scores[i]).ToArray();
                var c = Confusion.At(scores, labels, thresholds[m]);
                rows.Add(new SliceRow(by, slice, members.Length, labels.Count(l => l) / (double)members.Length, models[m].Name,
                    c.Accuracy, c.Precision, c.Recall, c.F1, Scoring.Auc(scores, labels)));
            }
        }

        return rows;
    }

    private static IEnumerable<(string By, string Slice, int[] Rows)> Group(IReadOnlyList<Flight> test, string by, Func<Flight, string?> key) =>
        Enumerable.Range(0, test.Count)
            .Select(i => (Key: key(test[i]), Row: i))
            .Where(p => p.Key is not null)
            .GroupBy(p => p.Key!, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (by, g.Key, g.Select(p => p.Row).ToArray()));
}

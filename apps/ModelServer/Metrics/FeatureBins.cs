namespace ModelServer.Metrics;

/// <summary>
/// The bins the input features are counted in, the same for the live inputs and the training data, so that the
/// population stability index (PSI) is one PromQL expression (docs/apps/model-server.md#drift).
/// </summary>
internal sealed record FeatureBins(string Feature, IReadOnlyList<double> UpperBounds, IReadOnlyList<string> Labels)
{
    /// <summary>Great-circle miles: short hops to coast-to-coast (the data has 30 to 4,962 miles).</summary>
    public static FeatureBins Distance { get; } = Create("distance", [250, 500, 750, 1000, 1500, 2000, 2500], "");

    /// <summary>The hour of departure, 0–23, in blocks of three hours (the night block 0–5 is quiet).</summary>
    public static FeatureBins Hour { get; } = Create("hour", [5, 8, 11, 14, 17, 20], "23");

    /// <summary>The index of the bin <paramref name="value"/> falls in (a bin holds values up to and including its bound).</summary>
    public int IndexOf(double value)
    {
        var index = 0;
        while (index < UpperBounds.Count && value > UpperBounds[index])
        {
            index++;
        }

        return index;
    }

    /// <summary>Each bin's share of <paramref name="values"/> (zeros for none).</summary>
    public double[] Shares(IEnumerable<double> values)
    {
        var counts = new double[Labels.Count];
        var total = 0;
        foreach (var value in values)
        {
            counts[IndexOf(value)]++;
            total++;
        }

        return total == 0 ? counts : counts.Select(c => c / total).ToArray();
    }

    private static FeatureBins Create(string feature, double[] bounds, string last)
    {
        // Labels read as ranges of whole numbers: "0-250", "251-500" … "2501+"; hours "0-5", "6-8" … "21-23".
        var labels = new List<string>();
        var low = 0.0;
        foreach (var bound in bounds)
        {
            labels.Add($"{low:0}-{bound:0}");
            low = bound + 1;
        }

        labels.Add(last.Length == 0 ? $"{low:0}+" : $"{low:0}-{last}");
        return new FeatureBins(feature, bounds, labels);
    }
}

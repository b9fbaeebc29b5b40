using System.Globalization;
using System.Text.RegularExpressions;

namespace ModelServer.Tests;

/// <summary>
/// A strict reader of the Prometheus text format (0.0.4) for the tests: every line is a HELP, a TYPE or a sample of the family
/// declared last; histograms have cumulative buckets ending in +Inf that equal _count. Returns the samples by name and labels.
/// </summary>
internal static partial class PrometheusFormat
{
    public static Dictionary<string, double> Parse(string text)
    {
        Assert.EndsWith("\n", text, StringComparison.Ordinal);
        var samples = new Dictionary<string, double>(StringComparer.Ordinal);
        var types = new Dictionary<string, string>(StringComparer.Ordinal);
        string? family = null;
        foreach (var line in text.TrimEnd('\n').Split('\n'))
        {
            if (Help().Match(line) is { Success: true } help)
            {
                Assert.False(types.ContainsKey(help.Groups[1].Value), $"{help.Groups[1].Value} is declared twice.");
                family = help.Groups[1].Value;
                continue;
            }

            if (Type().Match(line) is { Success: true } type)
            {
                Assert.Equal(family, type.Groups[1].Value);
                types[family!] = type.Groups[2].Value;
                continue;
            }

            var sample = Sample().Match(line);
            Assert.True(sample.Success, $"Not a Prometheus sample line: '{line}'");
            var name = sample.Groups["name"].Value;
            Assert.NotNull(family);
            var suffixes = types[family] == "histogram" ? new[] { "_bucket", "_sum", "_count" } : [""];
            Assert.Contains(name, suffixes.Select(s => family + s));
            var key = name + sample.Groups["labels"].Value;
            Assert.True(samples.TryAdd(key, ParseValue(sample.Groups["value"].Value)), $"{key} appears twice.");
        }

        foreach (var (name, type) in types.Where(t => t.Value == "histogram"))
        {
            CheckHistogram(name, samples);
        }

        return samples;
    }

    private static void CheckHistogram(string name, Dictionary<string, double> samples)
    {
        // Group the buckets by their labels without "le".
        var buckets = samples.Where(s => s.Key.StartsWith(name + "_bucket{", StringComparison.Ordinal))
            .Select(s => (Series: LeLabel().Replace(s.Key[(name.Length + "_bucket".Length)..], "").Replace("{}", ""), Le: LeValue().Match(s.Key).Groups[1].Value, Count: s.Value))
            .GroupBy(b => b.Series);
        foreach (var series in buckets)
        {
            var ordered = series.ToList(); // in the order written
            Assert.Equal("+Inf", ordered[^1].Le);
            Assert.Equal(ordered.Select(b => b.Count).Order(), ordered.Select(b => b.Count));
            Assert.Equal(ordered.Select(b => ParseValue(b.Le)).Order(), ordered.Select(b => ParseValue(b.Le)));
            Assert.Equal(ordered[^1].Count, samples[name + "_count" + series.Key]);
            Assert.True(samples.ContainsKey(name + "_sum" + series.Key), $"{name}_sum{series.Key} is missing.");
        }
    }

    private static double ParseValue(string value) => value switch
    {
        "+Inf" => double.PositiveInfinity,
        "-Inf" => double.NegativeInfinity,
        "NaN" => double.NaN,
        _ => double.Parse(value, NumberStyles.Float, CultureInfo.InvariantCulture),
    };

    [GeneratedRegex(@"^# HELP ([a-zA-Z_:][a-zA-Z0-9_:]*) \S.*$")]
    private static partial Regex Help();

    [GeneratedRegex(@"^# TYPE ([a-zA-Z_:][a-zA-Z0-9_:]*) (counter|gauge|histogram|summary|untyped)$")]
    private static partial Regex Type();

    [GeneratedRegex(@"^(?<name>[a-zA-Z_:][a-zA-Z0-9_:]*)(?<labels>\{[a-zA-Z_][a-zA-Z0-9_]*=""(?:[^""\\\n]|\\[\\""n])*""(?:,[a-zA-Z_][a-zA-Z0-9_]*=""(?:[^""\\\n]|\\[\\""n])*"")*\})? (?<value>[-+]?(?:[0-9]*\.?[0-9]+(?:[eE][-+]?[0-9]+)?|Inf)|NaN)$")]
    private static partial Regex Sample();

    [GeneratedRegex(@",?le=""[^""]*""")]
    private static partial Regex LeLabel();

    [GeneratedRegex(@"le=""([^""]*)""")]
    private static partial Regex LeValue();
}

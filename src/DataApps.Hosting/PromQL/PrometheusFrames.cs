using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Analysis;

namespace DataApps.Hosting.PromQL;

/// <summary>
/// Turns the <c>data</c> of a Prometheus query answer into a long DataFrame: one row per sample, a <c>time</c> column
/// (UTC <see cref="DateTime"/>), one string column per label whose value differs between the series, and <c>value</c>.
/// </summary>
/// <remarks>
/// Note [Long frames]: long, not wide, because a chart colours by a column (<c>ui.LineChart(frame, x: "time", y: "value",
/// color: "instance")</c>), a grid filters by one, and series of a range query need not share timestamps. Labels that are the
/// same in every series say nothing and are left out. NaN, +Inf and -Inf arrive as <see cref="double.NaN"/> and
/// <see cref="double.PositiveInfinity"/>/<see cref="double.NegativeInfinity"/>: the charts leave gaps there.
/// </remarks>
internal static class PrometheusFrames
{
    public const string Time = "time";
    public const string Value = "value";

    public static DataFrame Read(JsonElement data, string query)
    {
        var type = data.GetProperty("resultType").GetString();
        var result = data.GetProperty("result");
        var series = type switch
        {
            "matrix" => [.. result.EnumerateArray().Select(s => new Series(Labels(s), [.. s.GetProperty("values").EnumerateArray().Select(Sample)]))],
            "vector" => [.. result.EnumerateArray().Select(s => new Series(Labels(s), [Sample(s.GetProperty("value"))]))],
            "scalar" => new List<Series> { new([], [Sample(result)]) },
            _ => throw new PrometheusException(
                $"The query returns a {type}, which has no numbers to put in a frame: ask for a vector, a matrix or a scalar.", query),
        };
        return Frame(series);
    }

    private static DataFrame Frame(List<Series> series)
    {
        var rows = series.Sum(s => s.Samples.Count);
        var time = new PrimitiveDataFrameColumn<DateTime>(Time, rows);
        var value = new DoubleDataFrameColumn(Value, rows);
        var labels = Varying(series).Select(name => (Name: name, Column: new StringDataFrameColumn(ColumnName(name), rows))).ToList();
        var row = 0;
        foreach (var s in series)
        {
            foreach (var (t, v) in s.Samples)
            {
                time[row] = t;
                value[row] = v;
                foreach (var (name, column) in labels)
                {
                    column[row] = s.Labels.GetValueOrDefault(name);
                }

                row++;
            }
        }

        return new DataFrame([time, .. labels.Select(l => (DataFrameColumn)l.Column), value]);
    }

    // The labels whose value is not the same in every series (a label some series lack counts as differing); __name__ first.
    private static IEnumerable<string> Varying(List<Series> series) =>
        series.SelectMany(s => s.Labels.Keys).Distinct(StringComparer.Ordinal)
            .Where(name => series.Select(s => s.Labels.GetValueOrDefault(name)).Distinct(StringComparer.Ordinal).Skip(1).Any())
            .OrderBy(name => name == "__name__" ? 0 : 1).ThenBy(name => name, StringComparer.Ordinal);

    // A label called "time" or "value" must not take the place of the frame's own columns.
    private static string ColumnName(string label) => label is Time or Value ? "label_" + label : label;

    private static Dictionary<string, string> Labels(JsonElement series) =>
        series.GetProperty("metric").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString() ?? "", StringComparer.Ordinal);

    private static (DateTime Time, double Value) Sample(JsonElement pair) =>
        (DateTime.UnixEpoch.AddTicks((long)Math.Round(pair[0].GetDouble() * TimeSpan.TicksPerSecond)), Number(pair[1].GetString()));

    internal static double Number(string? text) => text switch
    {
        "NaN" => double.NaN,
        "+Inf" => double.PositiveInfinity,
        "-Inf" => double.NegativeInfinity,
        _ => double.Parse(text ?? "", NumberStyles.Float, CultureInfo.InvariantCulture),
    };

    private sealed record Series(Dictionary<string, string> Labels, List<(DateTime Time, double Value)> Samples);
}

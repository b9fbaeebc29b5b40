using System.Globalization;
using System.Text;

namespace ModelServer.Metrics;

/// <summary>Writes the Prometheus text exposition format 0.0.4: # HELP / # TYPE lines, then samples with escaped labels.</summary>
internal sealed class PrometheusText
{
    public const string ContentType = "text/plain; version=0.0.4; charset=utf-8";

    private readonly StringBuilder text = new();

    public void Family(string name, string type, string help) =>
        text.Append("# HELP ").Append(name).Append(' ').Append(help.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal)).Append('\n')
            .Append("# TYPE ").Append(name).Append(' ').Append(type).Append('\n');

    public void Sample(string name, IReadOnlyList<(string Name, string Value)> labels, double value)
    {
        text.Append(name);
        if (labels.Count > 0)
        {
            text.Append('{');
            for (var i = 0; i < labels.Count; i++)
            {
                text.Append(i == 0 ? "" : ",").Append(labels[i].Name).Append("=\"").Append(Escape(labels[i].Value)).Append('"');
            }

            text.Append('}');
        }

        text.Append(' ').Append(Format(value)).Append('\n');
    }

    public void Histogram(string name, IReadOnlyList<(string Name, string Value)> labels, Histogram histogram)
    {
        var (cumulative, sum) = histogram.Snapshot();
        for (var i = 0; i < cumulative.Length; i++)
        {
            var le = i < histogram.Bounds.Count ? Format(histogram.Bounds[i]) : "+Inf";
            Sample(name + "_bucket", [.. labels, ("le", le)], cumulative[i]);
        }

        Sample(name + "_sum", labels, sum);
        Sample(name + "_count", labels, cumulative[^1]);
    }

    public override string ToString() => text.ToString();

    private static string Format(double value) =>
        double.IsPositiveInfinity(value) ? "+Inf" : double.IsNegativeInfinity(value) ? "-Inf" : double.IsNaN(value) ? "NaN" : value.ToString("R", CultureInfo.InvariantCulture);

    private static string Escape(string value) =>
        value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal);
}

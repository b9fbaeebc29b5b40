using System.Text;
using OpenTelemetry.Metrics;

namespace DataApps.Hosting.Operations.Prometheus;

internal enum PrometheusType
{
    Gauge,
    Counter,
    Histogram,
}

// An instrument's Prometheus family: name and type.
internal sealed record PrometheusFamily(string Name, PrometheusType Type);

// The rules the OpenTelemetry Prometheus exporter (1.20.1-beta.1, underscore escaping with suffixes) names series by, so the
// series keep their names: dataapps.rerun.duration with unit "s" is dataapps_rerun_duration_seconds, a counter ends in
// _total, a label key dots-to-underscores (http.route is http_route).
internal static partial class PrometheusNames
{
    private static readonly System.Buffers.SearchValues<char> LabelCharacters =
        System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_");

    // The family of an instrument (exponential histograms have none in this format; the caller leaves them out).
    public static PrometheusFamily Family(Metric metric)
    {
        var kind = metric.MetricType switch
        {
            MetricType.LongSum or MetricType.DoubleSum => PrometheusType.Counter,
            MetricType.Histogram => PrometheusType.Histogram,
            _ => PrometheusType.Gauge, // gauges and up-down counters
        };

        var name = Sanitize(metric.Name, metricName: true);
        var unit = string.IsNullOrEmpty(metric.Unit) ? "" : Unit(metric.Unit);
        if (unit.Length > 0 && !name.EndsWith(unit, StringComparison.Ordinal)
            && !(kind == PrometheusType.Counter && name.EndsWith(unit + "_total", StringComparison.Ordinal)))
        {
            name += "_" + unit;
        }

        if (kind == PrometheusType.Counter && !name.EndsWith("_total", StringComparison.Ordinal))
        {
            name += "_total";
        }

        return new PrometheusFamily(name, kind);
    }

    // A label key: runs of characters other than ASCII letters, digits and '_' become one '_'; a leading digit gets a '_'.
    public static string LabelKey(string key)
    {
        if (key.Length == 0)
        {
            return "_";
        }

        if (!char.IsAsciiDigit(key[0]) && !key.AsSpan().ContainsAnyExcept(LabelCharacters))
        {
            return key;
        }

        var result = new StringBuilder(key.Length + 1);
        var underscore = false;
        if (char.IsAsciiDigit(key[0]))
        {
            result.Append('_');
            underscore = true;
        }

        foreach (var c in key)
        {
            if (char.IsAsciiLetterOrDigit(c) || c == '_')
            {
                result.Append(c);
                underscore = c == '_';
            }
            else if (!underscore)
            {
                result.Append('_');
                underscore = true;
            }
        }

        return result.ToString();
    }

    // Metric names and units keep ASCII letters, digits and ':'; every other run (even "__") becomes one '_'. A metric name's
    // leading digit is replaced by '_'; a unit is trimmed of '_' instead.
    private static string Sanitize(string value, bool metricName)
    {
        var result = new StringBuilder(value.Length);
        var underscore = false;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (metricName && i == 0 && char.IsAsciiDigit(c))
            {
                result.Append('_');
                underscore = true;
            }
            else if (char.IsAsciiLetterOrDigit(c) || c == ':')
            {
                result.Append(c);
                underscore = false;
            }
            else if (!underscore)
            {
                result.Append('_');
                underscore = true;
            }
        }

        return metricName ? result.ToString() : result.ToString().Trim('_');
    }

    // UCUM to words: "s" is seconds, "By" bytes, "{request}" nothing, "By/s" bytes_per_second.
    private static string Unit(string unit)
    {
        var bare = Annotations().Replace(unit, "");
        var slash = bare.IndexOf('/', StringComparison.Ordinal);
        var words = slash >= 0 && slash < bare.Length - 1
            ? UnitWord(bare[..slash]) + "_per_" + PerUnitWord(bare[(slash + 1)..])
            : UnitWord(bare);
        return Sanitize(words, metricName: false);
    }

    private static string UnitWord(string unit) => unit switch
    {
        "d" => "days", "h" => "hours", "min" => "minutes", "s" => "seconds", "ms" => "milliseconds", "us" => "microseconds",
        "ns" => "nanoseconds", "By" => "bytes", "KiBy" => "kibibytes", "MiBy" => "mebibytes", "GiBy" => "gibibytes",
        "TiBy" => "tibibytes", "KBy" => "kilobytes", "MBy" => "megabytes", "GBy" => "gigabytes", "TBy" => "terabytes",
        "B" => "bytes", "KB" => "kilobytes", "MB" => "megabytes", "GB" => "gigabytes", "TB" => "terabytes", "m" => "meters",
        "V" => "volts", "A" => "amperes", "J" => "joules", "W" => "watts", "g" => "grams", "Cel" => "celsius", "Hz" => "hertz",
        "1" => "", "%" => "percent", "$" => "dollars",
        _ => unit,
    };

    private static string PerUnitWord(string unit) => unit switch
    {
        "s" => "second", "m" => "minute", "h" => "hour", "d" => "day", "w" => "week", "mo" => "month", "y" => "year",
        _ => unit,
    };

    // {…} annotations; an unclosed '{' stays, as the exporter left it.
    [System.Text.RegularExpressions.GeneratedRegex("\\{[^}]*\\}")]
    private static partial System.Text.RegularExpressions.Regex Annotations();
}

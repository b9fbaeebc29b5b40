using System.Runtime.CompilerServices;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;

namespace DataApps.Hosting.Operations.Prometheus;

// Writes what one collection produced in the Prometheus text format 0.0.4, laid out as the OpenTelemetry exporter laid it
// out: target_info first, then the families sorted by name (then meter and instrument name), # TYPE and # HELP once per
// family. Instruments whose names meet in one family with different types are left out, as the exporter left them out.
// OpenTelemetry has aggregated every point already (sums, last values, cumulative histogram buckets): this only spells
// them. Used under the scrape gate only.
internal sealed class PrometheusTextFormat
{
    private readonly ConditionalWeakTable<Metric, PrometheusFamily> _families = [];
    private readonly PrometheusLabels _labels = new();
    private readonly List<(Metric Metric, PrometheusFamily Family)> _metrics = [];
    private readonly Dictionary<string, (PrometheusType Type, string? Help, bool Conflict)> _metadata = new(StringComparer.Ordinal);

    public void Write(PrometheusBuffer buffer, in Batch<Metric> batch, Resource resource)
    {
        WriteTargetInfo(buffer, resource);
        _metrics.Clear();
        _metadata.Clear();
        foreach (var metric in batch)
        {
            if (metric.MetricType == MetricType.ExponentialHistogram)
            {
                continue;
            }

            var family = _families.GetValue(metric, PrometheusNames.Family);
            _metrics.Add((metric, family));
            var help = string.IsNullOrEmpty(metric.Description) ? null : metric.Description;
            _metadata[family.Name] = _metadata.TryGetValue(family.Name, out var seen)
                ? (seen.Type, seen.Help ?? help, seen.Conflict || seen.Type != family.Type)
                : (family.Type, help, false);
        }

        _metrics.Sort(static (a, b) =>
        {
            var order = string.CompareOrdinal(a.Family.Name, b.Family.Name);
            order = order != 0 ? order : string.CompareOrdinal(a.Metric.MeterName, b.Metric.MeterName);
            return order != 0 ? order : string.CompareOrdinal(a.Metric.Name, b.Metric.Name);
        });

        string? previous = null;
        foreach (var (metric, family) in _metrics)
        {
            var metadata = _metadata[family.Name];
            if (metadata.Conflict)
            {
                continue;
            }

            if (family.Name != previous)
            {
                WriteMetadata(buffer, family, metadata.Help);
                previous = family.Name;
            }

            if (family.Type == PrometheusType.Histogram)
            {
                WriteHistogram(buffer, metric, family);
            }
            else
            {
                WriteValues(buffer, metric, family);
            }
        }

        _metrics.Clear(); // holds no instrument past its scrape
    }

    private void WriteTargetInfo(PrometheusBuffer buffer, Resource resource)
    {
        if (!resource.Attributes.Any())
        {
            return;
        }

        buffer.WriteAscii("# TYPE target_info gauge\n# HELP target_info Target metadata\ntarget_info{");
        _labels.WriteResource(buffer, resource.Attributes);
        buffer.WriteAscii("} 1\n");
    }

    private static void WriteMetadata(PrometheusBuffer buffer, PrometheusFamily family, string? help)
    {
        buffer.WriteAscii("# TYPE ");
        buffer.WriteAscii(family.Name);
        buffer.WriteAscii(family.Type switch { PrometheusType.Counter => " counter\n", PrometheusType.Histogram => " histogram\n", _ => " gauge\n" });
        if (help is not null)
        {
            buffer.WriteAscii("# HELP ");
            buffer.WriteAscii(family.Name);
            buffer.Write((byte)' ');
            buffer.WriteHelp(help);
            buffer.Write((byte)'\n');
        }
    }

    // Counters, up-down counters and gauges: one sample per point, longs as longs.
    private void WriteValues(PrometheusBuffer buffer, Metric metric, PrometheusFamily family)
    {
        var type = metric.MetricType;
        foreach (ref readonly var point in metric.GetMetricPoints())
        {
            buffer.WriteAscii(family.Name);
            buffer.Write((byte)'{');
            _labels.Write(buffer, metric, point.Tags, histogram: false);
            buffer.WriteAscii("} ");
            if (type.IsLong())
            {
                buffer.WriteLong(type.IsSum() ? point.GetSumLong() : point.GetGaugeLastValueLong());
            }
            else
            {
                buffer.WriteDouble(type.IsSum() ? point.GetSumDouble() : point.GetGaugeLastValueDouble());
            }

            buffer.Write((byte)'\n');
        }
    }

    // A histogram: OpenTelemetry counts per bucket, Prometheus counts everything up to each bound ("le"), ending in +Inf.
    private void WriteHistogram(PrometheusBuffer buffer, Metric metric, PrometheusFamily family)
    {
        foreach (ref readonly var point in metric.GetMetricPoints())
        {
            // The label set is written once and repeated for every bucket, the sum and the count.
            var labels = (Start: -1, Length: 0);
            long cumulative = 0;
            foreach (var bucket in point.GetHistogramBuckets())
            {
                cumulative += bucket.BucketCount;
                WriteSeries(buffer, metric, family, "_bucket{", point.Tags, ref labels);
                buffer.WriteAscii(labels.Length > 0 ? ",le=\"" : "le=\"");
                buffer.WriteDouble(bucket.ExplicitBound); // +Inf for the last
                buffer.WriteAscii("\"} ");
                buffer.WriteLong(cumulative);
                buffer.Write((byte)'\n');
            }

            WriteSeries(buffer, metric, family, "_sum{", point.Tags, ref labels);
            buffer.WriteAscii("} ");
            buffer.WriteDouble(point.GetHistogramSum());
            buffer.Write((byte)'\n');
            WriteSeries(buffer, metric, family, "_count{", point.Tags, ref labels);
            buffer.WriteAscii("} ");
            buffer.WriteLong(point.GetHistogramCount());
            buffer.Write((byte)'\n');
        }
    }

    private void WriteSeries(PrometheusBuffer buffer, Metric metric, PrometheusFamily family, string suffix, ReadOnlyTagCollection tags, ref (int Start, int Length) labels)
    {
        buffer.WriteAscii(family.Name);
        buffer.WriteAscii(suffix);
        if (labels.Start < 0)
        {
            var start = buffer.Length;
            _labels.Write(buffer, metric, tags, histogram: true);
            labels = (start, buffer.Length - start);
        }
        else
        {
            buffer.Repeat(labels.Start, labels.Length);
        }
    }
}

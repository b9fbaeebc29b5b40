using System.Runtime.CompilerServices;
using OpenTelemetry;
using OpenTelemetry.Metrics;

namespace DataApps.Hosting.Operations.Prometheus;

// A series' label set: the instrumentation scope first (otel_scope_name, otel_scope_version and otel_scope_schema_url when
// set, the meter's tags as otel_scope_<key>), then the point's tags in the order OpenTelemetry keeps them (sorted by key).
// Two keys that come out the same ("http.route" and "http_route") merge into one label whose values are joined with ';'
// in the order of the original keys, as the OpenTelemetry exporter did. Used under the scrape gate only: the scratch lists
// are this instance's.
internal sealed class PrometheusLabels
{
    private readonly ConditionalWeakTable<Metric, List<Label>> _scopes = [];
    private readonly Dictionary<string, string> _keys = new(StringComparer.Ordinal);
    private readonly List<string> _written = [];
    private readonly List<Label> _all = [];

    // Writes the labels, without braces; a histogram's tags named "le" are left out (the bucket label).
    public void Write(PrometheusBuffer buffer, Metric metric, ReadOnlyTagCollection tags, bool histogram)
    {
        // The usual case, straight into the buffer: every output key differs.
        var start = buffer.Length;
        _written.Clear();
        foreach (var label in Scope(metric))
        {
            if (!TryWrite(buffer, label.Output, label.Value))
            {
                Rewrite(buffer, start, metric, tags, histogram);
                return;
            }
        }

        foreach (var tag in tags)
        {
            var key = Key(tag.Key);
            if (!(histogram && key == "le") && !TryWrite(buffer, key, tag.Value))
            {
                Rewrite(buffer, start, metric, tags, histogram);
                return;
            }
        }
    }

    // target_info's labels: the resource's attributes.
    public void WriteResource(PrometheusBuffer buffer, IEnumerable<KeyValuePair<string, object>> attributes)
    {
        _all.Clear();
        foreach (var attribute in attributes)
        {
            _all.Add(new Label(attribute.Key, Key(attribute.Key), PrometheusLabelValues.Text(attribute.Value)));
        }

        WriteMerged(buffer, _all);
    }

    private bool TryWrite(PrometheusBuffer buffer, string key, object? value)
    {
        foreach (var written in _written)
        {
            if (written == key)
            {
                return false;
            }
        }

        _written.Add(key);
        if (_written.Count > 1)
        {
            buffer.Write((byte)',');
        }

        buffer.WriteAscii(key);
        buffer.WriteAscii("=\"");
        PrometheusLabelValues.Write(buffer, value);
        buffer.Write((byte)'"');
        return true;
    }

    // Two keys came out the same: start over with every label's original key at hand.
    private void Rewrite(PrometheusBuffer buffer, int start, Metric metric, ReadOnlyTagCollection tags, bool histogram)
    {
        buffer.Truncate(start);
        _all.Clear();
        _all.AddRange(Scope(metric));
        foreach (var tag in tags)
        {
            var key = Key(tag.Key);
            if (!(histogram && key == "le"))
            {
                _all.Add(new Label(tag.Key, key, PrometheusLabelValues.Text(tag.Value)));
            }
        }

        WriteMerged(buffer, _all);
    }

    private void WriteMerged(PrometheusBuffer buffer, List<Label> labels)
    {
        _written.Clear();
        foreach (var label in labels)
        {
            if (_written.Contains(label.Output))
            {
                continue;
            }

            var same = labels.FindAll(l => l.Output == label.Output);
            same.Sort((a, b) => string.CompareOrdinal(a.Original, b.Original));
            TryWrite(buffer, label.Output, string.Join(';', same.Select(l => l.Value)));
        }
    }

    private string Key(string key)
    {
        if (!_keys.TryGetValue(key, out var output))
        {
            output = PrometheusNames.LabelKey(key);
            _keys[key] = output;
        }

        return output;
    }

    private List<Label> Scope(Metric metric) => _scopes.GetValue(metric, static metric =>
    {
        List<Label> scope = [new("otel_scope_name", "otel_scope_name", metric.MeterName)];
        if (!string.IsNullOrEmpty(metric.MeterVersion))
        {
            scope.Add(new("otel_scope_version", "otel_scope_version", metric.MeterVersion));
        }

        if (!string.IsNullOrEmpty(metric.MeterSchemaUrl))
        {
            scope.Add(new("otel_scope_schema_url", "otel_scope_schema_url", metric.MeterSchemaUrl));
        }

        foreach (var tag in metric.MeterTags ?? [])
        {
            var key = PrometheusNames.LabelKey("otel_scope_" + tag.Key);
            if (key is not ("otel_scope_name" or "otel_scope_version" or "otel_scope_schema_url"))
            {
                scope.Add(new(tag.Key, key, PrometheusLabelValues.Text(tag.Value)));
            }
        }

        return scope;
    });

    private readonly record struct Label(string Original, string Output, string Value);
}

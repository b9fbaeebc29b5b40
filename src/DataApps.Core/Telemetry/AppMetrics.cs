using System.Collections.Concurrent;
using System.Diagnostics.Metrics;

namespace DataApps;

/// <summary>Counters and histograms of the app's own (<c>ui.Metrics</c>), published with the framework's at <c>/metrics</c>.</summary>
/// <remarks>Instruments live on the <see cref="DataAppsTelemetry.AppMeterName"/> meter and are shared by every session: asking twice for a name gives the same instrument. Prometheus shows <c>orders.submitted</c> as <c>orders_submitted_total</c>.</remarks>
/// <example><c>if (ui.Button("Submit")) ui.Metrics.Counter("orders.submitted").Add(1);</c></example>
public sealed class AppMetrics
{
    private static readonly Meter Meter = new(DataAppsTelemetry.AppMeterName);
    private static readonly ConcurrentDictionary<string, Instrument> Instruments = new(StringComparer.Ordinal);

    internal static AppMetrics Instance { get; } = new();

    private AppMetrics()
    {
    }

    /// <summary>A counter named <paramref name="name"/> (created on first use).</summary>
    /// <param name="name">The instrument's name, e.g. <c>orders.submitted</c>.</param>
    /// <param name="unit">The unit (UCUM, e.g. <c>By</c>, <c>s</c>), or <c>null</c>.</param>
    /// <param name="description">What it counts.</param>
    /// <exception cref="InvalidOperationException">The name is already used by an instrument of another kind.</exception>
    /// <example><c>ui.Metrics.Counter("predictions").Add(1, new KeyValuePair&lt;string, object?&gt;("model", name));</c></example>
    public Counter<long> Counter(string name, string? unit = null, string? description = null) =>
        Get(name, () => Meter.CreateCounter<long>(name, unit, description));

    /// <summary>A histogram named <paramref name="name"/> (created on first use).</summary>
    /// <param name="name">The instrument's name, e.g. <c>model.latency</c>.</param>
    /// <param name="unit">The unit (UCUM, e.g. <c>s</c>), or <c>null</c>.</param>
    /// <param name="description">What it measures.</param>
    /// <exception cref="InvalidOperationException">The name is already used by an instrument of another kind.</exception>
    /// <example><c>ui.Metrics.Histogram("model.latency", "s").Record(elapsed.TotalSeconds);</c></example>
    public Histogram<double> Histogram(string name, string? unit = null, string? description = null) =>
        Get(name, () => Meter.CreateHistogram<double>(name, unit, description));

    private static T Get<T>(string name, Func<T> create)
        where T : Instrument
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var instrument = Instruments.GetOrAdd(name, _ => create());
        return instrument as T ?? throw new InvalidOperationException(
            $"ui.Metrics already has an instrument named '{name}' of another kind ({instrument.GetType().Name}); give this one another name.");
    }
}

using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;

namespace DataApps.Hosting.Operations.Prometheus;

// Pulled: the SDK hands it a batch when PrometheusScraper calls Collect on its reader, and it writes the batch into the
// buffer that scrape set (see Note [Prometheus exposition] on PrometheusScraper). It declares Push too, though nothing
// pushes: for an exporter that declares only Pull, BaseExportingMetricReader collects only inside the SDK's internal
// PullMetricScope, which only OpenTelemetry's own exporters can enter, so Reader.Collect() would always return false.
// A reader of ours never runs on a timer; the other collections the SDK makes (ForceFlush, shutdown) write nothing.
[ExportModes(ExportModes.Pull | ExportModes.Push)]
internal sealed class PrometheusExporter : BaseExporter<Metric>
{
    private readonly PrometheusTextFormat _format = new();

    // Set by the scrape that holds the gate, for the length of its Collect.
    public PrometheusBuffer? Target { get; set; }

    public override ExportResult Export(in Batch<Metric> batch)
    {
        // A collection no scrape asked for (a provider's ForceFlush) has nowhere to go; nothing is lost, the next scrape
        // reads the same cumulative values.
        if (Target is not { } buffer)
        {
            return ExportResult.Success;
        }

        _format.Write(buffer, batch, ParentProvider?.GetResource() ?? Resource.Empty);
        return ExportResult.Success;
    }
}

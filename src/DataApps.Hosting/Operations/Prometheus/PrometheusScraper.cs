using System.IO.Compression;
using Microsoft.AspNetCore.Http;
using OpenTelemetry.Metrics;

namespace DataApps.Hosting.Operations.Prometheus;

// Note [Prometheus exposition]: OpenTelemetry's Prometheus exporter for ASP.NET Core has only ever been a prerelease
// (1.20.1-beta.1 when we replaced it), and a stable DataApps.Hosting package cannot depend on one (NuGet's NU5104). So the
// scrape endpoint is ours, built on the stable SDK: a pull-mode reader whose exporter writes the text format
// (PrometheusTextFormat) from what the SDK aggregated. Series, label names and values are the ones the beta exporter
// produced, so dashboards, alerts and docs/operations.md keep working; what we left out is its content negotiation
// (OpenMetrics, UTF-8 names): every scrape gets text/plain 0.0.4, which every Prometheus reads.
//
// Scrapes are serialized: the SDK lets one collection run at a time and hands its batch to the exporter once, so two
// scrapes collecting together would see one response between them. The gate is held for the collection only; each scrape
// then sends its own buffer.
internal sealed class PrometheusScraper
{
    public const string ContentType = "text/plain; version=0.0.4; charset=utf-8";

    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly PrometheusExporter _exporter = new();
    private int _capacity = 64 * 1024;

    public PrometheusScraper() => Reader = new BaseExportingMetricReader(_exporter)
    {
        TemporalityPreference = MetricReaderTemporalityPreference.Cumulative, // Prometheus wants totals since start
    };

    // The reader to add to the meter provider (AddReader); the provider owns and disposes it.
    public MetricReader Reader { get; }

    // Collects now and returns the text; null when the collection failed (e.g. the provider is shut down). The caller
    // disposes the buffer.
    public async Task<PrometheusBuffer?> CollectAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        var buffer = new PrometheusBuffer(_capacity);
        try
        {
            _exporter.Target = buffer;
            if (!Reader.Collect())
            {
                buffer.Dispose();
                return null;
            }

            _capacity = Math.Max(_capacity, buffer.Length + (buffer.Length / 8)); // the next scrape starts big enough
            return buffer;
        }
        catch
        {
            buffer.Dispose();
            throw;
        }
        finally
        {
            _exporter.Target = null;
            _gate.Release();
        }
    }

    // The endpoint at DataAppsOperationsOptions.MetricsPath; gzip when the scraper accepts it, as Prometheus does (the
    // Showcase's ~400 KB of text is ~18 KB gzipped).
    public async Task ScrapeAsync(HttpContext context)
    {
        var cancellationToken = context.RequestAborted;
        using var buffer = await CollectAsync(cancellationToken).ConfigureAwait(false);
        var response = context.Response;
        if (buffer is null)
        {
            response.StatusCode = StatusCodes.Status500InternalServerError;
            return;
        }

        response.ContentType = ContentType;
        response.Headers.Vary = "Accept-Encoding";
        if (AcceptsGzip(context.Request))
        {
            response.Headers.ContentEncoding = "gzip";
            await using var gzip = new GZipStream(response.Body, CompressionLevel.Fastest, leaveOpen: true);
            await gzip.WriteAsync(buffer.Written, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            response.ContentLength = buffer.Length;
            await response.Body.WriteAsync(buffer.Written, cancellationToken).ConfigureAwait(false);
        }
    }

    private static bool AcceptsGzip(HttpRequest request)
    {
        foreach (var encoding in request.GetTypedHeaders().AcceptEncoding)
        {
            if (encoding.Value.Equals("gzip", StringComparison.OrdinalIgnoreCase) && encoding.Quality is not 0)
            {
                return true;
            }
        }

        return false;
    }
}

using DataApps;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Adds <see cref="PrometheusClient"/>, for pages that read Prometheus.</summary>
public static class DataAppsPrometheusExtensions
{
    /// <summary>The configuration section: <c>DataApps:Prometheus</c>.</summary>
    public const string PrometheusSection = DataAppsServiceCollectionExtensions.ConfigurationSection + ":Prometheus";

    /// <summary>
    /// Adds <see cref="PrometheusClient"/> as a typed HTTP client of the Prometheus at <c>DataApps:Prometheus:Url</c>
    /// (<see cref="PrometheusOptions"/>, checked at startup). Pages take it in their constructor.
    /// </summary>
    /// <param name="builder">The DataApps builder.</param>
    /// <returns>The HTTP client's builder, to add handlers of your own (authentication, resilience).</returns>
    /// <example><c>builder.Services.AddDataApps().AddPagesFrom(typeof(Program).Assembly).AddPrometheus();</c></example>
    public static IHttpClientBuilder AddPrometheus(this IDataAppsBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<PrometheusOptions>().BindConfiguration(PrometheusSection)
            .Validate(o => o.Url is not null,
                $"{PrometheusSection}:Url is not set: set it to Prometheus' base address, e.g. http://127.0.0.1:9090/ " +
                "(appsettings.json, or the environment variable DataApps__Prometheus__Url).")
            .Validate(o => o.Url is null || (o.Url.IsAbsoluteUri && (o.Url.Scheme == Uri.UriSchemeHttp || o.Url.Scheme == Uri.UriSchemeHttps)),
                $"{PrometheusSection}:Url must be an absolute http:// or https:// address.")
            .Validate(o => o.Timeout > TimeSpan.Zero, $"{PrometheusSection}:Timeout must be longer than zero.")
            .ValidateOnStart();
        return builder.Services.AddHttpClient<PrometheusClient>((sp, client) =>
        {
            var options = sp.GetRequiredService<IOptions<PrometheusOptions>>().Value;
            // A base address without its trailing slash would drop its last segment (a Prometheus under /prometheus).
            var url = options.Url!.ToString();
            client.BaseAddress = new Uri(url.EndsWith('/') ? url : url + "/");
            client.Timeout = options.Timeout;
        });
    }
}

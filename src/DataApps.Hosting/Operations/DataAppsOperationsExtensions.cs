using DataApps;
using DataApps.Hosting.Operations;
using DataApps.Hosting.Operations.Prometheus;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Adds what operations need to a DataApps app: logs, metrics, traces and health endpoints.</summary>
public static class DataAppsOperationsExtensions
{
    /// <summary>The Redis key under which the replicas share their data-protection keys.</summary>
    public const string DataProtectionKey = "DataApps:DataProtection-Keys";

    /// <summary>
    /// Structured logs with Serilog (the <c>Serilog</c> section; console by default, Seq when <c>Serilog:WriteTo</c> names it),
    /// one log event and one metric point per rerun, Prometheus metrics at <c>/metrics</c> (the framework's <c>dataapps_…</c>
    /// series, ASP.NET Core's and the runtime's), OpenTelemetry traces (exported with OTLP when
    /// <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set), and <c>/healthz</c> and <c>/readyz</c>.
    /// </summary>
    /// <param name="builder">The DataApps builder.</param>
    /// <param name="configuration">The app's configuration.</param>
    /// <param name="configure">Changes the options after the <c>DataApps:Operations</c> section is read.</param>
    /// <returns>The builder, for chaining.</returns>
    /// <example><c>builder.Services.AddDataApps().AddPagesFrom(typeof(Program).Assembly).AddOperations(builder.Configuration);</c></example>
    public static IDataAppsBuilder AddOperations(this IDataAppsBuilder builder, IConfiguration configuration, Action<DataAppsOperationsOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(configuration);
        var options = new DataAppsOperationsOptions();
        configuration.GetSection(DataAppsOperationsOptions.Section).Bind(options);
        options.Redis ??= configuration["DataApps:Redis"];
        configure?.Invoke(options);
        var services = builder.Services;
        services.AddSingleton(options);

        // Logs: Serilog as a provider (ASP.NET Core's filters apply; a host may clear providers); its console replaces the default one.
        foreach (var console in services.Where(d => d.ServiceType == typeof(ILoggerProvider) && d.ImplementationType == typeof(ConsoleLoggerProvider)).ToList())
        {
            services.Remove(console);
        }

        services.AddSingleton<ILoggerProvider>(sp => new Serilog.Extensions.Logging.SerilogLoggerProvider(
            SerilogSetup.Create(sp.GetRequiredService<IConfiguration>(), sp.GetRequiredService<IHostEnvironment>(), options.Console), dispose: true));

        // Metrics and traces. /metrics is our own scrape endpoint on the stable SDK (Note [Prometheus exposition]).
        services.AddSingleton<PrometheusScraper>();
        var otlp = !string.IsNullOrWhiteSpace(configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]);
        services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(configuration["OTEL_SERVICE_NAME"] ?? "dataapps"))
            .WithMetrics(metrics =>
            {
                metrics.AddMeter(DataAppsTelemetry.MeterName, DataAppsTelemetry.AppMeterName)
                    .AddAspNetCoreInstrumentation()
                    .AddHttpClientInstrumentation()
                    .AddRuntimeInstrumentation()
                    .AddReader(sp => sp.GetRequiredService<PrometheusScraper>().Reader); // each scrape collects anew
                if (otlp)
                {
                    metrics.AddOtlpExporter();
                }
            })
            .WithTracing(tracing =>
            {
                tracing.AddProcessor(new TokenRedaction.TraceProcessor()) // first: exporters see file URLs without tokens (Note [Token redaction])
                    .AddSource(DataAppsTelemetry.ActivitySourceName)
                    .AddAspNetCoreInstrumentation(o => o.Filter = context => !IsQuiet(context.Request.Path, options))
                    .AddHttpClientInstrumentation();
                if (otlp)
                {
                    tracing.AddOtlpExporter();
                }
            });

        // Several replicas: the data-protection keys (sign-in cookies, antiforgery tokens) live in Redis, so every replica reads
        // what another wrote. One connection serves them, the sign-out record (DataApps.Auth) and readiness; a Redis that is
        // down costs no request more than the short connection timeout (Note [Redis is optional at run time]).
        var health = services.AddHealthChecks().AddCheck("process", () => HealthCheckResult.Healthy("The app answers."), tags: ["live"]);
        if (!string.IsNullOrWhiteSpace(options.Redis))
        {
            services.TryAddSingleton(sp => new RedisConnection(options.Redis, options.RedisTimeout, sp.GetRequiredService<ILogger<RedisConnection>>()));
            services.AddDataProtection()
                .SetApplicationName(configuration["DataApps:Operations:ApplicationName"] ?? System.Reflection.Assembly.GetEntryAssembly()?.GetName().Name ?? "DataApps");
            services.AddOptions<KeyManagementOptions>()
                .Configure<RedisConnection>((keys, redis) => keys.XmlRepository = new SharedKeyRepository(redis, DataProtectionKey));

            // Readiness: Redis down degrades the app (replicas stop sharing) but does not take it out of the load balancer.
            health.Add(new HealthCheckRegistration("redis", sp => new RedisReadiness(sp.GetRequiredService<RedisConnection>()), HealthStatus.Degraded, ["ready"]));
        }

        return builder;
    }

    internal static bool IsQuiet(Microsoft.AspNetCore.Http.PathString path, DataAppsOperationsOptions options) =>
        path == options.LivenessPath || path == options.ReadinessPath || path == options.MetricsPath;
}

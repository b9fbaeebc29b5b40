using System.Text.Json;
using DataApps.Hosting.Operations.Prometheus;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging;

namespace DataApps.Hosting.Operations;

/// <summary>Request logging, <c>/metrics</c> (PrometheusScraper), <c>/healthz</c> and <c>/readyz</c>, when the app called <c>AddOperations</c>.</summary>
internal static class OperationsEndpoints
{
    /// <summary>Adds request logging first in the pipeline (so it sees every request's outcome).</summary>
    public static void UseRequestLogging(WebApplication app)
    {
        if (app.Services.GetService<DataAppsOperationsOptions>() is { } options)
        {
            var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("DataApps.Requests");
            app.Use(next => RequestLogging.Wrap(next, logger, options));
        }
    }

    /// <summary>Maps the scraping and health endpoints; none of them needs sign-in.</summary>
    public static void Map(WebApplication app)
    {
        if (app.Services.GetService<DataAppsOperationsOptions>() is not { } options)
        {
            return;
        }

        app.Services.GetService<RedisConnection>()?.Start(); // connect now, so the first request finds the connection made
        app.Map(options.MetricsPath, app.Services.GetRequiredService<PrometheusScraper>().ScrapeAsync).AllowAnonymous();
        app.MapHealthChecks(options.LivenessPath, new HealthCheckOptions { Predicate = c => c.Tags.Contains("live"), ResponseWriter = WriteAsync }).AllowAnonymous();
        app.MapHealthChecks(options.ReadinessPath, new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready"), ResponseWriter = WriteAsync }).AllowAnonymous();
    }

    // {"status":"Unhealthy","checks":{"redis":{"status":"Unhealthy","description":"…"}}}: what failed, for a person at a terminal.
    private static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        return context.Response.WriteAsync(JsonSerializer.Serialize(new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(e => e.Key, e => new { status = e.Value.Status.ToString(), description = e.Value.Description }),
        }));
    }
}

using System.Net;
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

    /// <summary>Maps the scraping and health endpoints; none of them needs sign-in (health details do: <see cref="WriteAsync"/>).</summary>
    public static void Map(WebApplication app)
    {
        if (app.Services.GetService<DataAppsOperationsOptions>() is not { } options)
        {
            return;
        }

        app.Services.GetService<RedisConnection>()?.Start(); // connect now, so the first request finds the connection made
        app.Map(options.MetricsPath, app.Services.GetRequiredService<PrometheusScraper>().ScrapeAsync).AllowAnonymous();
        app.MapHealthChecks(options.LivenessPath, new HealthCheckOptions { Predicate = c => c.Tags.Contains("live"), ResponseWriter = WriteAsync }).AllowAnonymous();
        var readiness = new CachedHealthReport(app.Services.GetRequiredService<HealthCheckService>(), c => c.Tags.Contains("ready"),
            options.ReadinessCacheDuration, app.Services.GetService<TimeProvider>() ?? TimeProvider.System);
        app.MapGet(options.ReadinessPath, async context =>
        {
            var report = await readiness.GetAsync().WaitAsync(context.RequestAborted).ConfigureAwait(false);
            context.Response.StatusCode = report.Status == HealthStatus.Unhealthy ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status200OK;
            context.Response.Headers.CacheControl = "no-store, no-cache";
            await WriteAsync(context, report).ConfigureAwait(false);
        }).AllowAnonymous();
    }

    // For a signed-in user or a caller on this machine (an operator's curl, a sidecar): {"status":"Unhealthy","checks":{"redis":
    // {"status":"Unhealthy","description":"…"}}}, what failed. For anyone else the status only: the descriptions name internal
    // addresses. A request that came through a proxy is never "on this machine", whatever address it claims: a proxy on the
    // same host connects from loopback, and forwarded headers (applied or not) can be written by the client.
    private static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        var details = context.User.Identity?.IsAuthenticated == true || IsLocal(context);
        return context.Response.WriteAsync(details
            ? JsonSerializer.Serialize(new
            {
                status = report.Status.ToString(),
                checks = report.Entries.ToDictionary(e => e.Key, e => new { status = e.Value.Status.ToString(), description = e.Value.Description }),
            })
            : JsonSerializer.Serialize(new { status = report.Status.ToString() }));
    }

    private static bool IsLocal(HttpContext context)
    {
        var headers = context.Request.Headers;
        if (headers.ContainsKey("X-Forwarded-For") || headers.ContainsKey("X-Original-For") || headers.ContainsKey("Forwarded"))
        {
            return false;
        }

        var address = context.Connection.RemoteIpAddress;
        return address is not null && IPAddress.IsLoopback(address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address);
    }
}

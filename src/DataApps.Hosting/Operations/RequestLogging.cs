using System.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace DataApps.Hosting.Operations;

/// <summary>
/// One structured event per HTTP request: method, path (file URLs' tokens redacted, Note [Token redaction]), status, duration and the
/// signed-in user; health checks and scrapes at Debug.
/// </summary>
internal static partial class RequestLogging
{
    public static RequestDelegate Wrap(RequestDelegate next, ILogger logger, DataAppsOperationsOptions options) => async context =>
    {
        var started = Stopwatch.GetTimestamp();
        var status = 500;
        try
        {
            await next(context).ConfigureAwait(false);
            status = context.Response.StatusCode;
        }
        catch (BadHttpRequestException e)
        {
            status = e.StatusCode; // Kestrel answers a malformed request with this status (400 mostly), not 500
            throw;
        }
        finally
        {
            var path = context.Request.Path;
            var quiet = Microsoft.Extensions.DependencyInjection.DataAppsOperationsExtensions.IsQuiet(path, options)
                || path.StartsWithSegments("/_framework") || path.StartsWithSegments("/_content");
            // A 503 says a dependency is down (whoever noticed logged why, once): a warning per request, not an error.
            var level = status == 503 ? LogLevel.Warning : status >= 500 ? LogLevel.Error : quiet ? LogLevel.Debug : LogLevel.Information;
            if (logger.IsEnabled(level))
            {
                var user = context.User.Identity?.IsAuthenticated == true ? context.User.Identity.Name : null;
                Log.Request(logger, level, context.Request.Method, DataApps.Files.FileStore.Redact(path.Value ?? "/"), status, Math.Round(Stopwatch.GetElapsedTime(started).TotalMilliseconds, 1), user, context.TraceIdentifier);
            }
        }
    };

    private static partial class Log
    {
        [LoggerMessage(EventId = 1, EventName = "Request", Message = "HTTP {Method} {Path} responded {StatusCode} in {DurationMs} ms; user {User}, request {RequestId}")]
        public static partial void Request(ILogger logger, LogLevel level, string method, string path, int statusCode, double durationMs, string? user, string requestId);
    }
}

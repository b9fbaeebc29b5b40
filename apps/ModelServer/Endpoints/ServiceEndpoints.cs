using System.Diagnostics;
using System.Globalization;
using ModelServer.Metrics;
using ModelServer.Prediction;

namespace ModelServer.Endpoints;

/// <summary>The service's routes and the middleware around them: exceptions as 500 problem details, request metrics.</summary>
internal static class ServiceEndpoints
{
    public static WebApplication MapModelServer(this WebApplication app)
    {
        // An exception becomes a 500 problem without the stack trace (that goes to the log); the service keeps serving.
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            ExceptionHandler = context => Results.Problem(
                $"An unexpected error occurred; it was logged with trace id {Activity.Current?.TraceId.ToString() ?? context.TraceIdentifier}.",
                statusCode: StatusCodes.Status500InternalServerError, title: "The server could not answer").ExecuteAsync(context),
        });
        app.Use(CountRequestAsync);

        app.MapPost("/predict", PredictEndpoint.HandleAsync);
        app.MapGet("/healthz", () => Results.Text("Healthy"));
        app.MapGet("/readyz", (ModelState model) => model.Predictor is { } predictor
            ? Results.Ok(new { status = "ready", model = predictor.Version })
            : Results.Json(new { status = model.Failure is null ? "loading" : "failed", reason = model.Failure }, statusCode: StatusCodes.Status503ServiceUnavailable));
        app.MapGet("/metrics", (ServerMetrics metrics) => Results.Text(metrics.Write(), PrometheusText.ContentType));
        app.MapGet("/predictions", (string? limit, PredictionLog log) =>
        {
            var count = 100;
            if (limit is not null && (!int.TryParse(limit, NumberStyles.None, CultureInfo.InvariantCulture, out count) || count < 1 || count > log.Capacity))
            {
                var message = $"must be a whole number from 1 to {log.Capacity} (was '{limit}').";
                return Results.ValidationProblem(new Dictionary<string, string[]> { ["limit"] = [message] }, "limit: " + message);
            }

            return Results.Ok(log.Latest(count));
        });
        return app;
    }

    private static async Task CountRequestAsync(HttpContext context, RequestDelegate next)
    {
        var start = Stopwatch.GetTimestamp();
        var failed = false;
        try
        {
            await next(context);
        }
        catch
        {
            failed = true; // the exception handler outside answers 500
            throw;
        }
        finally
        {
            // The route pattern keeps the label set small; anything unrouted (404) counts as "unmatched".
            var endpoint = (context.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText ?? "unmatched";
            context.RequestServices.GetRequiredService<ServerMetrics>()
                .CountRequest(endpoint, failed ? StatusCodes.Status500InternalServerError : context.Response.StatusCode, Stopwatch.GetElapsedTime(start).TotalSeconds);
        }
    }
}

using System.Diagnostics;
using Microsoft.Extensions.Options;
using ModelServer.Faults;
using ModelServer.Metrics;
using ModelServer.Prediction;

namespace ModelServer.Endpoints;

/// <summary>What /predict answers for one flight.</summary>
internal sealed record PredictResponse(bool Delayed, double Probability, string Model, double LatencyMs);

/// <summary>
/// POST /predict: one flight (a JSON object) → one answer; a batch (an array, at most ModelServer:MaxBatchSize) → an array.
/// Bad input → 400 problem details with the fields in <c>errors</c>; too large → 413; not JSON → 415; model not ready or an
/// injected fault → 503.
/// </summary>
internal static class PredictEndpoint
{
    public static async Task<IResult> HandleAsync(
        HttpContext context, ModelState model, FaultInjector faults, ServerMetrics metrics, PredictionLog log, IOptions<ModelServerOptions> options)
    {
        var request = context.Request;
        if (!request.HasJsonContentType())
        {
            return Problem(StatusCodes.Status415UnsupportedMediaType, "Content-Type", $"must be application/json (was '{request.ContentType}').");
        }

        var body = await ReadBodyAsync(request, options.Value.MaxBodyBytes, context.RequestAborted);
        if (body is null)
        {
            return Problem(StatusCodes.Status413PayloadTooLarge, "body", $"is larger than {options.Value.MaxBodyBytes} bytes (ModelServer:MaxBodyBytes).");
        }

        var (inputs, isBatch, errors) = InputParser.Parse(body, options.Value.MaxBatchSize);
        if (errors.Count > 0)
        {
            var detail = string.Join(" ", errors.Select(e => $"{e.Key}: {e.Value[0]}"));
            return Results.ValidationProblem(errors, detail, title: "The request has invalid fields");
        }

        if (model.Predictor is not { } predictor)
        {
            context.Response.Headers.RetryAfter = "5";
            return Results.Problem(
                model.Failure ?? "The model is loading (it is trained at first start); try again in a few seconds.",
                statusCode: StatusCodes.Status503ServiceUnavailable, title: "The model is not ready");
        }

        if (await faults.ApplyAsync(request, context.RequestAborted) is { } fault)
        {
            return Results.Problem(fault, statusCode: StatusCodes.Status503ServiceUnavailable, title: "The service is failing on purpose");
        }

        var answers = new PredictResponse[inputs.Count];
        for (var i = 0; i < inputs.Count; i++)
        {
            var start = Stopwatch.GetTimestamp();
            var result = predictor.Predict(inputs[i]);
            var latencyMs = Math.Round(Stopwatch.GetElapsedTime(start).TotalMilliseconds, 3);
            var probability = Math.Round((double)result.Probability, 4);
            metrics.CountPrediction(inputs[i], result.Delayed, probability);
            var input = inputs[i];
            log.Append(new PredictionLogEntry(
                DateTimeOffset.UtcNow, input.Departure, input.Distance, input.Origin, input.Destination, result.Delayed, probability, predictor.Version, latencyMs));
            answers[i] = new PredictResponse(result.Delayed, probability, predictor.Version, latencyMs);
        }

        return isBatch ? Results.Ok(answers) : Results.Ok(answers[0]);
    }

    private static IResult Problem(int status, string field, string message) =>
        Results.ValidationProblem(
            new Dictionary<string, string[]> { [field] = [message] }, $"{field}: {message}", statusCode: status,
            title: status == StatusCodes.Status413PayloadTooLarge ? "The request body is too large" : "The request body is not JSON");

    /// <summary>The body, or null when it is larger than <paramref name="max"/> bytes (read no further than that).</summary>
    private static async Task<byte[]?> ReadBodyAsync(HttpRequest request, int max, CancellationToken cancellationToken)
    {
        if (request.ContentLength > max)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > max)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}

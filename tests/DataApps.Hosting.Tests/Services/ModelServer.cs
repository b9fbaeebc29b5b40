using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace DataApps.Hosting.Tests.Services;

/// <summary>
/// A stand-in model service on a real Kestrel socket at 127.0.0.1: it answers, answers slowly, answers 503, reports
/// degraded, answers garbage, hangs, or fails once. Each behaviour lives under its own path prefix, so one server serves a
/// test class.
/// </summary>
internal sealed class ModelServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, int> _hits = new();

    private ModelServer(WebApplication app) => _app = app;

    /// <summary>The server's base address, ending with a slash.</summary>
    public Uri Address { get; private set; } = null!;

    /// <summary>How long <c>/slow/…</c> waits before it answers.</summary>
    public static TimeSpan SlowDelay { get; } = TimeSpan.FromMilliseconds(400);

    public static async Task<ModelServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new ModelServer(app);
        app.Use(async (context, next) =>
        {
            server._hits.AddOrUpdate(context.Request.Path.Value!, 1, (_, n) => n + 1);
            await next(context);
        });
        app.MapGet("/healthz", () => "Healthy");
        app.MapPost("/predict", (Review review) => new Prediction(review.Text.Contains("good", StringComparison.Ordinal) ? "positive" : "negative", 0.9));
        app.MapGet("/slow/healthz", async (CancellationToken ct) =>
        {
            await Task.Delay(SlowDelay, ct);
            return "Healthy";
        });
        app.MapGet("/down/healthz", () => Results.StatusCode(StatusCodes.Status503ServiceUnavailable));
        app.MapPost("/down/predict", () => Results.StatusCode(StatusCodes.Status503ServiceUnavailable));
        app.MapGet("/degraded/healthz", () => "Degraded");
        app.MapPost("/garbage/predict", () => Results.Text("<html>oops</html>", "application/json"));
        app.MapGet("/hang/healthz", async (CancellationToken ct) =>
        {
            await Task.Delay(TimeSpan.FromSeconds(30), ct);
            return "Healthy";
        });
        app.MapPost("/hang/predict", async (CancellationToken ct) =>
        {
            await Task.Delay(TimeSpan.FromSeconds(30), ct);
            return new Prediction("late", 0);
        });
        // Fails the first call of each test (keyed by the X-Test header), then answers.
        app.MapPost("/flaky/predict", (HttpContext context) =>
            server._hits.AddOrUpdate("flaky:" + context.Request.Headers["X-Test"], 1, (_, n) => n + 1) == 1
                ? Results.StatusCode(StatusCodes.Status503ServiceUnavailable)
                : Results.Json(new Prediction("positive", 0.7)));
        await app.StartAsync(TestContext.Current.CancellationToken);
        server.Address = new Uri(app.Urls.Single().TrimEnd('/') + "/");
        return server;
    }

    /// <summary>The address of one behaviour: <c>slow/</c>, <c>down/</c>, <c>degraded/</c>, <c>garbage/</c>, <c>hang/</c>, <c>flaky/</c>, or "" for a healthy one.</summary>
    public Uri At(string prefix) => new(Address, prefix);

    /// <summary>How many requests reached <paramref name="path"/>.</summary>
    public int Hits(string path) => _hits.TryGetValue(path, out var n) ? n : 0;

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

/// <summary>What the stand-in model scores.</summary>
internal sealed record Review(string Text);

/// <summary>What the stand-in model answers.</summary>
internal sealed record Prediction(string Label, double Score);

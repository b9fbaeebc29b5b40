using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using ModelServer.Prediction;

namespace ModelServer.Tests;

/// <summary>The model server in memory, with a model source chosen by the test and settings as configuration keys.</summary>
internal sealed class ModelServerFactory(IModelSource source, IReadOnlyDictionary<string, string?>? settings = null, string environment = "Development")
    : WebApplicationFactory<Program>
{
    public ModelServerFactory(params (string Key, string? Value)[] settings)
        : this(new FakeModelSource(), settings.ToDictionary(s => s.Key, s => s.Value))
    {
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(environment);
        // Never the user's model folder: a test model source does not write there, but keep it out of reach anyway.
        builder.UseSetting("ModelServer:ModelFolder", Path.Combine(Path.GetTempPath(), "modelserver-tests-unused"));
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services => services.AddSingleton(source));
    }

    /// <summary>A client once /readyz says ready (at most 60 s, for a model that really trains).</summary>
    public async Task<HttpClient> ReadyClientAsync()
    {
        var client = CreateClient();
        for (var attempt = 0; attempt < 600; attempt++)
        {
            using var response = await client.GetAsync(new Uri("/readyz", UriKind.Relative));
            if (response.IsSuccessStatusCode)
            {
                return client;
            }

            Assert.DoesNotContain("failed", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            await Task.Delay(100, TestContext.Current.CancellationToken);
        }

        throw new TimeoutException("The model server did not get ready within 60 s.");
    }
}

/// <summary>A model that answers from the distance alone: probability = distance / 5000, delayed above 0.5; "ERR" as origin throws.</summary>
internal sealed class FakePredictor : IDelayPredictor
{
    public string Version => "fake-1";

    public PredictionResult Predict(PredictionInput input)
    {
        if (input.Origin == "ERR")
        {
            throw new InvalidOperationException("secret internal detail");
        }

        var probability = Math.Min(1f, input.Distance / 5000f);
        return new PredictionResult(probability > 0.5f, probability);
    }
}

/// <summary>Gives the fake model at once, or when <see cref="Release"/> is called (gated), or fails with a reason.</summary>
internal sealed class FakeModelSource(bool gated = false, string? failure = null) : IModelSource
{
    private readonly ManualResetEventSlim gate = new(!gated);

    /// <summary>The training inputs: half short morning flights (300 miles, 7 h), half long evening flights (2000 miles, 19 h).</summary>
    public static IReadOnlyList<(int Distance, int Hour)> Training { get; } = [(300, 7), (300, 7), (2000, 19), (2000, 19)];

    public string Describe() => "a fake model";

    public void Release() => gate.Set();

    public LoadedModel Load(CancellationToken cancellationToken)
    {
        gate.Wait(cancellationToken);
        return failure is null ? new LoadedModel(new FakePredictor(), Training) : throw new InvalidDataException(failure);
    }
}

internal static class Some
{
    public static object Flight(int distance = 950, string origin = "ORD", string destination = "LAX", string departure = "2001-03-01T17:30:00") =>
        new { departure, distance, origin, destination };

    public static Task<HttpResponseMessage> PredictAsync(this HttpClient client, object body) =>
        client.PostAsJsonAsync(new Uri("/predict", UriKind.Relative), body, TestContext.Current.CancellationToken);

    public static Task<HttpResponseMessage> GetPathAsync(this HttpClient client, string path) =>
        client.GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);

    public static async Task<HttpResponseMessage> PostRawAsync(this HttpClient client, string body, string contentType = "application/json")
    {
        using var content = new StringContent(body, System.Text.Encoding.UTF8);
        content.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse(contentType);
        return await client.PostAsync(new Uri("/predict", UriKind.Relative), content, TestContext.Current.CancellationToken);
    }

    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
}

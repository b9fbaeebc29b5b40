using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using ModelServer.Prediction;

namespace ModelServer.Tests;

/// <summary>The real FastTree model of apps/FlightDelays, trained on a small sample into a temporary folder, served over Kestrel.</summary>
public sealed class FlightModelTests : IAsyncLifetime
{
    private const int TrainingRows = 2000;
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("modelserver-models-");
    private WebApplicationFactory<Program> server = null!;

    public ValueTask InitializeAsync()
    {
        server = new WebApplicationFactory<Program>().WithWebHostBuilder(builder => builder
            .UseSetting("ModelServer:ModelFolder", folder.FullName)
            .UseSetting("ModelServer:TrainingRows", TrainingRows.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        server.UseKestrel(0);
        server.StartServer();
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        await server.DisposeAsync();
        folder.Delete(recursive: true);
    }

    [Fact]
    public async Task TheServiceTrainsAtFirstStartCachesTheModelAndPredictsOverHttp()
    {
        using var client = new HttpClient { BaseAddress = server.ClientOptions.BaseAddress };
        var ready = await WaitUntilReadyAsync(client);

        using var response = await client.PostAsJsonAsync(
            "/predict", new[] { Some.Flight(), Some.Flight(distance: 2399, origin: "HNL", destination: "SFO", departure: "2001-01-05T23:10:00") }, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var answers = (await response.JsonAsync()).EnumerateArray().ToList();
        Assert.Equal(2, answers.Count);
        Assert.All(answers, a => Assert.InRange(a.GetProperty("probability").GetDouble(), 0, 1));
        Assert.All(answers, a => Assert.Equal(a.GetProperty("probability").GetDouble() > 0.5, a.GetProperty("delayed").GetBoolean()));
        Assert.All(answers, a => Assert.Equal(ready, a.GetProperty("model").GetString()));
        Assert.StartsWith("fasttree-", ready, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(folder.FullName, ready + ".zip")), "The trained model was not cached.");
    }

    private static async Task<string> WaitUntilReadyAsync(HttpClient client)
    {
        for (var attempt = 0; attempt < 1200; attempt++)
        {
            using var response = await client.GetAsync(new Uri("/readyz", UriKind.Relative), TestContext.Current.CancellationToken);
            var json = await response.JsonAsync();
            if (response.IsSuccessStatusCode)
            {
                return json.GetProperty("model").GetString()!;
            }

            Assert.Equal("loading", json.GetProperty("status").GetString());
            await Task.Delay(100, TestContext.Current.CancellationToken);
        }

        throw new TimeoutException("The model did not train within 120 s.");
    }
}

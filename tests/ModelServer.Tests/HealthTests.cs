using System.Net;

namespace ModelServer.Tests;

public sealed class HealthTests
{
    [Fact]
    public async Task WhileTheModelLoadsTheServiceIsLiveButNotReadyAndPredictAnswers503()
    {
        var source = new FakeModelSource(gated: true);
        await using var server = new ModelServerFactory(source);
        var client = server.CreateClient();

        using var health = await client.GetPathAsync("/healthz");
        using var ready = await client.GetPathAsync("/readyz");
        using var predict = await client.PredictAsync(Some.Flight());
        source.Release();
        await server.ReadyClientAsync();
        using var readyLater = await client.GetPathAsync("/readyz");

        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Equal("loading", (await ready.JsonAsync()).GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.ServiceUnavailable, predict.StatusCode);
        Assert.Equal("5", predict.Headers.RetryAfter?.ToString());
        Assert.Contains("loading", (await predict.JsonAsync()).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, readyLater.StatusCode);
        Assert.Equal("fake-1", (await readyLater.JsonAsync()).GetProperty("model").GetString());
    }

    [Fact]
    public async Task AModelThatFailsToLoadShowsItsReasonOnReadyzAndPredict()
    {
        var source = new FakeModelSource(failure: "the flights file has a bad row");
        await using var server = new ModelServerFactory(source);
        var client = server.CreateClient();

        var ready = await WaitForFailureAsync(client);
        using var predict = await client.PredictAsync(Some.Flight());
        using var health = await client.GetPathAsync("/healthz");

        Assert.Contains("the flights file has a bad row", ready.GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, predict.StatusCode);
        Assert.Contains("the flights file has a bad row", (await predict.JsonAsync()).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
    }

    [Theory]
    [InlineData("ModelServer:Faults:FailureRate", "2", "FailureRate")]
    [InlineData("ModelServer:MaxBatchSize", "0", "MaxBatchSize")]
    [InlineData("ModelServer:PredictionLog:Capacity", "0", "Capacity")]
    public async Task ABadSettingStopsStartupWithItsName(string key, string value, string name)
    {
        await using var app = ModelServerApp.Create(["--urls", "http://127.0.0.1:0", $"--{key}={value}"]);

        var error = await Assert.ThrowsAsync<Microsoft.Extensions.Options.OptionsValidationException>(() => app.StartAsync(TestContext.Current.CancellationToken));

        Assert.Contains($"'{name}' with the error", error.Message, StringComparison.Ordinal);
    }

    private static async Task<System.Text.Json.JsonElement> WaitForFailureAsync(HttpClient client)
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            using var response = await client.GetPathAsync("/readyz");
            var json = await response.JsonAsync();
            if (json.GetProperty("status").GetString() == "failed")
            {
                Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
                return json;
            }

            await Task.Delay(100, TestContext.Current.CancellationToken);
        }

        throw new TimeoutException("/readyz never reported the failure.");
    }
}

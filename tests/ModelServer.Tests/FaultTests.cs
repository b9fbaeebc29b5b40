using System.Diagnostics;
using System.Net;

namespace ModelServer.Tests;

public sealed class FaultTests
{
    [Fact]
    public async Task WithoutFaultSettingsEveryPredictionSucceeds()
    {
        await using var server = new ModelServerFactory();
        var client = await server.ReadyClientAsync();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 20; i++)
        {
            using var response = await client.PredictAsync(Some.Flight());
            statuses.Add(response.StatusCode);
        }

        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.OK, s));
    }

    [Fact]
    public async Task AFailureRateOfOneMakesPredictAnswer503WhileHealthStaysUp()
    {
        await using var server = new ModelServerFactory(("ModelServer:Faults:FailureRate", "1"));
        var client = await server.ReadyClientAsync();

        using var predict = await client.PredictAsync(Some.Flight());
        using var health = await client.GetPathAsync("/healthz");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, predict.StatusCode);
        Assert.Contains("FailureRate is 1", (await predict.JsonAsync()).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
    }

    [Fact]
    public async Task ADelaySettingHoldsEveryAnswerAtLeastThatLong()
    {
        await using var server = new ModelServerFactory(("ModelServer:Faults:DelayMs", "150"));
        var client = await server.ReadyClientAsync();

        var watch = Stopwatch.StartNew();
        using var response = await client.PredictAsync(Some.Flight());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(watch.ElapsedMilliseconds >= 150, $"answered after {watch.ElapsedMilliseconds} ms");
    }

    [Fact]
    public async Task InDevelopmentAHeaderFailsOneRequest()
    {
        await using var server = new ModelServerFactory(new FakeModelSource());
        var client = await server.ReadyClientAsync();

        using var failed = await SendAsync(client, ("X-Fault-Fail", "true"));
        using var next = await client.PredictAsync(Some.Flight());

        Assert.Equal(HttpStatusCode.ServiceUnavailable, failed.StatusCode);
        Assert.Contains("X-Fault-Fail", (await failed.JsonAsync()).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, next.StatusCode);
    }

    [Fact]
    public async Task OutsideDevelopmentTheFaultHeadersAreIgnored()
    {
        await using var server = new ModelServerFactory(new FakeModelSource(), environment: "Production");
        var client = await server.ReadyClientAsync();

        using var response = await SendAsync(client, ("X-Fault-Fail", "true"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, (string Name, string Value) header)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/predict", UriKind.Relative)) { Content = System.Net.Http.Json.JsonContent.Create(Some.Flight()) };
        request.Headers.Add(header.Name, header.Value);
        return await client.SendAsync(request, TestContext.Current.CancellationToken);
    }
}

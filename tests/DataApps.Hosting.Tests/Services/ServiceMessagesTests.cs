using System.Net.Http.Json;
using DataApps.Tests.Shared;
using Microsoft.Extensions.DependencyInjection;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace DataApps.Hosting.Tests.Services;

/// <summary>Calls through AddModelService's resilient client over real HTTP end in one short message that says what failed.</summary>
public sealed class ServiceMessagesTests : IAsyncLifetime
{
    private ModelServer _server = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _server = await ModelServer.StartAsync();

    public ValueTask DisposeAsync() => _server.DisposeAsync();

    [Fact]
    public async Task AServiceThatAnswersReturnsItsPrediction()
    {
        await using var services = SentimentServices.Build(_server.Address);

        var prediction = await services.GetRequiredService<SentimentClient>().PredictAsync("a good film", Ct);

        Assert.Equal(new Prediction("positive", 0.9), prediction);
    }

    [Fact]
    public async Task AServiceThatIsNotListeningSaysConnectionRefusedAndTheAddress()
    {
        var port = DevIdentity.FreePort();
        await using var services = SentimentServices.Build(new Uri($"http://127.0.0.1:{port}/"), ("Retries", "0"));

        var failure = await Assert.ThrowsAnyAsync<Exception>(() => services.GetRequiredService<SentimentClient>().PredictAsync("x", Ct));

        Assert.True(ServiceMessages.IsServiceFailure(failure));
        Assert.Equal($"connection refused (127.0.0.1:{port})", ServiceMessages.Describe(failure));
    }

    [Fact]
    public async Task AnAttemptThatTakesTooLongSaysItTimedOutAndAfterHowLong()
    {
        await using var services = SentimentServices.Build(_server.At("hang/"), ("Retries", "0"), ("AttemptTimeout", "00:00:00.25"), ("Timeout", "00:00:05"));

        var failure = await Assert.ThrowsAsync<TimeoutRejectedException>(() => services.GetRequiredService<SentimentClient>().PredictAsync("x", Ct));

        Assert.Equal("timed out after 250 ms", ServiceMessages.Describe(failure));
    }

    [Fact]
    public async Task AClientTimeoutSaysAfterHowLongFromTheClientsOwnMessage()
    {
        using var http = new HttpClient { BaseAddress = _server.At("hang/"), Timeout = TimeSpan.FromMilliseconds(200) };

        var failure = await Assert.ThrowsAnyAsync<OperationCanceledException>(() => http.PostAsJsonAsync("predict", new Review("x"), Ct));

        Assert.True(ServiceMessages.IsServiceFailure(failure));
        Assert.Equal("timed out after 200 ms", ServiceMessages.Describe(failure));
    }

    [Fact]
    public async Task AServerErrorSaysTheStatusAndItsReason()
    {
        await using var services = SentimentServices.Build(_server.At("down/"), ("Retries", "0"));

        var failure = await Assert.ThrowsAsync<HttpRequestException>(() => services.GetRequiredService<SentimentClient>().PredictAsync("x", Ct));
        using var response = await services.GetRequiredService<IHttpClientFactory>().CreateClient("sentiment").PostAsJsonAsync("predict", new Review("x"), Ct);

        Assert.Equal("503 Service Unavailable", ServiceMessages.Describe(failure));
        Assert.Equal("503 Service Unavailable", ServiceMessages.Describe(response));
    }

    [Fact]
    public async Task RepeatedFailuresOpenTheCircuitAndTheMessageSaysCallsArePaused()
    {
        await using var services = SentimentServices.Build(_server.At("down/"), ("Retries", "0"), ("BreakAfter", "2"));
        var client = services.GetRequiredService<SentimentClient>();
        await Assert.ThrowsAsync<HttpRequestException>(() => client.PredictAsync("x", Ct));
        await Assert.ThrowsAsync<HttpRequestException>(() => client.PredictAsync("x", Ct));
        var hitsBefore = _server.Hits("/down/predict");

        var failure = await Assert.ThrowsAsync<BrokenCircuitException>(() => client.PredictAsync("x", Ct));

        Assert.Equal("circuit open: the service failed repeatedly, so calls are paused for a while", ServiceMessages.Describe(failure));
        Assert.Equal(hitsBefore, _server.Hits("/down/predict")); // the open circuit did not call the service
    }

    [Fact]
    public async Task AResponseThatIsNotTheExpectedJsonSaysBadResponse()
    {
        await using var services = SentimentServices.Build(_server.At("garbage/"));

        var failure = await Assert.ThrowsAnyAsync<Exception>(() => services.GetRequiredService<SentimentClient>().PredictAsync("x", Ct));

        Assert.True(ServiceMessages.IsServiceFailure(failure));
        Assert.StartsWith("bad response: not the JSON expected (", ServiceMessages.Describe(failure), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ATransientFailureIsRetriedAndTheCallSucceeds()
    {
        await using var services = SentimentServices.Build(_server.At("flaky/"), ("Retries", "1"), ("RetryDelay", "00:00:00.01"));

        var prediction = await services.GetRequiredService<SentimentClient>().PredictAsync("x", Ct, test: nameof(ATransientFailureIsRetriedAndTheCallSucceeds));

        Assert.Equal("positive", prediction.Label);
    }

    [Fact]
    public void ABugInThePageIsNotAServiceFailureAndKeepsItsMessage()
    {
        var bug = new InvalidOperationException("Sequence contains no elements");

        Assert.False(ServiceMessages.IsServiceFailure(bug));
        Assert.Equal("Sequence contains no elements", ServiceMessages.Describe(bug));
    }

    [Fact]
    public void ASuccessfulResponseHasNoFailureMessage()
    {
        using var response = new HttpResponseMessage(System.Net.HttpStatusCode.OK);

        Assert.Null(ServiceMessages.Describe(response));
    }
}

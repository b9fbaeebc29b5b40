using DataApps.Testing;

namespace DataApps.Hosting.Tests.Services;

/// <summary>A page that calls a model service shows its status and, when a call fails, a message instead of a stack trace.</summary>
public sealed class ServicePageTests : IAsyncLifetime
{
    private ModelServer _server = null!;

    public async ValueTask InitializeAsync() => _server = await ModelServer.StartAsync();

    public ValueTask DisposeAsync() => _server.DisposeAsync();

    [Fact]
    public async Task AHealthyServiceShowsUpAndThePrediction()
    {
        using var app = AppTest.For<SentimentPage>(s => SentimentServices.Configure(s, _server.Address, ("DegradedAfter", "00:00:30")));

        await app.RunAsync();
        await app.TextInput("Review").SetValue("a good film").RunAsync();

        Assert.Equal(ServiceState.Up, app.ServiceStatus("sentiment").State);
        Assert.Equal("positive (0.90)", app.Metric("Sentiment").Value);
        Assert.Empty(app.Errors);
    }

    [Fact]
    public async Task AFailingServiceShowsDownAndAnErrorThatSaysWhatFailed()
    {
        using var app = AppTest.For<SentimentPage>(s => SentimentServices.Configure(s, _server.At("down/"), ("Retries", "0")));

        await app.RunAsync();
        await app.TextInput("Review").SetValue("a good film").RunAsync();

        Assert.Equal("down · 503 Service Unavailable", app.ServiceStatus("sentiment").Summary);
        Assert.Equal("The sentiment model failed: 503 Service Unavailable", Assert.Single(app.Errors));
        Assert.Empty(app.Exceptions);
    }

    /// <summary>The page of docs/services.md.</summary>
    private sealed class SentimentPage(SentimentClient sentiment, ServiceProbe probe) : DataPage
    {
        public override async Task RunAsync(Ui ui, CancellationToken ct)
        {
            ui.ServiceStatus("sentiment", await probe.CheckAsync("sentiment", ct));
            var review = ui.TextInput("Review");
            if (review.Length == 0)
            {
                return;
            }

            try
            {
                var prediction = await sentiment.PredictAsync(review, ct);
                ui.Metric("Sentiment", $"{prediction.Label} ({prediction.Score:0.00})");
            }
            catch (Exception ex) when (ServiceMessages.IsServiceFailure(ex))
            {
                ui.Error($"The sentiment model failed: {ServiceMessages.Describe(ex)}");
            }
        }
    }
}

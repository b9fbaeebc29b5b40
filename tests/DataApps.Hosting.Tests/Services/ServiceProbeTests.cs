using DataApps.Tests.Shared;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace DataApps.Hosting.Tests.Services;

/// <summary>ServiceProbe checks a real service's health endpoint over HTTP and says up, degraded or down.</summary>
public sealed class ServiceProbeTests : IAsyncLifetime
{
    private ModelServer _server = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _server = await ModelServer.StartAsync();

    public ValueTask DisposeAsync() => _server.DisposeAsync();

    [Fact]
    public async Task AServiceThatAnswersIsUpWithItsLatency()
    {
        // A generous threshold: this test is about the state, not about how fast a loaded machine answers.
        var health = await CheckAsync(_server.Address, ("DegradedAfter", "00:00:30"));

        Assert.Equal(ServiceState.Up, health.State);
        Assert.NotNull(health.Latency);
        Assert.Matches(@"^up · \d+ ms$", health.ToString());
    }

    [Fact]
    public async Task AServiceSlowerThanTheThresholdIsDegradedAndSaysSlow()
    {
        var health = await CheckAsync(_server.At("slow/"), ("DegradedAfter", "00:00:00.1"));

        Assert.Equal(ServiceState.Degraded, health.State);
        Assert.True(health.Latency >= ModelServer.SlowDelay, $"latency {health.Latency}");
        Assert.EndsWith("(slow)", health.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AServiceWhoseHealthCheckReportsDegradedIsDegraded()
    {
        var health = await CheckAsync(_server.At("degraded/"), ("DegradedAfter", "00:00:30"));

        Assert.Equal(ServiceState.Degraded, health.State);
        Assert.EndsWith("(reports degraded)", health.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AServiceThatAnswers503IsDownWithTheStatus()
    {
        var health = await CheckAsync(_server.At("down/"));

        Assert.Equal("down · 503 Service Unavailable", health.ToString());
    }

    [Fact]
    public async Task AServiceWithoutAHealthEndpointIsDownAndSaysWhichPathItTried()
    {
        var health = await CheckAsync(_server.Address, ("HealthPath", "health/ready"));

        Assert.Equal("down · 404 Not Found (no health endpoint at /health/ready)", health.ToString());
    }

    [Fact]
    public async Task AServiceThatIsNotListeningIsDownWithConnectionRefused()
    {
        var port = DevIdentity.FreePort();

        var health = await CheckAsync(new Uri($"http://127.0.0.1:{port}/"));

        Assert.Equal($"down · connection refused (127.0.0.1:{port})", health.ToString());
    }

    [Fact]
    public async Task AServiceThatDoesNotAnswerInTimeIsDownAndSaysAfterHowLong()
    {
        var health = await CheckAsync(_server.At("hang/"), ("ProbeTimeout", "00:00:00.3"));

        Assert.Equal("down · timed out after 300 ms", health.ToString());
        Assert.True(health.Latency >= TimeSpan.FromMilliseconds(300), $"latency {health.Latency}");
    }

    [Fact]
    public async Task TheAnswerIsReusedWhileFreshAndTheServiceIsAskedAgainAfterwards()
    {
        var clock = new ManualClock();
        await using var services = SentimentServices.Configure(new ServiceCollection().AddSingleton<TimeProvider>(clock), _server.At("degraded/"), ("ProbeCacheFor", "00:00:05"))
            .BuildServiceProvider();
        var probe = services.GetRequiredService<ServiceProbe>();

        await Task.WhenAll(probe.CheckAsync("sentiment", Ct), probe.CheckAsync("sentiment", Ct));
        await probe.CheckAsync("sentiment", Ct);
        var whileFresh = _server.Hits("/degraded/healthz");
        clock.Advance(TimeSpan.FromSeconds(5));
        await probe.CheckAsync("sentiment", Ct);

        Assert.Equal(1, whileFresh);
        Assert.Equal(2, _server.Hits("/degraded/healthz"));
    }

    [Fact]
    public async Task AnUnknownServiceNameSaysHowToAddIt()
    {
        await using var services = SentimentServices.Build(_server.Address);

        var failure = await Assert.ThrowsAsync<InvalidOperationException>(() => services.GetRequiredService<ServiceProbe>().CheckAsync("fraud", Ct));

        Assert.Contains("AddModelService<TClient>(\"fraud\")", failure.Message, StringComparison.Ordinal);
        Assert.Contains("DataApps:Services:fraud:Url", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnAppWithoutTheServicesUrlStopsAtStartupNamingTheKeyToSet()
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        SentimentServices.Configure(builder.Services, url: null);
        using var host = builder.Build();

        var failure = await Assert.ThrowsAnyAsync<Exception>(() => host.StartAsync(Ct));

        Assert.Equal(
            "DataApps:Services:sentiment:Url is not set: set it to the service's base address, e.g. http://127.0.0.1:5080/ " +
            "(appsettings.json, or the environment variable DataApps__Services__sentiment__Url).",
            Assert.IsType<OptionsValidationException>(failure).Message);
    }

    [Fact]
    public async Task AnAttemptTimeoutLongerThanTheTotalTimeoutStopsAtStartup()
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        SentimentServices.Configure(builder.Services, new Uri("ftp://models/"), ("Timeout", "00:00:02"), ("AttemptTimeout", "00:00:05"));
        using var host = builder.Build();

        var failure = await Assert.ThrowsAnyAsync<Exception>(() => host.StartAsync(Ct));

        Assert.IsType<OptionsValidationException>(failure);
        Assert.Contains("DataApps:Services:sentiment:AttemptTimeout (00:00:05) must be shorter than DataApps:Services:sentiment:Timeout", failure.Message, StringComparison.Ordinal);
        Assert.Contains("it must be an absolute http:// or https:// address", failure.Message, StringComparison.Ordinal);
    }

    private async Task<ServiceHealth> CheckAsync(Uri url, params (string Key, string Value)[] settings)
    {
        await using var services = SentimentServices.Build(url, settings);
        return await services.GetRequiredService<ServiceProbe>().CheckAsync("sentiment", Ct);
    }

    /// <summary>A clock that moves only when told.</summary>
    private sealed class ManualClock : TimeProvider
    {
        private DateTimeOffset _now = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

        public override DateTimeOffset GetUtcNow() => _now;

        public void Advance(TimeSpan by) => _now += by;
    }
}

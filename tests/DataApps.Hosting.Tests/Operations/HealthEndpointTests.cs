using System.Net;
using DataApps.Tests.Shared;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace DataApps.Hosting.Tests.Operations;

/// <summary><c>/healthz</c> answers while the process runs; <c>/readyz</c> checks the configured dependencies: it fails when the identity provider is down and is degraded when Redis is.</summary>
public sealed class HealthEndpointTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<(HttpStatusCode Status, string Body)> GetAsync(OperationsApp app, string path)
    {
        using var client = app.CreateClient();
        using var response = await client.GetAsync(path, Ct);
        return (response.StatusCode, await response.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task LivenessAndReadinessAnswerWithNothingConfigured()
    {
        await using var app = new OperationsApp();

        var live = await GetAsync(app, "/healthz");
        var ready = await GetAsync(app, "/readyz");

        Assert.Equal(HttpStatusCode.OK, live.Status);
        Assert.Contains("\"status\":\"Healthy\"", live.Body);
        Assert.Equal(HttpStatusCode.OK, ready.Status);
    }

    [Fact]
    public async Task ReadinessIsDegradedWhenRedisIsDownAndLivenessIsNot()
    {
        await using var app = new OperationsApp(new Dictionary<string, string?> { ["DataApps:Redis"] = $"127.0.0.1:{DevIdentity.FreePort()}" });

        var ready = await GetAsync(app, "/readyz");
        var live = await GetAsync(app, "/healthz");

        Assert.Equal(HttpStatusCode.OK, ready.Status); // pages still work, with this replica's own keys
        Assert.Contains("\"status\":\"Degraded\"", ready.Body);
        Assert.Contains("\"redis\":{\"status\":\"Degraded\"", ready.Body);
        Assert.Equal(HttpStatusCode.OK, live.Status);
    }

    [Fact]
    public async Task ReadinessPassesWithARealRedisServer()
    {
        using var redis = RedisServer.Start();
        await using var app = new OperationsApp(new Dictionary<string, string?> { ["DataApps:Redis"] = redis.Connection });

        var ready = (Status: HttpStatusCode.ServiceUnavailable, Body: "");
        for (var attempt = 0; attempt < 150 && !ready.Body.Contains("\"status\":\"Healthy\"", StringComparison.Ordinal); attempt++)
        {
            ready = await GetAsync(app, "/readyz"); // the server may need a moment to listen (and a report is reused for 5 s)
            await Task.Delay(100, Ct);
        }

        Assert.Equal(HttpStatusCode.OK, ready.Status);
        Assert.Contains("\"redis\":{\"status\":\"Healthy\"", ready.Body);
    }

    [Fact]
    public async Task ReadinessFailsWhenTheIdentityProviderDoesNotAnswer()
    {
        await using var app = new OperationsApp(new Dictionary<string, string?>
        {
            ["DataApps:Auth:Mode"] = "Oidc",
            ["DataApps:Auth:Authority"] = $"http://127.0.0.1:{DevIdentity.FreePort()}",
            ["DataApps:Auth:ClientId"] = "dataapps",
            ["DataApps:Auth:RequireHttpsMetadata"] = "false",
        });

        var ready = await GetAsync(app, "/readyz");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.Status);
        Assert.Contains("\"identity-provider\":{\"status\":\"Unhealthy\"", ready.Body);
    }

    [Fact]
    public async Task ReadinessPassesWhenTheIdentityProviderAnswersAndHealthNeedsNoSignIn()
    {
        if (DevIdentity.MissingReason is { } reason)
        {
            Assert.False(DevIdentity.IsCi, reason);
            Assert.Skip(reason);
        }

        using var provider = await DevIdentity.StartAsync([new Uri("http://127.0.0.1:5000/")]);
        await using var app = new OperationsApp(new Dictionary<string, string?>(provider.Settings()) { ["DataApps:Auth:RequireSignIn"] = "true" });

        var ready = await GetAsync(app, "/readyz");
        var live = await GetAsync(app, "/healthz");

        Assert.Equal(HttpStatusCode.OK, ready.Status);
        Assert.Contains("\"identity-provider\":{\"status\":\"Healthy\"", ready.Body);
        Assert.Equal(HttpStatusCode.OK, live.Status);
    }

    [Fact]
    public async Task ACallerFromElsewhereGetsTheStatusOnly()
    {
        var port = DevIdentity.FreePort();
        await using var app = new OperationsApp(new Dictionary<string, string?> { ["DataApps:Redis"] = $"127.0.0.1:{port}" }, new(IPAddress.Parse("203.0.113.7")));

        var ready = await GetAsync(app, "/readyz");
        var live = await GetAsync(app, "/healthz");

        Assert.Equal(HttpStatusCode.OK, ready.Status);
        Assert.Equal("{\"status\":\"Degraded\"}", ready.Body); // no check names, no addresses
        Assert.DoesNotContain(port.ToString(System.Globalization.CultureInfo.InvariantCulture), ready.Body);
        Assert.Equal("{\"status\":\"Healthy\"}", live.Body);
    }

    [Theory]
    [InlineData("X-Forwarded-For", "127.0.0.1")]
    [InlineData("X-Original-For", "127.0.0.1")]
    [InlineData("Forwarded", "for=127.0.0.1")]
    public async Task ARequestThatCameThroughAProxyIsNotLocalWhateverAddressItClaims(string header, string value)
    {
        // A proxy on the same host connects from loopback; the forwarded headers say the caller is elsewhere (or lie).
        var port = DevIdentity.FreePort();
        await using var app = new OperationsApp(new Dictionary<string, string?> { ["DataApps:Redis"] = $"127.0.0.1:{port}" });
        using var client = app.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/readyz");
        request.Headers.TryAddWithoutValidation(header, value);

        using var response = await client.SendAsync(request, Ct);

        Assert.Equal("{\"status\":\"Degraded\"}", await response.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task ASignedInCallerFromElsewhereGetsTheDetails()
    {
        await using var app = new OperationsApp(new Dictionary<string, string?> { ["DataApps:Redis"] = $"127.0.0.1:{DevIdentity.FreePort()}" }, new(IPAddress.Parse("203.0.113.7"), SignedIn: true));

        var ready = await GetAsync(app, "/readyz");

        Assert.Contains("\"redis\":{\"status\":\"Degraded\",\"description\":\"Redis at 127.0.0.1:", ready.Body);
    }

    [Fact]
    public async Task ReadinessChecksRunOncePerCacheDurationHoweverOftenTheyAreCalled()
    {
        var check = new CountingCheck();
        await using var app = new OperationsApp(
            new Dictionary<string, string?> { ["DataApps:Operations:ReadinessCacheDuration"] = "00:10:00" },
            services: s => s.AddHealthChecks().AddCheck("counted", check, tags: ["ready"]));

        var answers = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => GetAsync(app, "/readyz")));
        var later = await GetAsync(app, "/readyz");

        Assert.All(answers, a => Assert.Contains("\"counted\":{\"status\":\"Healthy\"", a.Body));
        Assert.Equal(HttpStatusCode.OK, later.Status);
        Assert.Equal(1, check.Runs);
    }

    private sealed class CountingCheck : IHealthCheck
    {
        private int _runs;

        public int Runs => _runs;

        public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref _runs);
            await Task.Delay(50, cancellationToken); // an outbound request, say: callers meanwhile share this run
            return HealthCheckResult.Healthy("counted");
        }
    }
}

using System.Net;
using DataApps.Tests.Shared;

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
        for (var attempt = 0; attempt < 50 && ready.Status != HttpStatusCode.OK; attempt++)
        {
            ready = await GetAsync(app, "/readyz"); // the server may need a moment to listen
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
}

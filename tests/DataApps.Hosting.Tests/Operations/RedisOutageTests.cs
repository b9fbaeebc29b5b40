using System.Net;
using DataApps.Tests.Shared;
using Microsoft.Extensions.DependencyInjection;

namespace DataApps.Hosting.Tests.Operations;

/// <summary>
/// With <c>DataApps:Redis</c> set and Redis down, pages still answer (data-protection keys are kept locally), <c>/readyz</c>
/// says Degraded, and when Redis comes back the keys made meanwhile are written to it.
/// </summary>
public sealed class RedisOutageTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task PagesAnswerWithRedisDownAndTheKeysReachRedisWhenItComesBack()
    {
        var port = DevIdentity.FreePort();
        await using var app = new OperationsApp(new Dictionary<string, string?> { ["DataApps:Redis"] = $"127.0.0.1:{port}" });
        using var client = app.CreateClient();
        client.Timeout = TimeSpan.FromSeconds(20); // bounded: before, each page waited for Redis and failed

        using (var page = await client.GetAsync("/widgets", Ct))
        {
            Assert.Equal(HttpStatusCode.OK, page.StatusCode); // the page protects its components' state with a local key
        }

        var degraded = await client.GetStringAsync("/readyz", Ct);
        Assert.Contains("\"redis\":{\"status\":\"Degraded\"", degraded);

        using var redis = RedisServer.Start(port);
        var keys = 0L;
        for (var attempt = 0; attempt < 100 && keys == 0; attempt++)
        {
            await Task.Delay(100, Ct); // the app reconnects in the background
            keys = await KeysInRedisAsync(redis.Connection);
        }

        Assert.True(keys > 0, "The key made while Redis was down was not written to Redis after it came back.");
        var ready = "";
        for (var attempt = 0; attempt < 200 && !ready.Contains("\"redis\":{\"status\":\"Healthy\"", StringComparison.Ordinal); attempt++)
        {
            await Task.Delay(100, Ct);
            ready = await client.GetStringAsync("/readyz", Ct);
        }

        Assert.Contains("\"redis\":{\"status\":\"Healthy\"", ready);
        using var again = await client.GetAsync("/widgets", Ct);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
    }

    private static async Task<long> KeysInRedisAsync(string connection)
    {
        try
        {
            using var redis = await StackExchange.Redis.ConnectionMultiplexer.ConnectAsync(connection);
            return await redis.GetDatabase().ListLengthAsync(DataAppsOperationsExtensions.DataProtectionKey);
        }
        catch (StackExchange.Redis.RedisConnectionException)
        {
            return 0; // not listening yet
        }
    }
}

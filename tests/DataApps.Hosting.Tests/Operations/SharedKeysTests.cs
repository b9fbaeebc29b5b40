using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;

namespace DataApps.Hosting.Tests.Operations;

/// <summary>With <c>DataApps:Redis</c>, replicas share their data-protection keys: what one protects (a sign-in cookie), another reads.</summary>
public sealed class SharedKeysTests
{
    [Fact]
    public async Task AReplicaReadsWhatAnotherProtected()
    {
        using var redis = RedisServer.Start();
        var settings = new Dictionary<string, string?> { ["DataApps:Redis"] = redis.Connection };
        await using var first = new OperationsApp(settings);
        await using var second = new OperationsApp(settings);
        using var warm = first.CreateClient(); // start both hosts
        using var warmToo = second.CreateClient();

        var secret = await Retry(() => first.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("cookie").Protect("bob"));
        var read = second.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("cookie").Unprotect(secret);

        Assert.Equal("bob", read);
        using var client = await StackExchange.Redis.ConnectionMultiplexer.ConnectAsync(redis.Connection);
        Assert.True(await client.GetDatabase().KeyExistsAsync(DataAppsOperationsExtensions.DataProtectionKey)); // the keys are in Redis, not on this disk
    }

    // redis-server may need a moment before it accepts connections.
    private static async Task<string> Retry(Func<string> action)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                return action();
            }
            catch (Exception) when (attempt < 50)
            {
                await Task.Delay(100, TestContext.Current.CancellationToken);
            }
        }
    }
}

using DataApps.Auth;
using DataApps.Hosting.Tests.Operations;
using DataApps.Tests.Shared;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Logging;

namespace DataApps.Hosting.Tests.Auth;

/// <summary>
/// With <c>DataApps:Redis</c>, a sign-out is recorded where every replica reads it: another replica and a restarted one refuse
/// the sign-in too; while Redis is down the replica keeps its own record and writes it to Redis when Redis is back.
/// </summary>
public sealed class SignOutRegistryTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    // A replica's services as an app with sign-in and operations has them (nothing is started).
    private static ServiceProvider Replica(string redis, ILoggerProvider? log = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["DataApps:Redis"] = redis,
            ["DataApps:Auth:Mode"] = "Oidc",
            ["DataApps:Auth:Authority"] = "http://127.0.0.1:1",
            ["DataApps:Auth:ClientId"] = "dataapps",
            ["DataApps:Auth:RequireHttpsMetadata"] = "false",
            ["DataApps:Operations:Console"] = "false",
        }).Build();
        var services = new ServiceCollection().AddLogging().AddSingleton<IConfiguration>(configuration)
            .AddSingleton<IHostEnvironment>(new HostingEnvironment { EnvironmentName = Environments.Development, ContentRootPath = AppContext.BaseDirectory });
        services.AddDataApps().AddOperations(configuration).AddOidc(configuration);
        if (log is not null)
        {
            services.AddSingleton(log);
        }

        return services.BuildServiceProvider();
    }

    private static SignOutRegistry Registry(ServiceProvider replica) => replica.GetRequiredService<SignOutRegistry>();

    [Fact]
    public async Task ASignOutOnOneReplicaIsSeenByAnotherAndAfterARestart()
    {
        using var redis = RedisServer.Start();
        await using var first = Replica(redis.Connection);
        await using var second = Replica(redis.Connection);
        await WaitForRedisAsync(first);

        Registry(first).End("signin-1", DateTimeOffset.UtcNow.AddHours(1));

        Assert.True(Registry(first).HasEnded("signin-1"));
        Assert.True(Registry(second).HasEnded("signin-1"), "Another replica still accepts the signed-out sign-in.");
        Assert.False(Registry(second).HasEnded("signin-2"));
        await using var restarted = Replica(redis.Connection);
        Assert.True(Registry(restarted).HasEnded("signin-1"), "A restarted replica forgot the sign-out.");
        using var client = await StackExchange.Redis.ConnectionMultiplexer.ConnectAsync(redis.Connection);
        var ttl = await client.GetDatabase().KeyTimeToLiveAsync("DataApps:SignOut:signin-1");
        Assert.InRange(ttl!.Value, TimeSpan.FromMinutes(59), TimeSpan.FromHours(1)); // kept as long as the cookie would have lived
    }

    [Fact]
    public async Task WithRedisDownTheReplicaKeepsItsRecordAndWritesItToRedisWhenItComesBack()
    {
        var port = DevIdentity.FreePort();
        var log = new EventLog();
        await using var replica = Replica($"127.0.0.1:{port}", log);

        Registry(replica).End("signin-1", DateTimeOffset.UtcNow.AddHours(1));

        Assert.True(Registry(replica).HasEnded("signin-1"));
        Assert.False(Registry(replica).HasEnded("signin-2"));
        Assert.False(Registry(replica).HasEnded("signin-3"));
        Assert.Equal([(LogLevel.Warning, "RedisDown")], log.Events); // the outage, once
        using var redis = RedisServer.Start(port);
        await using var other = Replica(redis.Connection);
        var seen = false;
        for (var attempt = 0; attempt < 100 && !seen; attempt++)
        {
            await Task.Delay(100, Ct); // the first replica reconnects in the background, then writes its record
            seen = Registry(other).HasEnded("signin-1");
        }

        Assert.True(seen, "The sign-out recorded while Redis was down never reached Redis.");
        Assert.Equal([(LogLevel.Warning, "RedisDown"), (LogLevel.Information, "RedisUp")], log.Events);
    }

    /// <summary>The Redis connection's events (level and name), as the app's logging receives them.</summary>
    private sealed class EventLog : ILoggerProvider
    {
        private readonly System.Collections.Concurrent.ConcurrentQueue<(LogLevel, string)> _events = new();

        public IReadOnlyList<(LogLevel Level, string Name)> Events => [.. _events];

        public ILogger CreateLogger(string categoryName) => new Logger(categoryName.EndsWith(".RedisConnection", StringComparison.Ordinal) ? _events : null);

        public void Dispose()
        {
        }

        private sealed class Logger(System.Collections.Concurrent.ConcurrentQueue<(LogLevel, string)>? events) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => events is not null;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                events?.Enqueue((logLevel, eventId.Name ?? ""));
        }
    }

    private static async Task WaitForRedisAsync(ServiceProvider replica)
    {
        var connection = replica.GetRequiredService<DataApps.Hosting.Operations.RedisConnection>();
        for (var attempt = 0; attempt < 50 && connection.Database is null; attempt++)
        {
            await Task.Delay(100, Ct); // redis-server may need a moment to listen
        }
    }
}

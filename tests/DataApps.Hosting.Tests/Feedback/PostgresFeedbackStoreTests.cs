using DataApps.Hosting.Feedback;
using DataApps.Tests.Shared;
using Npgsql;

namespace DataApps.Hosting.Tests.Feedback;

/// <summary>One PostgreSQL server for the class's tests, each test in a database of its own.</summary>
public sealed class PostgresFixture : IAsyncLifetime
{
    private PostgresServer? _server;

    internal PostgresServer Server => _server ?? throw new InvalidOperationException(PostgresServer.MissingReason ?? "PostgreSQL did not start.");

    public async ValueTask InitializeAsync()
    {
        if (PostgresServer.MissingReason is null)
        {
            _server = await PostgresServer.StartAsync();
        }
    }

    public ValueTask DisposeAsync()
    {
        _server?.Dispose();
        return ValueTask.CompletedTask;
    }

    /// <summary>Skips the calling test when PostgreSQL is missing (fails it under CI=true).</summary>
    public static void SkipWhenMissing()
    {
        if (PostgresServer.MissingReason is { } reason)
        {
            Assert.False(DevIdentity.IsCi, reason);
            Assert.Skip(reason);
        }
    }
}

/// <summary>The PostgreSQL store against a real server (Debian's postgresql): the contract, migrations, and replicas starting at once.</summary>
public sealed class PostgresFeedbackStoreTests(PostgresFixture postgres) : FeedbackStoreContract, IClassFixture<PostgresFixture>, IAsyncDisposable
{
    private readonly List<PostgresFeedbackStore> _stores = [];

    [Fact]
    public async Task ADatabaseOfAnOlderSchemaVersionIsMigratedKeepingItsRecords()
    {
        var database = await NewDatabaseAsync();
        await Open(database).MigrateToAsync(1, TestContext.Current.CancellationToken);
        await ExecuteAsync(database, "INSERT INTO dataapps_feedback (at, user_id, page, item, kind, value) VALUES (now(), 'alice', '/', 'p-1', 'thumbs', '0')");

        var store = Open(database);
        var records = await store.QueryAsync(new FeedbackQuery { User = "alice" }, TestContext.Current.CancellationToken);

        Assert.Equal("0", Assert.Single(records).Value);
        Assert.Equal(2, await store.SchemaVersionAsync(TestContext.Current.CancellationToken));
        Assert.Equal(1L, await ScalarAsync(database, "SELECT COUNT(*) FROM pg_indexes WHERE indexname = 'ix_dataapps_feedback_user'"));
    }

    [Fact]
    public async Task FourReplicasStartingAtOnceMigrateOnceAndKeepEveryWrite()
    {
        var database = await NewDatabaseAsync();
        var replicas = Enumerable.Range(0, 4).Select(_ => Open(database)).ToArray();

        await Task.WhenAll(replicas.Select((store, r) => Task.Run(async () =>
        {
            for (var i = 0; i < 25; i++)
            {
                await store.AddAsync(new FeedbackEntry { Page = "/", Item = $"{r}-{i}", Kind = "thumbs", Value = "1" }, TestContext.Current.CancellationToken);
            }
        })));

        Assert.Equal(100, (await Open(database).QueryAsync(null, TestContext.Current.CancellationToken)).Select(e => e.Id).Distinct().Count());
        Assert.Equal(2L, await ScalarAsync(database, "SELECT COUNT(*) FROM dataapps_feedback_schema"));
    }

    [Fact]
    public async Task AnUnreachableServerFailsEachCallWithTheDriversError()
    {
        var port = DevIdentity.FreePort();
        var store = Open($"Host=127.0.0.1;Port={port};Username=postgres;Database=postgres;Timeout=2");

        await Assert.ThrowsAnyAsync<NpgsqlException>(() => store.QueryAsync(null, TestContext.Current.CancellationToken));
        await Assert.ThrowsAnyAsync<NpgsqlException>(() => store.AddAsync(new FeedbackEntry { Page = "/", Item = "i", Kind = "k" }, TestContext.Current.CancellationToken));
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var store in _stores)
        {
            await store.DisposeAsync();
        }
    }

    private protected override async Task<IFeedbackStore> NewStoreAsync() => Open(await NewDatabaseAsync());

    private async Task<string> NewDatabaseAsync()
    {
        PostgresFixture.SkipWhenMissing();
        return await postgres.Server.NewDatabaseAsync();
    }

    private PostgresFeedbackStore Open(string connectionString)
    {
        var store = new PostgresFeedbackStore(connectionString, Time);
        _stores.Add(store);
        return store;
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
    }

    private static async Task<object?> ScalarAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync(TestContext.Current.CancellationToken);
    }
}

using DataApps.Hosting.Feedback;
using Microsoft.Data.Sqlite;

namespace DataApps.Hosting.Tests.Feedback;

/// <summary>The SQLite store: the contract, and a file that outlives the store, migrates, and takes two stores at once.</summary>
public sealed class SqliteFeedbackStoreTests : FeedbackStoreContract, IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("dataapps-feedback-").FullName;
    private readonly List<SqliteFeedbackStore> _stores = [];

    private string File => Path.Combine(_folder, "data", "feedback.db");

    [Fact]
    public async Task RecordsSurviveARestartOnTheSameFile()
    {
        var before = Open();
        var stored = await before.AddAsync(new FeedbackEntry { Page = "/", Item = "p-1", Kind = "thumbs", Value = "1", User = "alice" }, TestContext.Current.CancellationToken);
        before.Dispose();

        var after = Open();

        Assert.Equal([stored], await after.QueryAsync(null, TestContext.Current.CancellationToken));
        Assert.True(System.IO.File.Exists(File));
    }

    [Fact]
    public async Task TheFileIsInWalModeAtTheNewestSchemaVersion()
    {
        var store = Open();

        Assert.Equal(store.Migrations.Count, await store.SchemaVersionAsync(TestContext.Current.CancellationToken));
        Assert.Equal("wal", Scalar("PRAGMA journal_mode"));
    }

    [Fact]
    public async Task ADatabaseOfAnOlderSchemaVersionIsMigratedKeepingItsRecords()
    {
        var old = Open();
        await old.MigrateToAsync(1, TestContext.Current.CancellationToken);
        Execute("INSERT INTO dataapps_feedback (at, user_id, page, item, kind, value) VALUES (0, 'alice', '/', 'p-1', 'thumbs', '0')");
        Assert.Equal("0", Scalar("SELECT COUNT(*) FROM sqlite_master WHERE name = 'ix_dataapps_feedback_user'"));
        old.Dispose();

        var store = Open();
        var records = await store.QueryAsync(new FeedbackQuery { User = "alice" }, TestContext.Current.CancellationToken);

        Assert.Equal("0", Assert.Single(records).Value);
        Assert.Equal(2, await store.SchemaVersionAsync(TestContext.Current.CancellationToken));
        Assert.Equal("1", Scalar("SELECT COUNT(*) FROM sqlite_master WHERE name = 'ix_dataapps_feedback_user'"));
        Assert.Equal("1,2", Scalar("SELECT group_concat(version) FROM (SELECT version FROM dataapps_feedback_schema ORDER BY version)"));
    }

    [Fact]
    public async Task ADatabaseNewerThanTheCodeFailsNamingBothVersions()
    {
        await Open().MigrateToAsync(2, TestContext.Current.CancellationToken);
        Execute("INSERT INTO dataapps_feedback_schema (version) VALUES (7)");

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => Open().QueryAsync(null, TestContext.Current.CancellationToken));

        Assert.Contains("schema version 7, newer than this version of DataApps knows (2)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TwoStoresOnOneFileMigrateOnceAndKeepEveryWrite()
    {
        var (a, b) = (Open(), Open());

        await Task.WhenAll(Write(a, "a"), Write(b, "b"));

        var records = await Open().QueryAsync(null, TestContext.Current.CancellationToken);
        Assert.Equal(200, records.Count);
        Assert.Equal(200, records.Select(r => r.Id).Distinct().Count());
        Assert.Equal("2", Scalar("SELECT COUNT(*) FROM dataapps_feedback_schema"));

        static Task Write(IFeedbackStore store, string who) => Task.Run(async () =>
        {
            for (var i = 0; i < 100; i++)
            {
                await store.AddAsync(new FeedbackEntry { Page = "/", Item = $"{who}-{i}", Kind = "thumbs", Value = "1", User = who }, TestContext.Current.CancellationToken);
            }
        });
    }

    [Fact]
    public async Task QueriesByPageAndItemOrByUserUseAnIndex()
    {
        await Open().SchemaVersionAsync(TestContext.Current.CancellationToken);

        Assert.Contains("ix_dataapps_feedback_page_item", Scalar("EXPLAIN QUERY PLAN SELECT * FROM dataapps_feedback WHERE page = 'a' AND item = 'b' ORDER BY id", column: 3), StringComparison.Ordinal);
        Assert.Contains("ix_dataapps_feedback_user", Scalar("EXPLAIN QUERY PLAN SELECT * FROM dataapps_feedback WHERE user_id = 'u' ORDER BY id", column: 3), StringComparison.Ordinal);
        Assert.Contains("ix_dataapps_feedback_item", Scalar("EXPLAIN QUERY PLAN SELECT * FROM dataapps_feedback WHERE item = 'i' ORDER BY id", column: 3), StringComparison.Ordinal);
    }

    public void Dispose()
    {
        foreach (var store in _stores)
        {
            store.Dispose();
        }

        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private protected override Task<IFeedbackStore> NewStoreAsync() => Task.FromResult<IFeedbackStore>(Open());

    private SqliteFeedbackStore Open()
    {
        var store = SqliteFeedbackStore.ForFile(File, Time);
        _stores.Add(store);
        return store;
    }

    private string Scalar(string sql, int column = 0)
    {
        using var connection = new SqliteConnection($"Data Source={File}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        return reader.Read() ? Convert.ToString(reader.GetValue(column), System.Globalization.CultureInfo.InvariantCulture) ?? "" : "";
    }

    private void Execute(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={File}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}

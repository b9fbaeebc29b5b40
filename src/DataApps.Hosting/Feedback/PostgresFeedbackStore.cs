using System.Data.Common;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace DataApps.Hosting.Feedback;

/// <summary>The feedback store in PostgreSQL (<c>DataApps:Feedback:Provider = PostgreSql</c>), shared by every replica (Note [Feedback schema]).</summary>
internal sealed class PostgresFeedbackStore : SqlFeedbackStore, IAsyncDisposable, IDisposable
{
    // pg_advisory_xact_lock's key: "DAfb" in ASCII, the same for every replica of every DataApps app on the database.
    private const long MigrationLock = 0x44416662;

    private static readonly string[] Schema =
    [
        "CREATE TABLE dataapps_feedback (id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY, at TIMESTAMPTZ NOT NULL, user_id TEXT NULL, " +
        "page TEXT NOT NULL, item TEXT NOT NULL, kind TEXT NOT NULL, value TEXT NULL, previous_value TEXT NULL, note TEXT NULL);" +
        "CREATE INDEX ix_dataapps_feedback_page_item ON dataapps_feedback (page, item, id);",
        "CREATE INDEX ix_dataapps_feedback_item ON dataapps_feedback (item, id);" +
        "CREATE INDEX ix_dataapps_feedback_user ON dataapps_feedback (user_id, id);",
    ];

    private readonly NpgsqlDataSource _source;
    private readonly string _database;

    /// <param name="connectionString">An Npgsql connection string, e.g. <c>Host=db;Database=apps;Username=apps;Password=…</c>.</param>
    /// <param name="time">The clock of <see cref="FeedbackEntry.At"/>.</param>
    /// <param name="logger">Where migrations are logged.</param>
    public PostgresFeedbackStore(string connectionString, TimeProvider? time = null, ILogger? logger = null)
        : base(time, logger ?? Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        _database = $"PostgreSQL {builder.Host}:{builder.Port}/{builder.Database}"; // never the password
        _source = NpgsqlDataSource.Create(builder);
    }

    public override IReadOnlyList<string> Migrations => Schema;

    public ValueTask DisposeAsync() => _source.DisposeAsync();

    public void Dispose() => _source.Dispose();

    protected override async Task<DbConnection> OpenAsync(CancellationToken cancellationToken) =>
        await _source.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);

    protected override async Task MigrateAsync(DbConnection connection, int target, CancellationToken cancellationToken)
    {
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using (var command = connection.CreateCommand())
        {
            // Held until the transaction ends: a second replica waits here, then finds the migrations applied.
            command.Transaction = transaction;
            command.CommandText = "SELECT pg_advisory_xact_lock(@key)";
            Add(command, "@key", MigrationLock);
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await ExecuteAsync(connection, transaction, "CREATE TABLE IF NOT EXISTS dataapps_feedback_schema (version INTEGER NOT NULL)", cancellationToken).ConfigureAwait(false);
        int current;
        await using (var read = connection.CreateCommand())
        {
            read.Transaction = transaction;
            read.CommandText = "SELECT COALESCE(MAX(version), 0) FROM dataapps_feedback_schema";
            current = Convert.ToInt32(await read.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture);
        }

        foreach (var (version, sql) in Pending(current, target, _database))
        {
            await ExecuteAsync(connection, transaction, sql, cancellationToken).ConfigureAwait(false);
            await ExecuteAsync(connection, transaction, "INSERT INTO dataapps_feedback_schema (version) VALUES (@version)", cancellationToken, version).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    protected override object ToDb(DateTimeOffset at) => at.ToUniversalTime();

    protected override DateTimeOffset FromDb(DbDataReader reader, int ordinal) => reader.GetFieldValue<DateTimeOffset>(ordinal);
}

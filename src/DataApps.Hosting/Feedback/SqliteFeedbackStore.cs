using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace DataApps.Hosting.Feedback;

// Note [Feedback schema]: both stores keep one table, dataapps_feedback, and a table of applied schema versions,
// dataapps_feedback_schema. The first use of a store applies the migrations the database lacks, in one transaction that
// holds the database's write lock (SQLite: BEGIN IMMEDIATE; PostgreSQL: a transaction-scoped advisory lock), re-reading the
// version under the lock: two replicas starting at once migrate once, the second finds the work done. A database newer than
// the code fails with a message rather than being written with columns the code does not know. Migrations only ever add:
// version 1 made the table and the (page, item) index, version 2 the item and user indexes.

/// <summary>The feedback store in a SQLite file (the default: <c>&lt;content root&gt;/data/feedback.db</c>), in WAL mode.</summary>
internal sealed class SqliteFeedbackStore : SqlFeedbackStore, IDisposable
{
    private static readonly string[] Schema =
    [
        "CREATE TABLE dataapps_feedback (id INTEGER PRIMARY KEY AUTOINCREMENT, at INTEGER NOT NULL, user_id TEXT NULL, " +
        "page TEXT NOT NULL, item TEXT NOT NULL, kind TEXT NOT NULL, value TEXT NULL, previous_value TEXT NULL, note TEXT NULL);" +
        "CREATE INDEX ix_dataapps_feedback_page_item ON dataapps_feedback (page, item, id);",
        "CREATE INDEX ix_dataapps_feedback_item ON dataapps_feedback (item, id);" +
        "CREATE INDEX ix_dataapps_feedback_user ON dataapps_feedback (user_id, id);",
    ];

    private readonly string _connectionString;
    private readonly string _file;

    /// <param name="connectionString">A SQLite connection string, e.g. <c>Data Source=/app/data/feedback.db</c>.</param>
    /// <param name="time">The clock of <see cref="FeedbackEntry.At"/>.</param>
    /// <param name="logger">Where migrations are logged.</param>
    public SqliteFeedbackStore(string connectionString, TimeProvider? time = null, ILogger? logger = null)
        : base(time, logger ?? Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (builder.Mode == SqliteOpenMode.Memory || builder.DataSource is "" or ":memory:")
        {
            throw new ArgumentException("The SQLite feedback store needs a file (Data Source=path); use Provider Memory for a store in memory.", nameof(connectionString));
        }

        _file = Path.GetFullPath(builder.DataSource);
        builder.DataSource = _file;
        _connectionString = builder.ToString();
    }

    /// <summary>The database file.</summary>
    public string File => _file;

    public override IReadOnlyList<string> Migrations => Schema;

    /// <summary>A store in the file at <paramref name="path"/>, created (with its folder) on first use.</summary>
    public static SqliteFeedbackStore ForFile(string path, TimeProvider? time = null, ILogger? logger = null) =>
        new(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadWriteCreate }.ToString(), time, logger);

    public void Dispose()
    {
        // Pooled connections keep the file open; let it go (a test deletes it, a restart reopens it).
        using var connection = new SqliteConnection(_connectionString);
        SqliteConnection.ClearPool(connection);
    }

    protected override async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(_file)!);
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        return connection;
    }

    protected override async Task MigrateAsync(DbConnection connection, int target, CancellationToken cancellationToken)
    {
        // WAL: readers do not wait for the writer, and the setting stays with the file.
        await ExecuteAsync(connection, null, "PRAGMA journal_mode=WAL;", cancellationToken).ConfigureAwait(false);
        // BEGIN IMMEDIATE (deferred: false) takes the write lock now; a second store waits for it (busy, retried until the command timeout).
        await using var transaction = ((SqliteConnection)connection).BeginTransaction(deferred: false);
        await ExecuteAsync(connection, transaction, "CREATE TABLE IF NOT EXISTS dataapps_feedback_schema (version INTEGER NOT NULL);", cancellationToken).ConfigureAwait(false);
        await using (var read = connection.CreateCommand())
        {
            read.Transaction = transaction;
            read.CommandText = "SELECT COALESCE(MAX(version), 0) FROM dataapps_feedback_schema";
            var current = Convert.ToInt32(await read.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture);
            foreach (var (version, sql) in Pending(current, target, _file))
            {
                await ExecuteAsync(connection, transaction, sql, cancellationToken).ConfigureAwait(false);
                await ExecuteAsync(connection, transaction, "INSERT INTO dataapps_feedback_schema (version) VALUES (@version);", cancellationToken, version).ConfigureAwait(false);
            }
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    protected override object ToDb(DateTimeOffset at) => at.ToUnixTimeMilliseconds();

    protected override DateTimeOffset FromDb(DbDataReader reader, int ordinal) => DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(ordinal));
}

using System.Data.Common;
using System.Text;
using Microsoft.Extensions.Logging;

namespace DataApps.Hosting.Feedback;

/// <summary>
/// What the SQLite and PostgreSQL stores share: one table <c>dataapps_feedback</c>, records appended with parameters only, queries
/// whose SQL is chosen from fixed fragments (never built from values), and a schema migrated on first use (Note [Feedback schema]).
/// </summary>
internal abstract partial class SqlFeedbackStore : IFeedbackStore
{
    private const string Columns = "id, at, user_id, page, item, kind, value, previous_value, note";
    private readonly SemaphoreSlim _migration = new(1, 1);
    private readonly TimeProvider _time;
    private volatile bool _migrated;

    protected SqlFeedbackStore(TimeProvider? time, ILogger logger)
    {
        _time = time ?? TimeProvider.System;
        Logger = logger;
    }

    protected ILogger Logger { get; }

    /// <summary>The schema's migrations, in order: migration <c>i</c> brings the schema to version <c>i + 1</c>.</summary>
    public abstract IReadOnlyList<string> Migrations { get; }

    public async Task<FeedbackEntry> AddAsync(FeedbackEntry entry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(entry.Page, nameof(entry.Page));
        ArgumentNullException.ThrowIfNull(entry.Item, nameof(entry.Item));
        ArgumentNullException.ThrowIfNull(entry.Kind, nameof(entry.Kind));
        // Milliseconds: what both databases keep exactly, so the record returned equals the one read back.
        var at = DateTimeOffset.FromUnixTimeMilliseconds(_time.GetUtcNow().ToUnixTimeMilliseconds());
        await using var connection = await OpenMigratedAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = "INSERT INTO dataapps_feedback (at, user_id, page, item, kind, value, previous_value, note) " +
            "VALUES (@at, @user, @page, @item, @kind, @value, @previous, @note) RETURNING id";
        Add(command, "@at", ToDb(at));
        Add(command, "@user", entry.User);
        Add(command, "@page", entry.Page);
        Add(command, "@item", entry.Item);
        Add(command, "@kind", entry.Kind);
        Add(command, "@value", entry.Value);
        Add(command, "@previous", entry.PreviousValue);
        Add(command, "@note", entry.Note);
        var id = Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture);
        return entry with { Id = id, At = at };
    }

    public async Task<IReadOnlyList<FeedbackEntry>> QueryAsync(FeedbackQuery? query = null, CancellationToken cancellationToken = default)
    {
        query ??= new FeedbackQuery();
        if (query.Limit is < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(query), query.Limit, "FeedbackQuery.Limit is a count of records: 0 or more.");
        }

        await using var connection = await OpenMigratedAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        var where = new StringBuilder();
        Filter(command, where, "page", query.Page);
        Filter(command, where, "item", query.Item);
        Filter(command, where, "user_id", query.User);
        Filter(command, where, "kind", query.Kind);
        if (query.Since is { } since)
        {
            where.Append(where.Length == 0 ? " WHERE " : " AND ").Append("at >= @since");
            Add(command, "@since", ToDb(since));
        }

        var select = $"SELECT {Columns} FROM dataapps_feedback{where}";
        if (query.Limit is { } limit)
        {
            // The newest `limit` records, returned oldest first.
            command.CommandText = $"SELECT {Columns} FROM ({select} ORDER BY id DESC LIMIT @limit) AS newest ORDER BY id";
            Add(command, "@limit", limit);
        }
        else
        {
            command.CommandText = select + " ORDER BY id";
        }

        var entries = new List<FeedbackEntry>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            entries.Add(new FeedbackEntry
            {
                Id = reader.GetInt64(0),
                At = FromDb(reader, 1),
                User = Text(reader, 2),
                Page = reader.GetString(3),
                Item = reader.GetString(4),
                Kind = reader.GetString(5),
                Value = Text(reader, 6),
                PreviousValue = Text(reader, 7),
                Note = Text(reader, 8),
            });
        }

        return entries;
    }

    public async Task ExportAsync(Stream destination, FeedbackExportFormat format, FeedbackQuery? query = null, CancellationToken cancellationToken = default) =>
        await DataApps.Feedback.FeedbackExport.WriteAsync(destination, format, await QueryAsync(query, cancellationToken).ConfigureAwait(false), cancellationToken)
            .ConfigureAwait(false);

    /// <summary>The schema version of the database (0 when it has none), after migrating it.</summary>
    public async Task<int> SchemaVersionAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenMigratedAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT MAX(version) FROM dataapps_feedback_schema";
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>An open connection to the database.</summary>
    protected abstract Task<DbConnection> OpenAsync(CancellationToken cancellationToken);

    /// <summary>Applies the migrations the database lacks, up to version <paramref name="target"/>, safe when replicas do it at once.</summary>
    protected abstract Task MigrateAsync(DbConnection connection, int target, CancellationToken cancellationToken);

    protected abstract object ToDb(DateTimeOffset at);

    protected abstract DateTimeOffset FromDb(DbDataReader reader, int ordinal);

    /// <summary>Applies every migration up to version <paramref name="target"/> (tests make an older database with it).</summary>
    internal async Task MigrateToAsync(int target, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await MigrateAsync(connection, target, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The migrations from <paramref name="current"/> to <paramref name="target"/>, or a clear error when the database is newer than
    /// this code (a replica of a newer version migrated it): running on would read or write columns this code does not know.
    /// </summary>
    protected IEnumerable<(int Version, string Sql)> Pending(int current, int target, string database)
    {
        if (current > Migrations.Count)
        {
            throw new InvalidOperationException(
                $"The feedback database ({database}) has schema version {current}, newer than this version of DataApps knows ({Migrations.Count}): " +
                "update the app, or point DataApps:Feedback at another database.");
        }

        for (var version = current + 1; version <= target; version++)
        {
            Log.Migrating(Logger, database, version);
            yield return (version, Migrations[version - 1]);
        }
    }

    /// <summary>Runs <paramref name="sql"/>; <paramref name="version"/>, when given, is its <c>@version</c> parameter.</summary>
    protected static async Task ExecuteAsync(DbConnection connection, DbTransaction? transaction, string sql, CancellationToken cancellationToken, int? version = null)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        if (version is { } v)
        {
            Add(command, "@version", v);
        }

        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    protected static void Add(DbCommand command, string name, object? value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value ?? DBNull.Value;
        command.Parameters.Add(parameter);
    }

    private static void Filter(DbCommand command, StringBuilder where, string column, string? value)
    {
        if (value is not null)
        {
            where.Append(where.Length == 0 ? " WHERE " : " AND ").Append(column).Append(" = @").Append(column);
            Add(command, "@" + column, value);
        }
    }

    private static string? Text(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    private async Task<DbConnection> OpenMigratedAsync(CancellationToken cancellationToken)
    {
        var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (!_migrated)
            {
                await _migration.WaitAsync(cancellationToken).ConfigureAwait(false);
                try
                {
                    if (!_migrated)
                    {
                        await MigrateAsync(connection, Migrations.Count, cancellationToken).ConfigureAwait(false);
                        _migrated = true; // a failure is not remembered: the next use tries again
                    }
                }
                finally
                {
                    _migration.Release();
                }
            }

            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Migrating the feedback database {Database} to schema version {Version}")]
        public static partial void Migrating(ILogger logger, string database, int version);
    }
}

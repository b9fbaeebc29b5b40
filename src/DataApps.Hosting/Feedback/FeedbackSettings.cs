using Microsoft.Extensions.Options;

namespace DataApps.Hosting.Feedback;

/// <summary>
/// Where feedback is kept, from the configuration section <c>DataApps:Feedback</c>: <c>Provider</c> (<c>Sqlite</c>, the default;
/// <c>PostgreSql</c>; <c>Memory</c>), <c>Path</c> (SQLite's file; <c>data/feedback.db</c> under the content root when not set) and
/// <c>ConnectionString</c> (PostgreSQL's, or a SQLite one instead of a path).
/// </summary>
internal sealed class FeedbackSettings
{
    public const string Section = "DataApps:Feedback";

    /// <summary>The SQLite file when neither <see cref="Path"/> nor <see cref="ConnectionString"/> is set, relative to the content root.</summary>
    public const string DefaultPath = "data/feedback.db";

    public string? Provider { get; set; }

    public string? Path { get; set; }

    public string? ConnectionString { get; set; }

    /// <summary>The provider named by <see cref="Provider"/> (Sqlite when it is not set); <c>null</c> when it names none.</summary>
    public FeedbackProvider? ParsedProvider =>
        string.IsNullOrWhiteSpace(Provider) ? FeedbackProvider.Sqlite
        : Enum.TryParse<FeedbackProvider>(Provider.Trim(), ignoreCase: true, out var p) && Enum.IsDefined(p) && !int.TryParse(Provider, out _) ? p
        : string.Equals(Provider.Trim(), "Postgres", StringComparison.OrdinalIgnoreCase) ? FeedbackProvider.PostgreSql
        : null;
}

/// <summary>The stores <c>DataApps:Feedback:Provider</c> chooses from.</summary>
internal enum FeedbackProvider
{
    Sqlite,
    PostgreSql,
    Memory,
}

/// <summary>Checks <c>DataApps:Feedback</c> when the app starts, with messages that name the setting to fix.</summary>
internal sealed class FeedbackSettingsValidation : IValidateOptions<FeedbackSettings>
{
    public ValidateOptionsResult Validate(string? name, FeedbackSettings options)
    {
        var s = FeedbackSettings.Section;
        switch (options.ParsedProvider)
        {
            case null:
                return ValidateOptionsResult.Fail($"{s}:Provider is \"{options.Provider}\": use Sqlite (the default), PostgreSql or Memory.");
            case FeedbackProvider.PostgreSql when string.IsNullOrWhiteSpace(options.ConnectionString):
                return ValidateOptionsResult.Fail($"{s}:ConnectionString is required when {s}:Provider is PostgreSql (e.g. \"Host=db;Database=apps;Username=apps;Password=…\").");
            case FeedbackProvider.PostgreSql when options.Path is not null:
                return ValidateOptionsResult.Fail($"{s}:Path is for the SQLite store; with {s}:Provider PostgreSql set only {s}:ConnectionString.");
            case FeedbackProvider.PostgreSql:
                return Parses(() => new Npgsql.NpgsqlConnectionStringBuilder(options.ConnectionString), "an Npgsql connection string");
            case FeedbackProvider.Sqlite when options.Path is not null && options.ConnectionString is not null:
                return ValidateOptionsResult.Fail($"{s}:Path and {s}:ConnectionString are both set; the SQLite store takes one of them.");
            case FeedbackProvider.Sqlite when options.Path is { } path && (path.Trim().Length == 0 || path.IndexOfAny(System.IO.Path.GetInvalidPathChars()) >= 0 || path.EndsWith('/') || path.EndsWith('\\')):
                return ValidateOptionsResult.Fail($"{s}:Path is \"{path}\", which is not a file path (e.g. \"data/feedback.db\", or \"/data/feedback.db\" on a volume).");
            case FeedbackProvider.Sqlite when options.ConnectionString is { } connection:
                return Parses(() => new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(connection), "a SQLite connection string (\"Data Source=path\")");
            default:
                return ValidateOptionsResult.Success;
        }
    }

    private static ValidateOptionsResult Parses(Action parse, string what)
    {
        try
        {
            parse();
            return ValidateOptionsResult.Success;
        }
        catch (ArgumentException e)
        {
            // The message of the parser, never the string itself: it may hold a password.
            return ValidateOptionsResult.Fail($"{FeedbackSettings.Section}:ConnectionString is not {what}: {e.Message}");
        }
    }
}

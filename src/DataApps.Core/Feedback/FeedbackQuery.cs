namespace DataApps;

/// <summary>Which feedback records to read back or export; every property left <c>null</c> matches all.</summary>
/// <example><c>await store.QueryAsync(new FeedbackQuery { Page = "/label", User = ui.User.Id });</c></example>
public sealed record FeedbackQuery
{
    /// <summary>Only records given on this page route.</summary>
    public string? Page { get; init; }

    /// <summary>Only records about this item.</summary>
    public string? Item { get; init; }

    /// <summary>Only records of this person.</summary>
    public string? User { get; init; }

    /// <summary>Only records of this kind.</summary>
    public string? Kind { get; init; }

    /// <summary>Only records stored at or after this time.</summary>
    public DateTimeOffset? Since { get; init; }

    /// <summary>At most this many records, the newest ones; <c>null</c> for all.</summary>
    public int? Limit { get; init; }
}

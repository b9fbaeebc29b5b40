namespace DataApps;

/// <summary>
/// One record of what a person said about an item: a thumbs up, a label, a corrected box, a flag with a reason. The store
/// keeps every record (a history, never overwritten): a correction is a new record whose <see cref="PreviousValue"/> is the
/// value it replaces, and undo is one more record that puts the previous value back.
/// </summary>
/// <example><c>await store.AddAsync(new FeedbackEntry { Page = "/label", Item = "img-17", Kind = "label", Value = "cat", User = ui.User.Id });</c></example>
public sealed record FeedbackEntry
{
    /// <summary>The store's id for the record, increasing in the order records were added; 0 before it is stored.</summary>
    public long Id { get; init; }

    /// <summary>When the record was stored (UTC); set by the store.</summary>
    public DateTimeOffset At { get; init; }

    /// <summary>The id of the signed-in person who gave it (<c>ui.User.Id</c>), or <c>null</c> when anonymous.</summary>
    public string? User { get; init; }

    /// <summary>The route of the page it was given on, e.g. <c>/label</c>.</summary>
    public required string Page { get; init; }

    /// <summary>The id of the item it is about: a prediction, a document, an image.</summary>
    public required string Item { get; init; }

    /// <summary>What kind of feedback it is, chosen by the page: <c>thumbs</c>, <c>label</c>, <c>boxes</c>, <c>flag</c>.</summary>
    public required string Kind { get; init; }

    /// <summary>The value given (text; JSON for structured values such as boxes), or <c>null</c> when it was taken back.</summary>
    public string? Value { get; init; }

    /// <summary>The value this record replaces, or <c>null</c> for the first one.</summary>
    public string? PreviousValue { get; init; }

    /// <summary>A free-text note from the person, or <c>null</c>.</summary>
    public string? Note { get; init; }
}

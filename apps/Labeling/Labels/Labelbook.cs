using System.Text.Json;
using DataApps;
using DataApps.Components.ImageAnnotator;
using Labeling.Items;

namespace Labeling.Labels;

/// <summary>
/// Labels and corrections as records of the feedback store: a save writes a <c>label</c> record (and a <c>boxes</c> record for
/// an image) whose <see cref="FeedbackEntry.PreviousValue"/> is the value it replaces; undo writes records that put the
/// previous values back. Nothing is ever changed or deleted, so the history is complete.
/// </summary>
internal sealed class Labelbook(IFeedbackStore store)
{
    /// <summary>The page route label records are stored under.</summary>
    public const string LabelPage = "/label";

    /// <summary>The page route final labels (chosen by a reviewer) are stored under.</summary>
    public const string ReviewPage = "/review";

    /// <summary>The kind of a label record (the value is the label).</summary>
    public const string LabelKind = "label";

    /// <summary>The kind of a boxes record (the value is the boxes as JSON).</summary>
    public const string BoxesKind = "boxes";

    /// <summary>The kind of a reviewer's final label.</summary>
    public const string FinalKind = "final";

    /// <summary>How an undo record starts its note, followed by the id of the record it takes back.</summary>
    public const string UndoNote = "undo #";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The label records of one labeler (<c>null</c>: the anonymous labeler), oldest first.</summary>
    public async Task<IReadOnlyList<FeedbackEntry>> MineAsync(string? user, CancellationToken ct)
    {
        var entries = await store.QueryAsync(new FeedbackQuery { Page = LabelPage, User = user }, ct);
        // The store's query cannot ask for "no user": the anonymous labeler's records are those without one.
        return user is null ? [.. entries.Where(e => e.User is null)] : entries;
    }

    /// <summary>Every labeler's label records, oldest first.</summary>
    public Task<IReadOnlyList<FeedbackEntry>> AllAsync(CancellationToken ct) =>
        store.QueryAsync(new FeedbackQuery { Page = LabelPage }, ct);

    /// <summary>The reviewers' final labels per item (the last one counts; <c>null</c> values are left out).</summary>
    public async Task<IReadOnlyDictionary<string, string>> FinalLabelsAsync(CancellationToken ct)
    {
        var entries = await store.QueryAsync(new FeedbackQuery { Page = ReviewPage, Kind = FinalKind }, ct);
        return Latest(entries, FinalKind).Where(p => p.Value is not null).ToDictionary(p => p.Key, p => p.Value!, StringComparer.Ordinal);
    }

    /// <summary>The latest value of <paramref name="kind"/> per item in <paramref name="entries"/> (<c>null</c> when it was taken back).</summary>
    public static IReadOnlyDictionary<string, string?> Latest(IEnumerable<FeedbackEntry> entries, string kind)
    {
        var latest = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var entry in entries.Where(e => e.Kind == kind).OrderBy(e => e.Id))
        {
            latest[entry.Item] = entry.Value;
        }

        return latest;
    }

    /// <summary>Saves a label (and for an image its boxes) of <paramref name="item"/> for <paramref name="user"/>.</summary>
    public async Task SaveAsync(string? user, LabelItem item, string label, IReadOnlyList<AnnotationBox>? boxes, IReadOnlyList<FeedbackEntry> mine, CancellationToken ct)
    {
        await store.AddAsync(new FeedbackEntry
        {
            User = user, Page = LabelPage, Item = item.Id, Kind = LabelKind, Value = label,
            PreviousValue = Latest(mine, LabelKind).GetValueOrDefault(item.Id),
        }, ct);
        if (item.Kind == ItemKind.Image)
        {
            await store.AddAsync(new FeedbackEntry
            {
                User = user, Page = LabelPage, Item = item.Id, Kind = BoxesKind, Value = BoxesJson(boxes ?? []),
                PreviousValue = Latest(mine, BoxesKind).GetValueOrDefault(item.Id),
            }, ct);
        }
    }

    /// <summary>The records of the user's last save that has not been undone (a label, and the boxes saved with it); empty when there is none.</summary>
    public static IReadOnlyList<FeedbackEntry> LastSave(IReadOnlyList<FeedbackEntry> mine)
    {
        var ordered = mine.OrderBy(e => e.Id).ToList();
        var undone = ordered.Select(e => UndoneId(e.Note)).OfType<long>().ToHashSet();
        var open = ordered.Where(e => UndoneId(e.Note) is null && !undone.Contains(e.Id)).ToList();
        if (open.Count == 0)
        {
            return [];
        }

        var last = open[^1];
        // One save writes at most a label and a boxes record for one item, one right after the other among the user's records.
        var index = ordered.IndexOf(last);
        if (open.Count > 1 && open[^2] is var before && index > 0 && ordered[index - 1] == before && before.Item == last.Item && before.Kind != last.Kind)
        {
            return [before, last];
        }

        return [last];
    }

    /// <summary>Undoes the user's last save: writes records restoring what it replaced; returns the item's id, or <c>null</c> when there was nothing to undo.</summary>
    public async Task<string?> UndoAsync(string? user, IReadOnlyList<FeedbackEntry> mine, CancellationToken ct)
    {
        var save = LastSave(mine);
        foreach (var entry in save)
        {
            await store.AddAsync(new FeedbackEntry
            {
                User = user, Page = LabelPage, Item = entry.Item, Kind = entry.Kind, Value = entry.PreviousValue,
                PreviousValue = Latest(mine, entry.Kind).GetValueOrDefault(entry.Item), Note = UndoNote + entry.Id,
            }, ct);
        }

        return save.Count == 0 ? null : save[0].Item;
    }

    /// <summary>Stores a reviewer's final label for an item.</summary>
    public async Task SaveFinalAsync(string? reviewer, string item, string label, CancellationToken ct)
    {
        var finals = await store.QueryAsync(new FeedbackQuery { Page = ReviewPage, Kind = FinalKind, Item = item }, ct);
        await store.AddAsync(new FeedbackEntry
        {
            User = reviewer, Page = ReviewPage, Item = item, Kind = FinalKind, Value = label,
            PreviousValue = Latest(finals, FinalKind).GetValueOrDefault(item),
        }, ct);
    }

    /// <summary>Boxes as the JSON stored in a record's value: <c>[{"label":"car","x":10,"y":20,"width":100,"height":50}]</c>.</summary>
    public static string BoxesJson(IReadOnlyList<AnnotationBox> boxes) => JsonSerializer.Serialize(boxes, Json);

    /// <summary>Boxes from a record's value, or <c>null</c> when there is none or it is not a list of boxes.</summary>
    public static AnnotationBox[]? ParseBoxes(string? json)
    {
        if (string.IsNullOrEmpty(json))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<AnnotationBox[]>(json, Json);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static long? UndoneId(string? note) =>
        note is not null && note.StartsWith(UndoNote, StringComparison.Ordinal) && long.TryParse(note.AsSpan(UndoNote.Length), out var id) ? id : null;
}

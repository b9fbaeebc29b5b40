namespace DataApps;

public sealed partial class Ui
{
    /// <summary>
    /// Gradio's Flag button: a button per reason ("Flag as Incorrect", "Flag as Offensive"), or one "Flag" button, with an optional
    /// note; a click records a <c>flag</c> entry about <paramref name="item"/> in the app's <see cref="IFeedbackStore"/> (user, page,
    /// the reason as its value, the note) and returns the reason, once. A failed write shows an error and returns <c>null</c>.
    /// </summary>
    /// <param name="item">The id of what is flagged (a prediction, a document).</param>
    /// <param name="reasons">The reasons to choose from, one button each; <c>null</c> for a single button that records the reason <c>flagged</c>.</param>
    /// <param name="note">Show a text box for a note, recorded with the flag.</param>
    /// <param name="label">The button's text, followed by " as " and the reason when there are reasons.</param>
    /// <param name="key">The base of the buttons' keys (they are <c>{key}:{reason}</c> and <c>{key}:note</c>); <c>flag:{item}</c> when not given.</param>
    /// <returns>The reason recorded by this run's click, or <c>null</c>.</returns>
    /// <example><c>if (ui.Flag(item: prediction.Id, reasons: ["Incorrect", "Offensive"], note: true) is { } reason) ui.Toast($"Flagged as {reason}");</c></example>
    public string? Flag(string item, IReadOnlyList<string>? reasons = null, bool note = false, string label = "Flag", string? key = null)
    {
        if (string.IsNullOrWhiteSpace(item))
        {
            throw new ArgumentException("ui.Flag flags an item: give item: its id (a prediction's, a document's), not an empty text.", nameof(item));
        }

        ArgumentNullException.ThrowIfNull(label);
        if (reasons is not null && (reasons.Count == 0 || reasons.Any(string.IsNullOrWhiteSpace) || reasons.Distinct(StringComparer.Ordinal).Count() != reasons.Count))
        {
            throw new ArgumentException("ui.Flag's reasons are distinct, non-empty texts (e.g. [\"Incorrect\", \"Offensive\"]); leave them out for a single Flag button.", nameof(reasons));
        }

        var store = FeedbackStoreOrThrow("ui.Flag");
        key ??= $"flag:{item}";
        var text = note ? TextInput("Note (optional)", key: key + ":note") : "";
        var choices = reasons ?? ["flagged"];
        var row = choices.Count > 1 ? Columns(choices.Count) : [this];
        string? clicked = null;
        for (var i = 0; i < choices.Count; i++)
        {
            var caption = reasons is null ? label : $"{label} as {choices[i]}";
            if (row[i].Button(caption, key: $"{key}:{choices[i]}"))
            {
                clicked = choices[i];
            }
        }

        if (clicked is null)
        {
            return null;
        }

        var entry = new FeedbackEntry
        {
            User = User.Id,
            Page = Run.PageId,
            Item = item,
            Kind = "flag",
            Value = clicked,
            Note = string.IsNullOrWhiteSpace(text) ? null : text.Trim(),
        };
        return TryStore(store, entry, "Please flag it again.") ? clicked : null;
    }
}

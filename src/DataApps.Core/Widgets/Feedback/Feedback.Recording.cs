using System.Globalization;
using DataApps.Runtime;
using DataApps.Widgets;

namespace DataApps;

// Note [Restored feedback]: a signed-in user who comes back to an item sees the value they gave last (their latest record of
// that page, kind and item), read once per session. An anonymous visitor starts from the page's value: anonymous records carry
// no user, so "theirs" cannot be told apart from anyone else's. A failed read shows a warning and starts from the page's value.
public sealed partial class Ui
{
    /// <summary>ui.Feedback with an item: the widget, then the record of a change (Note [Recorded feedback]).</summary>
    private int? RecordedFeedback(FeedbackOptions options, int? value, string? item, string? kind, Func<int?, FeedbackSpec> spec)
    {
        if (string.IsNullOrWhiteSpace(item))
        {
            throw new ArgumentException("ui.Feedback records feedback about an item: give item: its id (a prediction's, a document's), not an empty text.", nameof(item));
        }

        kind ??= options.ToString().ToLowerInvariant();
        if (kind.Trim().Length == 0)
        {
            throw new ArgumentException("The kind of recorded feedback names it (thumbs, label, rating): give a non-empty text, or leave it out.", nameof(kind));
        }

        var store = FeedbackStoreOrThrow("ui.Feedback(item: …)");
        var page = Run.PageId;
        var slot = _session.FeedbackSlots.GetOrAdd($"{page}\n{kind}\n{item}", _ => new AppSession.FeedbackSlot());
        int? initial;
        lock (slot.Gate)
        {
            if (!slot.Read)
            {
                ReadBack(store, slot, page, kind, item, options);
            }

            initial = Position(slot.Stored, options) ?? value;
            if (!slot.Read)
            {
                slot.Shown = Text(initial);
                slot.Read = true;
            }
        }

        var chosen = Widget(spec(initial));
        var text = Text(chosen);
        lock (slot.Gate)
        {
            if (text == slot.Shown)
            {
                return chosen;
            }

            var entry = new FeedbackEntry { User = User.Id, Page = page, Item = item, Kind = kind, Value = text, PreviousValue = slot.Stored };
            if (TryStore(store, entry, "It is tried again at your next interaction."))
            {
                slot.Shown = text;
                slot.Stored = text;
            }
        }

        return chosen;
    }

    /// <summary>Writes one record from the page's run; a failure is shown in the page and logged, and the session goes on.</summary>
    private bool TryStore(IFeedbackStore store, FeedbackEntry entry, string then)
    {
        try
        {
            // Synchronously, within this run: the page must be able to say so when it fails (Note [Recorded feedback]).
            store.AddAsync(entry, CancellationToken.None).GetAwaiter().GetResult();
            return true;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            _session.LogFeedbackWriteFailed(entry.Page, entry.Kind, entry.Item, e);
            Error($"Your {(entry.Kind == "flag" ? "flag" : "feedback")} on {entry.Item} was not saved{Reason(e)}. {then}");
            return false;
        }
    }

    private IFeedbackStore FeedbackStoreOrThrow(string verb) =>
        _session.FeedbackStore ?? throw new InvalidOperationException(
            $"{verb} records to the app's IFeedbackStore, and this session has none: register one (services.AddDataApps() does), " +
            "or use AppTest.For<TPage>(), whose services have one.");

    private void ReadBack(IFeedbackStore store, AppSession.FeedbackSlot slot, string page, string kind, string item, FeedbackOptions options)
    {
        if (!User.IsAuthenticated || User.Id is not { } user)
        {
            return;
        }

        try
        {
            var latest = store.QueryAsync(new FeedbackQuery { Page = page, Kind = kind, Item = item, User = user, Limit = 1 }, CancellationToken.None)
                .GetAwaiter().GetResult();
            if (latest is [var entry])
            {
                slot.Stored = entry.Value;
                if (entry.Value is not null && Position(entry.Value, options) is null)
                {
                    Warning($"Your earlier feedback on {item} (\"{entry.Value}\") is not one of these {options.ToString().ToLowerInvariant()}; it is left as it was.");
                }
            }
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            _session.LogFeedbackReadFailed(page, kind, item, e);
            Warning($"Your earlier feedback on {item} could not be read{Reason(e)}; the widget starts empty.");
        }
    }

    /// <summary>The exception's message where the app shows error details (Development), else nothing: the log has it.</summary>
    private string Reason(Exception e) => _session.Options.ShowErrorDetails ? $" ({e.Message})" : "";

    private static string? Text(int? position) => position?.ToString(CultureInfo.InvariantCulture);

    private static int? Position(string? stored, FeedbackOptions options) =>
        int.TryParse(stored, NumberStyles.None, CultureInfo.InvariantCulture, out var p) && p < FeedbackSpec.CountOf(options) ? p : null;
}

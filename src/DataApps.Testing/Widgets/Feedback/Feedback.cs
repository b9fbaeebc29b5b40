namespace DataApps.Testing;

public sealed partial class AppTest
{
    /// <summary>
    /// The feedback widget with this key, or about this item (<c>ui.Feedback(item: …)</c>), or the page's only one when both are
    /// <c>null</c> (feedback has no label).
    /// </summary>
    /// <param name="key">The key given to the verb, or <c>null</c>.</param>
    /// <param name="item">The item given to the verb, or <c>null</c>.</param>
    /// <exception cref="InvalidOperationException">No such feedback widget, or several and neither key nor item.</exception>
    /// <example><c>await app.Feedback().SetValue(1).RunAsync(); await app.Feedback(item: "p-1").Click(0).RunAsync();</c></example>
    public FeedbackHandle Feedback(string? key = null, string? item = null)
    {
        if (key is not null)
        {
            return new(this, Find<FeedbackElement>(key));
        }

        var all = Get<FeedbackElement>();
        if (item is not null)
        {
            var about = all.Where(e => e.Item == item).ToList();
            return about.Count == 1
                ? new(this, about[0])
                : throw new InvalidOperationException(about.Count == 0
                    ? $"No feedback widget about item \"{item}\" in the last run; the items are: {string.Join(", ", all.Select(e => e.Item ?? "(none)"))}."
                    : $"{about.Count} feedback widgets about item \"{item}\" in the last run; find one by its key instead.");
        }

        return all.Count == 1
            ? new(this, all[0])
            : throw new InvalidOperationException(all.Count == 0
                ? "No feedback widget in the last run."
                : $"{all.Count} feedback widgets in the last run; find one by its key instead.");
    }
}

/// <summary>A feedback widget: set or click a position (0 = thumbs down, saddest face, one star).</summary>
public sealed class FeedbackHandle : WidgetHandle<FeedbackElement>
{
    internal FeedbackHandle(AppTest app, FeedbackElement element)
        : base(app, element)
    {
    }

    /// <summary>Which icons are shown.</summary>
    public FeedbackOptions Options => Element.Options;

    /// <summary>The chosen position, or <c>null</c>.</summary>
    public int? Value => Element.Value;

    /// <summary>Chooses a position, or none; it applies on the next run.</summary>
    /// <param name="value">The position, or <c>null</c>.</param>
    /// <returns>The test, to chain <c>RunAsync</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The widget has no such position.</exception>
    public AppTest SetValue(int? value)
    {
        var count = Options == FeedbackOptions.Thumbs ? 2 : 5;
        if (value is { } v && (v < 0 || v >= count))
        {
            throw new ArgumentOutOfRangeException(nameof(value), v, $"{Options} feedback has positions 0 to {count - 1}.");
        }

        Send(value);
        return App;
    }

    /// <summary>Clicks the icon at <paramref name="position"/>: chooses it, or takes it back when it is chosen.</summary>
    /// <param name="position">The position.</param>
    /// <returns>The test, to chain <c>RunAsync</c>.</returns>
    public AppTest Click(int position) => SetValue(Value == position ? null : position);
}

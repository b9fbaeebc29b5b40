using System.Text.Json;
using DataApps.Widgets;

// Note [Widget files]: the widget's record, verb and spec side by side (see Widgets/WidgetSpec.cs).
namespace DataApps
{
    /// <summary>A row of feedback icons (<c>ui.Feedback</c>): thumbs, faces or stars; the browser sends the chosen position, <c>null</c> to take it back.</summary>
    /// <param name="WidgetId">The widget's identity.</param>
    /// <param name="Label">Empty: feedback has no label, as in Streamlit.</param>
    /// <param name="Options">Which icons are shown.</param>
    /// <param name="Value">The chosen position (0 = thumbs down, saddest face, one star), or <c>null</c>.</param>
    public sealed record FeedbackElement(string WidgetId, string Label, FeedbackOptions Options, int? Value) : WidgetElement(WidgetId, Label)
    {
        /// <summary>The item whose feedback is recorded (<c>ui.Feedback(item: …)</c>), or <c>null</c>.</summary>
        public string? Item { get; init; }
    }

    /// <summary>The icons of <c>ui.Feedback</c> and the values they give.</summary>
    public enum FeedbackOptions
    {
        /// <summary>Thumbs down (0) and thumbs up (1).</summary>
        Thumbs,

        /// <summary>Five faces from saddest (0) to happiest (4).</summary>
        Faces,

        /// <summary>Five stars: one star is 0, five stars is 4.</summary>
        Stars,
    }

    public sealed partial class Ui
    {
        /// <summary>
        /// Shows feedback icons (thumbs, faces or stars); returns the chosen position, or <c>null</c> until one is chosen
        /// (a second click on the chosen icon takes it back).
        /// </summary>
        /// <remarks>
        /// As in Streamlit: thumbs give 0 (down) or 1 (up); faces 0 (saddest) to 4 (happiest); stars 0 (one star) to 4 (five stars).
        /// Feedback has no label, so two of the same kind on one page need a <paramref name="key"/>.
        /// </remarks>
        /// <param name="options">Which icons are shown.</param>
        /// <param name="value">The initially chosen position, or <c>null</c>.</param>
        /// <param name="key">A unique key; makes the identity the key alone.</param>
        /// <param name="help">A tooltip.</param>
        /// <param name="disabled">Show it greyed out.</param>
        /// <param name="onChange">Called before the next run when it changes.</param>
        /// <param name="item">
        /// The id of what the feedback is about (a prediction, a document); given, every change is recorded in the app's
        /// <see cref="IFeedbackStore"/> (user, page, item, value, previous value) and a signed-in user sees their latest value again on a
        /// later visit. Each item has a widget of its own, so a list of items needs no keys.
        /// </param>
        /// <param name="kind">The record's kind; the icons' name (<c>thumbs</c>, <c>faces</c>, <c>stars</c>) when not given.</param>
        /// <example>
        /// <code>
        /// if (ui.Feedback(FeedbackOptions.Thumbs) == 1) ui.Success("Thanks!");
        /// ui.Feedback(item: prediction.Id); // recorded: the store gets "1" for thumbs up, null when taken back
        /// </code>
        /// </example>
        public int? Feedback(FeedbackOptions options = FeedbackOptions.Thumbs, int? value = null,
            string? key = null, string? help = null, bool disabled = false, Action? onChange = null,
            string? item = null, string? kind = null)
        {
            if (!Enum.IsDefined(options))
            {
                throw new ArgumentOutOfRangeException(nameof(options), options, "Feedback shows thumbs, faces or stars.");
            }

            var count = FeedbackSpec.CountOf(options);
            if (value is { } v && (v < 0 || v >= count))
            {
                throw new ArgumentOutOfRangeException(nameof(value), v, $"{options} feedback has positions 0 to {count - 1}.");
            }

            if (item is not null || kind is not null)
            {
                return RecordedFeedback(options, value, item, kind, initial =>
                    new FeedbackSpec(options, initial, item) { Key = key, Help = help, Disabled = disabled, OnChange = onChange });
            }

            return Widget(new FeedbackSpec(options, value) { Key = key, Help = help, Disabled = disabled, OnChange = onChange });
        }
    }
}

namespace DataApps.Widgets
{
    /// <summary>Feedback icons: the position chosen (0 = the worst), or none; a second click on the chosen icon takes it back.</summary>
    internal sealed class FeedbackSpec(FeedbackOptions options, int? initial, string? item = null) : WidgetSpec<int?>("feedback", "")
    {
        public static int CountOf(FeedbackOptions options) => options == FeedbackOptions.Thumbs ? 2 : 5;

        public override int? DefaultValue => initial;

        public override void AddIdentity(ref WidgetIdentity identity)
        {
            identity.Add(options.ToString());
            if (item is not null)
            {
                // Recorded feedback: one widget per item; its start value (read back from the store) is not part of it.
                identity.Add(item);
                return;
            }

            identity.Add(initial ?? -1);
        }

        public override bool IsValid(int? value) => value is not { } v || (v >= 0 && v < CountOf(options));

        public override int? FromWire(object? wire)
        {
            if (wire is null or System.Text.Json.JsonElement { ValueKind: JsonValueKind.Null })
            {
                return null;
            }

            var value = Wire.ToInt(wire);
            return value < 0 ? null
                : value < CountOf(options) ? value
                : throw new FormatException($"The {options.ToString().ToLowerInvariant()} feedback has no position {value}.");
        }

        public override WidgetElement CreateElement(string widgetId, int? value) =>
            new FeedbackElement(widgetId, Label, options, value) { Help = Help, Disabled = Disabled, Item = item };
    }
}

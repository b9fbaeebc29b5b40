using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace DataApps.Runtime;

// Note [Recorded feedback]: ui.Feedback(item: …) and ui.Flag(…) write to the app's IFeedbackStore from the run that sees the
// change, synchronously, so that a failed write can be shown in that run's page (an error above the widget) and logged. The
// session remembers, per (page, kind, item), the value the widget showed and the value last stored: a run writes when the
// widget's value differs from the one it showed, and moves both only when the write succeeded, so a write that failed is tried
// again by the next run and is never lost silently. The first time a session shows an item's feedback for a signed-in user, it
// reads that user's latest value for the item back from the store and starts the widget there (Note [Restored feedback]).
internal sealed partial class AppSession
{
    private Lazy<IFeedbackStore?> _feedbackStore = new(() => null);

    /// <summary>Per page, kind and item: what the feedback widget showed, and what was stored last (Note [Recorded feedback]).</summary>
    internal ConcurrentDictionary<string, FeedbackSlot> FeedbackSlots { get; } = new(StringComparer.Ordinal);

    /// <summary>The store recorded feedback goes to, resolved on first use (an app that records none never opens it); <c>null</c> when there is none.</summary>
    internal IFeedbackStore? FeedbackStore => Volatile.Read(ref _feedbackStore).Value;

    /// <summary>Where <see cref="FeedbackStore"/> comes from: the app's services (the host, AppTest).</summary>
    internal void UseFeedback(Func<IFeedbackStore?> source) =>
        Volatile.Write(ref _feedbackStore, new Lazy<IFeedbackStore?>(source, LazyThreadSafetyMode.ExecutionAndPublication));

    internal void LogFeedbackWriteFailed(string page, string kind, string item, Exception exception) =>
        FeedbackLog.WriteFailed(_logger, page, kind, item, exception);

    internal void LogFeedbackReadFailed(string page, string kind, string item, Exception exception) =>
        FeedbackLog.ReadFailed(_logger, page, kind, item, exception);

    /// <summary>What one feedback widget showed and stored; its lock makes the compare-and-write of concurrent fragment runs one step.</summary>
    internal sealed class FeedbackSlot
    {
        public Lock Gate { get; } = new();

        /// <summary>Whether the user's latest value was read back (or there was nothing to read).</summary>
        public bool Read { get; set; }

        /// <summary>The value the widget showed in the last run that recorded (or first showed) it.</summary>
        public string? Shown { get; set; }

        /// <summary>The value stored last for this user and item (the next record's previous value).</summary>
        public string? Stored { get; set; }
    }

    private static partial class FeedbackLog
    {
        [LoggerMessage(EventId = 40, Level = LogLevel.Error, Message = "Feedback on page {Page} (kind {Kind}, item {Item}) was not stored; the next run tries again")]
        public static partial void WriteFailed(ILogger logger, string page, string kind, string item, Exception exception);

        [LoggerMessage(EventId = 41, Level = LogLevel.Warning, Message = "Earlier feedback on page {Page} (kind {Kind}, item {Item}) could not be read; the widget starts empty")]
        public static partial void ReadFailed(ILogger logger, string page, string kind, string item, Exception exception);
    }
}

using Microsoft.Extensions.Logging;

namespace DataApps.Runtime;

/// <summary>What the session remembers and logs of Streamlit's widget rules (Policies): the once-per-session warning, refusals.</summary>
internal sealed partial class AppSession
{
    private int _defaultAndStateWarned;

    /// <summary>
    /// Logs that a widget with a default of its own was also given a value through <c>ui.State</c>; true the first time in this session,
    /// when the page shows the warning too.
    /// </summary>
    internal bool WarnDefaultAndState(string kind, string label, string key)
    {
        if (Interlocked.Exchange(ref _defaultAndStateWarned, 1) != 0)
        {
            return false;
        }

        RulesLog.DefaultAndState(_logger, kind, label, key, PageId);
        return true;
    }

    /// <summary>Why the widget <paramref name="widgetId"/> would refuse <paramref name="wire"/> from the browser, or <c>null</c> (AppTest's check).</summary>
    internal string? RefusalOf(string widgetId, object? wire)
    {
        if (!Widgets.TryGet(widgetId, out var widget))
        {
            return null;
        }

        try
        {
            widget.Spec.FromWire(wire);
            return null;
        }
        catch (Exception ex) when (ex is FormatException or InvalidCastException or OverflowException)
        {
            return ex.Message;
        }
    }

    private static partial class RulesLog
    {
        [LoggerMessage(30, LogLevel.Warning, "The {Kind} '{Label}' with key {Key} on page {PageId} has a default value and was also given a value through ui.State")]
        public static partial void DefaultAndState(ILogger logger, string kind, string label, string key, string pageId);
    }
}

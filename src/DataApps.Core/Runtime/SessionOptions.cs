namespace DataApps.Runtime;

/// <summary>How a session runs its pages.</summary>
internal sealed record SessionOptions
{
    /// <summary>Show exception types and stack traces in the page (Development), or only a message and a correlation id.</summary>
    public bool ShowErrorDetails { get; init; } = true;

    /// <summary>How often output of a run in flight is published; zero publishes only when a run ends.</summary>
    public TimeSpan ProgressInterval { get; init; } = TimeSpan.FromMilliseconds(16);

    /// <summary>
    /// Run pages on the thread that calls <c>RequestRunAsync</c> (AppTest, benchmarks) instead of the thread pool;
    /// browser values then queue until the caller asks for a run.
    /// </summary>
    public bool Inline { get; init; }

    /// <summary>Whether fragments with <c>runEvery</c> rerun on real timers; AppTest turns them off and ticks them by hand.</summary>
    public bool FragmentTimers { get; init; } = true;

    /// <summary>How long a run may take before it is cancelled and abandoned (Note [Run budget]); infinite or zero for no budget.</summary>
    public TimeSpan RunTimeout { get; init; } = DefaultRunTimeout;

    /// <summary>How long a cancelled run (over budget, stopped or superseded) has to return before the session stops waiting for it.</summary>
    public TimeSpan AbandonGrace { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>The level of the rerun event of a run the user caused (a click, a value, a navigation); a failed run logs at Warning.</summary>
    public Microsoft.Extensions.Logging.LogLevel RerunLogLevel { get; init; } = Microsoft.Extensions.Logging.LogLevel.Information;

    /// <summary>The level of the rerun event of a fragment run its <c>runEvery</c> timer caused (Debug: a ticking dashboard must not flood the log).</summary>
    public Microsoft.Extensions.Logging.LogLevel TimedRerunLogLevel { get; init; } = Microsoft.Extensions.Logging.LogLevel.Debug;

    /// <summary>The clock of run budgets.</summary>
    public TimeProvider Time { get; init; } = TimeProvider.System;

    /// <summary>
    /// How many times in a row the page may ask for a rerun (<c>ui.Rerun()</c>) without an interaction in between; the
    /// next request is refused with an error in the page, so a page that always asks for one does not run forever.
    /// </summary>
    public const int MaxRerunsInARow = 100;

    /// <summary>The run budget when the app sets none.</summary>
    public static readonly TimeSpan DefaultRunTimeout = TimeSpan.FromSeconds(60);
}

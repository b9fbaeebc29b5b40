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
}

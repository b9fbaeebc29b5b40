namespace Showcase.Tests;

/// <summary>A clock whose waits end at once (on the thread pool), so a page's slow work does not slow its tests.</summary>
internal sealed class InstantTime : TimeProvider
{
    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
        new Instant(callback, state, dueTime);

    private sealed class Instant : ITimer
    {
        private readonly TimerCallback _callback;
        private readonly object? _state;

        public Instant(TimerCallback callback, object? state, TimeSpan dueTime)
        {
            _callback = callback;
            _state = state;
            Change(dueTime, Timeout.InfiniteTimeSpan);
        }

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            if (dueTime != Timeout.InfiniteTimeSpan)
            {
                ThreadPool.QueueUserWorkItem(_ => _callback(_state));
            }

            return true;
        }

        public void Dispose()
        {
        }

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}

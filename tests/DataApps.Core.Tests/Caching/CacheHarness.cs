using DataApps.Caching;
using DataApps.Core.Tests.Support;
using DataApps.Runtime;

namespace DataApps.Core.Tests.Caching;

/// <summary>Sessions of one app sharing one <see cref="DataCache"/>, each running a page on the thread pool until it is done.</summary>
internal sealed class CacheHarness : IDisposable
{
    private readonly List<AppSession> _sessions = [];

    public CacheHarness(TimeProvider? time = null) => Cache = new DataCache(time);

    public DataCache Cache { get; }

    public AppSession Session(TimeSpan? progressInterval = null)
    {
        var session = new AppSession(
            progressInterval is null
                ? new SessionOptions { Inline = true, ProgressInterval = TimeSpan.Zero }
                : new SessionOptions { ProgressInterval = progressInterval.Value },
            cache: Cache);
        _sessions.Add(session);
        return session;
    }

    /// <summary>Shows the page in <paramref name="session"/> and runs it off the test's thread (a sync cache call may block).</summary>
    public static Task Start(AppSession session, Action<Ui> body) => Task.Run(() => session.NavigateAsync(new ScriptPage(body), "/"));

    public static Task Start(AppSession session, Func<Ui, CancellationToken, Task> body) =>
        Task.Run(() => session.NavigateAsync(new ScriptPage(body), "/"));

    /// <summary>Runs the page once to the end.</summary>
    public static Task RunAsync(AppSession session, Action<Ui> body) => Wait.ForAsync(Start(session, body), "the run");

    public static Task RerunAsync(AppSession session) => Wait.ForAsync(Task.Run(session.RequestRunAsync), "the rerun");

    public void Dispose()
    {
        foreach (var session in _sessions)
        {
            session.Dispose();
        }

        Cache.Dispose();
    }
}

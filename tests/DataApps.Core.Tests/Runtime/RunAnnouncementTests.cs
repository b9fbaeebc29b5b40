using DataApps.Runtime;

namespace DataApps.Core.Tests.Runtime;

public sealed class RunAnnouncementTests
{
    [Fact]
    public async Task ACompletedRunIsAnnouncedEvenWhenItsOutputIsUnchanged()
    {
        using var session = new AppSession(new SessionOptions { Inline = true, ProgressInterval = TimeSpan.Zero });
        var page = new LambdaPage(ui => ui.Text("always the same"));
        await session.NavigateAsync(page, "/");
        var announcements = 0;
        session.TreeChanged += _ => announcements++;

        await session.RequestRunAsync();

        Assert.Equal(1, announcements);
        Assert.Equal(2, session.CompletedRuns);
    }

    private sealed class LambdaPage(Action<Ui> body) : IDataPage
    {
        public Task RunAsync(Ui ui, CancellationToken ct)
        {
            body(ui);
            return Task.CompletedTask;
        }
    }
}

public sealed class NavigationTests : IDisposable
{
    private readonly Support.Checkpoint _checkpoint = new();

    public void Dispose() => _checkpoint.Dispose();

    [Fact]
    public async Task ARunOfAPageTheUserLeftNeverReplacesTheNewPagesOutput()
    {
        using var session = Support.Some.BackgroundSession();
        var shown = new List<string>();
        var pageA = new Support.ScriptPage(ui =>
        {
            ui.Text("page A");
            _checkpoint.Pass(); // a slow computation that does not look at the token
        });
        var pageB = new Support.ScriptPage(ui => ui.Text("page B"));
        _ = session.NavigateAsync(pageA, "/a");
        await _checkpoint.ArrivedAsync();
        session.TreeChanged += tree => { lock (shown) { shown.AddRange(Support.Some.Texts(tree)); } };

        var toB = session.NavigateAsync(pageB, "/b");
        _checkpoint.Release();
        await Support.Wait.ForAsync(toB, "the run of page B");

        lock (shown)
        {
            Assert.DoesNotContain("page A", shown);
        }

        Assert.Equal(["page B"], Support.Some.Texts(session.Tree));
    }
}

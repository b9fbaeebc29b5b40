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

using DataApps.Core.Tests.Support;

namespace DataApps.Core.Tests.Runtime;

public sealed class PublishingTests
{
    [Fact]
    public async Task EveryCompletedRunIsAnnouncedEvenWhenItsOutputIsUnchanged()
    {
        // The host shows the number of completed runs (data-runs) when it hears of a new tree.
        var announcedRuns = new List<int>();
        using var session = Some.BackgroundSession();
        session.TreeChanged += _ => announcedRuns.Add(session.CompletedRuns);
        var page = new ScriptPage(ui =>
        {
            if (ui.Button("Save"))
            {
                // a side effect only; the page looks the same
            }
        });
        await Wait.ForAsync(session.NavigateAsync(page, "/"), "the first run");
        var tree = session.Tree;

        await Wait.ForAsync(session.RequestRunAsync(), "the second run");

        Assert.Same(tree, session.Tree);
        Assert.Equal([1, 2], announcedRuns);
    }
}

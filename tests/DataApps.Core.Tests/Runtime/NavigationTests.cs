using DataApps.Core.Tests.Support;

namespace DataApps.Core.Tests.Runtime;

public sealed class NavigationTests : IDisposable
{
    private readonly Checkpoint _checkpoint = new();

    public void Dispose() => _checkpoint.Dispose();

    [Fact]
    public async Task RunOfThePreviousPageThatEndsAfterNavigationIsNeverShown()
    {
        using var session = Some.BackgroundSession();
        using var log = new TreeLog(session);
        var slow = new ScriptPage(ui =>
        {
            ui.Text("slow page");
            _checkpoint.Pass();   // a computation that ignores cancellation, then the page returns
        });
        var next = new ScriptPage(ui => ui.Text("next page"));
        _ = session.NavigateAsync(slow, "/slow");
        await _checkpoint.ArrivedAsync();

        var idle = session.NavigateAsync(next, "/next");
        _checkpoint.Release();
        await Wait.ForAsync(idle, "the next page");

        Assert.DoesNotContain(log.Trees, t => Some.Texts(t).Contains("slow page"));
        Assert.Equal(["next page"], Some.Texts(session.Tree));
        Assert.Equal(1, session.CompletedRuns);
    }

    [Fact]
    public async Task NewPageInFlightDoesNotShowThePreviousPageAsStale()
    {
        using var session = Some.BackgroundSession(TimeSpan.FromMilliseconds(1));
        using var log = new TreeLog(session);
        var slow = new ScriptPage(ui =>
        {
            ui.Text("slow page");
            ui.Text("more of the slow page");
            _checkpoint.Pass();
        });
        using var nextCheckpoint = new Checkpoint();
        var next = new ScriptPage(async (ui, ct) =>
        {
            ui.Text("next page");
            await nextCheckpoint.PassAsync(ct);
        });
        _ = session.NavigateAsync(slow, "/slow");
        await _checkpoint.ArrivedAsync();

        var idle = session.NavigateAsync(next, "/next");
        _checkpoint.Release();
        await nextCheckpoint.ArrivedAsync();
        var progress = await log.UntilTreeAsync(t => Some.Texts(t).Contains("next page"), "the next page's progress");

        Assert.Equal(["next page"], Some.Texts(progress));
        Assert.Equal(0, progress.Main.StaleCount);
        nextCheckpoint.Release();
        await Wait.ForAsync(idle, "the next page");
    }

    [Fact]
    public async Task WidgetsOfThePreviousPageAreForgottenAfterTheNextPageRuns()
    {
        using var session = Some.InlineSession();
        var first = new ScriptPage(ui => ui.Slider("n", 0, 10, key: "n"));
        var second = new ScriptPage(ui => ui.Text("second"));
        await session.NavigateAsync(first, "/first");
        session.SetValue(Some.Widget<SliderElement>(session.Tree, "n").WidgetId, 4.0);
        await session.RequestRunAsync();
        Assert.Equal(4, session.State["n"]);

        await session.NavigateAsync(second, "/second");

        Assert.False(session.State.ContainsKey("n"));
    }
}

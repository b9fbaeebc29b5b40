using DataApps.Core.Tests.Support;

namespace DataApps.Core.Tests.Runtime;

public sealed class CallbackInterruptionTests : IDisposable
{
    private readonly Checkpoint _checkpoint = new();

    public void Dispose() => _checkpoint.Dispose();

    [Fact]
    public async Task InteractionDuringTheCallbacksDoesNotLoseTheCallbacksThatHaveNotRunYet()
    {
        var ran = new List<string>();
        using var session = Some.InlineSession();
        var page = new ScriptPage(ui =>
        {
            ui.Checkbox("a", onChange: () =>
            {
                ran.Add("a");
                _checkpoint.Pass();
                ui.Text("a changed");
            });
            ui.Checkbox("b", onChange: () => ran.Add("b"));
            ui.Checkbox("c");
        });
        await session.NavigateAsync(page, "/");
        var tree = session.Tree;
        session.SetValue(Some.Widget<CheckboxElement>(tree, "a").WidgetId, true);
        session.SetValue(Some.Widget<CheckboxElement>(tree, "b").WidgetId, true);
        var idle = Task.Run(session.RequestRunAsync, TestContext.Current.CancellationToken);
        await _checkpoint.ArrivedAsync();

        session.SetValue(Some.Widget<CheckboxElement>(tree, "c").WidgetId, true);
        _ = session.RequestRunAsync();   // a new interaction while callback a runs
        _checkpoint.Release();
        await Wait.ForAsync(idle, "the session to go idle");

        Assert.Equal(["a", "b"], ran);
        Assert.All(Some.Flatten(session.Tree.Main).OfType<CheckboxElement>(), c => Assert.True(c.Value));
    }

    [Fact]
    public async Task RunInterruptedDuringItsCallbacksDoesNotRunThePageBody()
    {
        var bodies = new List<bool>();
        using var session = Some.InlineSession();
        var page = new ScriptPage(ui =>
        {
            var a = ui.Checkbox("a", onChange: () => _checkpoint.Pass());
            var b = ui.Checkbox("b");
            bodies.Add(a && !b);
        });
        await session.NavigateAsync(page, "/");
        var tree = session.Tree;
        session.SetValue(Some.Widget<CheckboxElement>(tree, "a").WidgetId, true);
        var idle = Task.Run(session.RequestRunAsync, TestContext.Current.CancellationToken);
        await _checkpoint.ArrivedAsync();

        session.SetValue(Some.Widget<CheckboxElement>(tree, "b").WidgetId, true);
        _ = session.RequestRunAsync();
        _checkpoint.Release();
        await Wait.ForAsync(idle, "the session to go idle");

        Assert.Equal([false, false], bodies);
    }

    [Fact]
    public async Task RerunInACallbackStillLetsTheOtherCallbacksRunAndThePageRunsOnceAfterThem()
    {
        var ran = new List<string>();
        var bodies = 0;
        using var session = Some.InlineSession();
        var page = new ScriptPage(ui =>
        {
            ui.Checkbox("a", onChange: () =>
            {
                ran.Add("a");
                ui.Rerun();
            });
            ui.Checkbox("b", onChange: () => ran.Add("b"));
            bodies++;
        });
        await session.NavigateAsync(page, "/");
        session.SetValue(Some.Widget<CheckboxElement>(session.Tree, "a").WidgetId, true);
        session.SetValue(Some.Widget<CheckboxElement>(session.Tree, "b").WidgetId, true);

        await session.RequestRunAsync();

        Assert.Equal(["a", "b"], ran);
        Assert.Equal(2, bodies);
        Assert.Equal(2, session.CompletedRuns);
    }
}

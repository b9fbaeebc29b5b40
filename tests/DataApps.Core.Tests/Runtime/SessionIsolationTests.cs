using DataApps.Core.Tests.Support;

namespace DataApps.Core.Tests.Runtime;

public sealed class SessionIsolationTests
{
    [Fact]
    public async Task TwoSessionsOfTheSamePageInstanceNeverSeeEachOthersValues()
    {
        // DataApp.Run(args, ui => …) shares one lambda page between all sessions.
        var page = new ScriptPage(ui =>
        {
            var name = ui.TextInput("Name");
            var visits = ui.State.GetOrAdd("visits", 0) + 1;
            ui.State["visits"] = visits;
            ui.Text($"{name}:{visits}");
        });
        using var alice = Some.InlineSession();
        using var bob = Some.InlineSession();
        await alice.NavigateAsync(page, "/");
        await bob.NavigateAsync(page, "/");

        alice.SetValue(Some.Widget<TextInputElement>(alice.Tree, "Name").WidgetId, "Alice");
        await alice.RequestRunAsync();
        await alice.RequestRunAsync();
        await bob.RequestRunAsync();

        Assert.Equal(["Alice:3"], Some.Texts(alice.Tree));
        Assert.Equal([":2"], Some.Texts(bob.Tree));
    }

    [Fact]
    public async Task SessionsRunningTheSamePageAtTheSameTimeStayApart()
    {
        using var gate = new Checkpoint();
        var page = new ScriptPage(async (ui, ct) =>
        {
            var n = ui.Slider("n", 0, 10);
            await gate.PassAsync(ct);
            ui.Text($"n={n}");
        });
        using var first = Some.BackgroundSession();
        using var second = Some.BackgroundSession();
        var firstRun = first.NavigateAsync(page, "/");
        var secondRun = second.NavigateAsync(page, "/");
        await gate.ArrivedAsync();
        await gate.ArrivedAsync();
        gate.Release();
        gate.Release();
        await Wait.ForAsync(Task.WhenAll(firstRun, secondRun), "both first runs");
        using var firstLog = new TreeLog(first);

        first.SetValue(Some.Widget<SliderElement>(first.Tree, "n").WidgetId, 7.0);
        await gate.ArrivedAsync();
        gate.Release();
        await firstLog.UntilCompletedAsync(2);

        Assert.Equal(["n=7"], Some.Texts(first.Tree));
        Assert.Equal(["n=0"], Some.Texts(second.Tree));
        Assert.Equal(1, second.CompletedRuns);
    }
}

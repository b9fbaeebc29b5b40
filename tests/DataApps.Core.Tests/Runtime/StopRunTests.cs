using DataApps.Core.Tests.Support;

namespace DataApps.Core.Tests.Runtime;

/// <summary>The Stop button: a long run ends at its next ui call, keeps what it wrote, and the session goes on.</summary>
public sealed class StopRunTests
{
    [Fact]
    public async Task StoppingARunKeepsItsOutputAndTheSessionGoesOn()
    {
        var running = new TaskCompletionSource();
        var states = new List<bool>();
        using var session = Some.BackgroundSession();
        using var log = new TreeLog(session);
        session.RunningChanged += r => { lock (states) { states.Add(r); } };
        var page = new ScriptPage(async (ui, ct) =>
        {
            ui.Text("started");
            if (ui.Button("Go"))
            {
                for (var i = 0; ; i++)
                {
                    ui.Text($"step {i}");
                    running.TrySetResult();
                    await Task.Delay(20, ct);
                }
            }
        });
        await Wait.ForAsync(session.NavigateAsync(page, "/"), "the first run");

        session.Trigger(Some.Widget<ButtonElement>(session.Tree, "Go").WidgetId);
        await Wait.ForAsync(running.Task, "the long run");
        Assert.True(session.IsRunning);
        session.StopRun();
        await log.UntilCompletedAsync(2);

        Assert.Null(session.LastException);
        Assert.Contains("step 0", Some.Texts(session.Tree));
        await log.UntilAsync(() => !session.IsRunning, "the session to be idle");
        lock (states)
        {
            Assert.Equal([true, false, true, false], states);
        }

        running = new TaskCompletionSource();
        session.Trigger(Some.Widget<ButtonElement>(session.Tree, "Go").WidgetId); // the page still runs
        await Wait.ForAsync(running.Task, "another run");
        session.StopRun();
        await log.UntilCompletedAsync(3);
    }

    [Fact]
    public void StopWithoutARunDoesNothing()
    {
        using var session = Some.BackgroundSession();

        session.StopRun();

        Assert.False(session.IsRunning);
    }
}

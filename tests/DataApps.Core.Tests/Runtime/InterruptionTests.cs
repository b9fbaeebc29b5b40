using DataApps.Core.Tests.Support;
using DataApps.Runtime;

namespace DataApps.Core.Tests.Runtime;

/// <summary>What happens when the browser sends values while a run is in flight (sessions as the host runs them).</summary>
public sealed class InterruptionTests : IDisposable
{
    private readonly Checkpoint _checkpoint = new();

    public void Dispose() => _checkpoint.Dispose();

    [Fact]
    public async Task InteractionDuringARunCancelsItAtTheNextUiCall()
    {
        var reached = new List<string>();
        using var session = Some.BackgroundSession();
        using var log = new TreeLog(session);
        var page = new ScriptPage(ui =>
        {
            var n = ui.Slider("n", 0, 10);
            _checkpoint.Pass();
            reached.Add($"before the next ui call, n={n}");
            ui.Text($"n={n}");
            reached.Add($"after the next ui call, n={n}");
        });
        var first = session.NavigateAsync(page, "/");
        await _checkpoint.ArrivedAsync();
        _checkpoint.Release();
        await Wait.ForAsync(first, "the first run");
        var slider = Some.Widget<SliderElement>(session.Tree, "n").WidgetId;

        session.SetValue(slider, 3.0);
        await _checkpoint.ArrivedAsync();
        session.SetValue(slider, 8.0);
        _checkpoint.Release();
        await _checkpoint.ArrivedAsync();
        _checkpoint.Release();
        await log.UntilCompletedAsync(2);

        Assert.Equal(
            ["before the next ui call, n=0", "after the next ui call, n=0", "before the next ui call, n=3", "before the next ui call, n=8", "after the next ui call, n=8"],
            reached);
        Assert.Equal(["n=8"], Some.Texts(session.Tree));
    }

    [Fact]
    public async Task RunRestartsOnceWithEveryValueSentWhileItWasInFlight()
    {
        var seen = new List<string>();
        using var session = Some.BackgroundSession();
        using var log = new TreeLog(session);
        var page = new ScriptPage(ui =>
        {
            var n = ui.Slider("n", 0, 10);
            var on = ui.Checkbox("on");
            var name = ui.TextInput("name");
            seen.Add($"{n} {on} {name}");
            _checkpoint.Pass();
            ui.Text("done");
        });
        var first = session.NavigateAsync(page, "/");
        await _checkpoint.ArrivedAsync();
        _checkpoint.Release();
        await Wait.ForAsync(first, "the first run");
        var tree = session.Tree;

        session.SetValue(Some.Widget<SliderElement>(tree, "n").WidgetId, 5.0);
        await _checkpoint.ArrivedAsync();
        session.SetValue(Some.Widget<SliderElement>(tree, "n").WidgetId, 6.0);
        session.SetValue(Some.Widget<CheckboxElement>(tree, "on").WidgetId, true);
        session.SetValue(Some.Widget<TextInputElement>(tree, "name").WidgetId, "Ada");
        _checkpoint.Release();
        await _checkpoint.ArrivedAsync();
        _checkpoint.Release();
        await log.UntilCompletedAsync(2);

        Assert.Equal(["0 False ", "5 False ", "6 True Ada"], seen);
        Assert.Equal(3, _checkpoint.Arrivals);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task ClickDuringALongRunIsTrueInExactlyOneCompletedRun(bool pageObservesCancellation)
    {
        var completed = new List<bool>();
        using var session = Some.BackgroundSession();
        using var log = new TreeLog(session);
        var page = new ScriptPage(async (ui, ct) =>
        {
            var clicked = ui.Button("Go");
            ui.Text($"clicked={clicked}");
            if (pageObservesCancellation)
            {
                await _checkpoint.PassAsync(ct);
            }
            else
            {
                _checkpoint.Pass();
            }

            ui.Text("done");
            completed.Add(clicked);
        });
        var first = session.NavigateAsync(page, "/");
        await _checkpoint.ArrivedAsync();
        _checkpoint.Release();
        await Wait.ForAsync(first, "the first run");
        var button = Some.Widget<ButtonElement>(session.Tree, "Go").WidgetId;
        var other = session.RequestRunAsync();
        await _checkpoint.ArrivedAsync();

        session.Trigger(button);
        _checkpoint.Release();
        await _checkpoint.ArrivedAsync();
        _checkpoint.Release();
        await Wait.ForAsync(other, "the session to go idle");

        Assert.Equal([false, true], completed);
        Assert.Equal(2, session.CompletedRuns);
        Assert.Equal(["clicked=True", "done"], Some.Texts(session.Tree));
    }

    [Fact]
    public async Task ClickSeenByASupersededRunIsStillTrueInTheNextCompletedRunAndOnlyThere()
    {
        var completed = new List<bool>();
        using var session = Some.BackgroundSession();
        using var log = new TreeLog(session);
        var page = new ScriptPage(async (ui, ct) =>
        {
            var clicked = ui.Button("Go");
            ui.Checkbox("other");
            await _checkpoint.PassAsync(ct);
            completed.Add(clicked);
        });
        var first = session.NavigateAsync(page, "/");
        await _checkpoint.ArrivedAsync();
        _checkpoint.Release();
        await Wait.ForAsync(first, "the first run");
        var button = Some.Widget<ButtonElement>(session.Tree, "Go").WidgetId;
        var other = Some.Widget<CheckboxElement>(session.Tree, "other").WidgetId;

        session.Trigger(button);
        await _checkpoint.ArrivedAsync();          // the run that saw the click is in flight…
        session.SetValue(other, true);             // …and is superseded
        await _checkpoint.ArrivedAsync();
        _checkpoint.Release();
        await log.UntilCompletedAsync(2);
        session.SetValue(other, false);
        await _checkpoint.ArrivedAsync();
        _checkpoint.Release();
        await log.UntilCompletedAsync(3);

        Assert.Equal([false, true, false], completed);
    }

    [Fact]
    public async Task RunThatFinishesBeforeItMakesAnotherUiCallCompletesAndTheNextRunGetsTheValue()
    {
        var completed = new List<int>();
        using var session = Some.BackgroundSession();
        using var log = new TreeLog(session);
        var page = new ScriptPage(ui =>
        {
            var n = ui.Slider("n", 0, 10);
            _checkpoint.Pass();
            completed.Add(n);
        });
        var first = session.NavigateAsync(page, "/");
        await _checkpoint.ArrivedAsync();
        _checkpoint.Release();
        await Wait.ForAsync(first, "the first run");
        var slider = Some.Widget<SliderElement>(session.Tree, "n").WidgetId;
        var second = session.RequestRunAsync();
        await _checkpoint.ArrivedAsync();

        session.SetValue(slider, 4.0);
        _checkpoint.Release();
        await _checkpoint.ArrivedAsync();
        _checkpoint.Release();
        await Wait.ForAsync(second, "the session to go idle");

        Assert.Equal([0, 0, 4], completed);
        Assert.Equal(3, session.CompletedRuns);
    }

    [Fact]
    public async Task PageNeverRunsOnTheThreadThatSendsAValue()
    {
        var ranOnSender = false;
        using var waiting = new SemaphoreSlim(0);
        using var session = Some.BackgroundSession();
        using var log = new TreeLog(session);
        var page = new ScriptPage(async (ui, ct) =>
        {
            ranOnSender |= Sender.IsSending;
            if (!ui.Checkbox("c"))
            {
                waiting.Release();
                await LibraryWaitAsync(ct);
            }
        });
        _ = session.NavigateAsync(page, "/");
        await Wait.ForAsync(waiting, "the page to wait");
        var checkbox = Some.Widget<CheckboxElement>(session.CurrentRun!.Build(final: false), "c").WidgetId;

        // Cancelling the run resumes its awaits; none of that, nor the next run, may happen on the sender's thread.
        await Task.Run(() => Sender.Send(() => session.SetValue(checkbox, true)), TestContext.Current.CancellationToken);
        await log.UntilCompletedAsync(1);

        Assert.False(ranOnSender, "The page ran on the thread that sent the value (the circuit's thread in a host).");
    }

    /// <summary>A wait as many libraries write it: cancellation completes a task whose continuations run inline.</summary>
    private static Task LibraryWaitAsync(CancellationToken ct)
    {
        var done = new TaskCompletionSource();
        ct.Register(() => done.TrySetCanceled(ct));
        return done.Task;
    }

    /// <summary>Marks the thread that is sending a value, as a renderer on the circuit's thread would.</summary>
    private static class Sender
    {
        [ThreadStatic]
        private static bool t_sending;

        public static bool IsSending => t_sending;

        public static void Send(Action send)
        {
            t_sending = true;
            try
            {
                send();
            }
            finally
            {
                t_sending = false;
            }
        }
    }
}

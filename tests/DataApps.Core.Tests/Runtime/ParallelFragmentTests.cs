using DataApps.Core.Tests.Support;

namespace DataApps.Core.Tests.Runtime;

/// <summary>Runs of different fragments go at the same time; a full run goes alone (Note [Threading]).</summary>
public sealed class ParallelFragmentTests
{
    private readonly TaskCompletionSource _slowArrived = NewSignal();
    private readonly TaskCompletionSource _slowRelease = NewSignal();
    private volatile bool _armed;

    [Fact]
    public async Task AFragmentWaitingInItsRunDoesNotStopAnotherFragmentsRunFromBeingShown()
    {
        using var session = Some.BackgroundSession();
        using var log = new TreeLog(session);
        await Wait.ForAsync(session.NavigateAsync(SlowAndFastPage(), "/"), "the first run");

        session.SetValue(Some.Widget<SliderElement>(session.Tree, "slow").WidgetId, 1.0);
        await Wait.ForAsync(_slowArrived.Task, "the slow fragment's run to wait");
        session.SetValue(Some.Widget<SliderElement>(session.Tree, "fast").WidgetId, 5.0);
        var shown = await log.UntilTreeAsync(t => Some.Texts(t).Contains("fast 5"), "the fast fragment's run to be shown");

        Assert.Equal(["slow 0", "fast 5"], Some.Texts(shown)); // the slow run is still in flight
        Assert.True(session.IsRunning);
        _slowRelease.SetResult();
        await log.UntilTreeAsync(t => Some.Texts(t).Contains("slow 1"), "the slow fragment's run to end");
        Assert.Equal(["slow 1", "fast 5"], Some.Texts(session.Tree));
    }

    [Fact]
    public async Task TwoFragmentRunsEndingTogetherAreBothShown()
    {
        var arrivals = new CountdownEvent(2);
        var release = NewSignal();
        var armed = false;
        using var session = Some.BackgroundSession();
        using var log = new TreeLog(session);
        var page = new ScriptPage(ui =>
        {
            foreach (var name in new[] { "a", "b" })
            {
                ui.FragmentAsync(
                    async f =>
                    {
                        var n = f.Slider(name, 0, 10);
                        if (Volatile.Read(ref armed))
                        {
                            arrivals.Signal();
                            await release.Task; // not cancellable: the other fragment's value must not need to cancel it
                        }

                        f.Text($"{name} {n}");
                    },
                    key: name);
            }
        });
        await Wait.ForAsync(session.NavigateAsync(page, "/"), "the first run");
        Volatile.Write(ref armed, true);

        session.SetValue(Some.Widget<SliderElement>(session.Tree, "a").WidgetId, 1.0);
        session.SetValue(Some.Widget<SliderElement>(session.Tree, "b").WidgetId, 2.0);
        await Wait.ForAsync(Task.Run(() => arrivals.Wait(Wait.Guard)), "both fragment runs to be in flight");
        release.SetResult(); // both go on at once, on two threads
        await log.UntilCompletedAsync(3);

        Assert.Equal(["a 1", "b 2"], Some.Texts(session.Tree));
        arrivals.Dispose();
    }

    [Fact]
    public async Task AClickInsideOneFragmentIsNotLostWhenAnotherFragmentsRunEnds()
    {
        var hits = 0;
        var bArrived = NewSignal();
        var bRelease = NewSignal();
        using var session = Some.BackgroundSession();
        using var log = new TreeLog(session);
        var page = new ScriptPage(ui =>
        {
            ui.Fragment(f => f.Text($"a {f.Slider("a", 0, 10)}"), key: "a");
            ui.FragmentAsync(
                async f =>
                {
                    if (_armed)
                    {
                        bArrived.TrySetResult();
                        await bRelease.Task.WaitAsync(f.CancellationToken); // the click is applied, not read yet
                    }

                    if (f.Button("Go"))
                    {
                        hits++;
                    }

                    f.Text($"hits {hits}");
                },
                key: "b");
        });
        await Wait.ForAsync(session.NavigateAsync(page, "/"), "the first run");
        _armed = true;

        session.Trigger(Some.Widget<ButtonElement>(session.Tree, "Go").WidgetId);
        await Wait.ForAsync(bArrived.Task, "B's run to have applied the click");
        session.SetValue(Some.Widget<SliderElement>(session.Tree, "a").WidgetId, 3.0);
        await log.UntilTreeAsync(t => Some.Texts(t).Contains("a 3"), "A's run to end");
        bRelease.SetResult();
        await log.UntilTreeAsync(t => Some.Texts(t).Contains("hits 1"), "B's run to read the click");

        Assert.Equal(["a 3", "hits 1"], Some.Texts(session.Tree));
    }

    [Fact]
    public async Task AFullRunCancelsTheFragmentRunsInFlightAndStartsOnceTheyHaveSettled()
    {
        var pageRuns = 0;
        var inFragment = 0;
        var fragmentBusyDuringPage = false;
        using var checkpoint = new Checkpoint();
        using var session = Some.BackgroundSession();
        using var log = new TreeLog(session);
        var page = new ScriptPage(ui =>
        {
            Interlocked.Increment(ref pageRuns);
            fragmentBusyDuringPage |= Volatile.Read(ref inFragment) > 0;
            var outside = ui.Slider("outside", 0, 10);
            ui.Fragment(
                f =>
                {
                    var n = f.Slider("n", 0, 10);
                    if (n > 0 && Volatile.Read(ref pageRuns) == 1)
                    {
                        Interlocked.Increment(ref inFragment);
                        checkpoint.Pass(); // ignores cancellation: the full run must wait for it all the same
                        Interlocked.Decrement(ref inFragment);
                    }

                    f.Text($"n {n}, outside {outside}");
                },
                key: "f");
        });
        await Wait.ForAsync(session.NavigateAsync(page, "/"), "the first run");

        session.SetValue(Some.Widget<SliderElement>(session.Tree, "n").WidgetId, 4.0);
        await checkpoint.ArrivedAsync();
        session.SetValue(Some.Widget<SliderElement>(session.Tree, "outside").WidgetId, 7.0);
        checkpoint.Release();
        await log.UntilTreeAsync(t => Some.Texts(t).Contains("n 4, outside 7"), "the full run");

        Assert.Equal(2, Volatile.Read(ref pageRuns));
        Assert.False(fragmentBusyDuringPage);
        Assert.Equal(2, session.CompletedRuns); // the fragment's run was superseded, not shown
    }

    [Fact]
    public async Task AValueForOneFragmentSupersedesOnlyThatFragmentsRunInFlight()
    {
        var arrived = new Dictionary<string, SemaphoreSlim> { ["a"] = new(0), ["b"] = new(0) };
        var release = NewSignal();
        var cancelledB = 0;
        var armed = false;
        using var session = Some.BackgroundSession();
        using var log = new TreeLog(session);
        var page = new ScriptPage(ui =>
        {
            foreach (var name in new[] { "a", "b" })
            {
                ui.FragmentAsync(
                    async f =>
                    {
                        var n = f.Slider(name, 0, 10);
                        if (Volatile.Read(ref armed))
                        {
                            arrived[name].Release();
                            try
                            {
                                await release.Task.WaitAsync(f.CancellationToken);
                            }
                            catch (OperationCanceledException) when (name == "b")
                            {
                                Interlocked.Increment(ref cancelledB);
                                throw;
                            }
                        }

                        f.Text($"{name} {n}");
                    },
                    key: name);
            }
        });
        await Wait.ForAsync(session.NavigateAsync(page, "/"), "the first run");
        Volatile.Write(ref armed, true);
        var sliderA = Some.Widget<SliderElement>(session.Tree, "a").WidgetId;

        session.SetValue(sliderA, 1.0);
        session.SetValue(Some.Widget<SliderElement>(session.Tree, "b").WidgetId, 2.0);
        await Wait.ForAsync(arrived["a"], "A's first run");
        await Wait.ForAsync(arrived["b"], "B's run");
        session.SetValue(sliderA, 3.0);
        await Wait.ForAsync(arrived["a"], "A's run with the new value");
        release.SetResult();
        await log.UntilCompletedAsync(3);

        Assert.Equal(0, Volatile.Read(ref cancelledB));
        Assert.Equal(["a 3", "b 2"], Some.Texts(session.Tree));
        foreach (var signal in arrived.Values)
        {
            signal.Dispose();
        }
    }

    [Fact]
    public async Task AFragmentsTimerWaitsForTheFullRunInFlight()
    {
        var pageInFlight = 0;
        var fragmentRanDuringPage = false;
        using var checkpoint = new Checkpoint();
        using var session = Some.BackgroundSession();
        using var log = new TreeLog(session);
        var page = new ScriptPage(ui =>
        {
            Interlocked.Increment(ref pageInFlight);
            var go = ui.Button("Go");
            var inPage = true; // false once the page's own call of the body is over: later calls are the fragment's runs
            ui.Fragment(f => fragmentRanDuringPage |= !inPage && Volatile.Read(ref pageInFlight) > 0, key: "f");
            inPage = false;
            if (go)
            {
                checkpoint.Pass();
            }

            Interlocked.Decrement(ref pageInFlight);
        });
        await Wait.ForAsync(session.NavigateAsync(page, "/"), "the first run");

        session.Trigger(Some.Widget<ButtonElement>(session.Tree, "Go").WidgetId);
        await checkpoint.ArrivedAsync();
        session.RequestFragmentRun("fragment:key:f"); // as its timer does
        checkpoint.Release();
        await log.UntilCompletedAsync(3);

        Assert.False(fragmentRanDuringPage);
    }

    [Fact]
    public async Task ATimerOfAFragmentThatIsGoneLeavesTheSessionIdle()
    {
        using var session = Some.BackgroundSession();
        await Wait.ForAsync(session.NavigateAsync(new ScriptPage(ui => ui.Text("no fragments")), "/"), "the first run");

        session.RequestFragmentRun("fragment:key:gone"); // a timer firing just as its fragment was dropped

        await Wait.ForAsync(session.WhenIdle, "the session to be idle");
        Assert.False(session.IsRunning);
        Assert.Equal(1, session.CompletedRuns);
    }

    [Fact]
    public async Task StopEndsEveryRunInFlight()
    {
        var started = new CountdownEvent(2);
        var armed = false;
        var states = new List<bool>();
        using var session = Some.BackgroundSession();
        using var log = new TreeLog(session);
        var page = new ScriptPage(ui =>
        {
            foreach (var name in new[] { "a", "b" })
            {
                ui.FragmentAsync(
                    async f =>
                    {
                        var n = f.Slider(name, 0, 10);
                        f.Text($"{name} {n}");
                        if (Volatile.Read(ref armed))
                        {
                            started.Signal();
                            await Task.Delay(Timeout.Infinite, f.CancellationToken);
                        }
                    },
                    key: name);
            }
        });
        await Wait.ForAsync(session.NavigateAsync(page, "/"), "the first run");
        Volatile.Write(ref armed, true);
        session.RunningChanged += r => { lock (states) { states.Add(r); } };

        session.SetValue(Some.Widget<SliderElement>(session.Tree, "a").WidgetId, 1.0);
        session.SetValue(Some.Widget<SliderElement>(session.Tree, "b").WidgetId, 2.0);
        await Wait.ForAsync(Task.Run(() => started.Wait(Wait.Guard)), "both fragment runs to be in flight");
        session.StopRun();
        await log.UntilCompletedAsync(3);
        await log.UntilAsync(() => !session.IsRunning, "the session to be idle");

        Assert.Equal(["a 1", "b 2"], Some.Texts(session.Tree)); // stopped runs keep what they wrote
        Assert.Null(session.LastException);
        lock (states)
        {
            Assert.Equal([true, false], states);
        }

        started.Dispose();
    }

    [Fact]
    public async Task AFragmentRunInFlightShowsItsProgressWithoutHidingAnotherFragmentsResult()
    {
        using var session = Some.BackgroundSession(TimeSpan.FromMilliseconds(1));
        using var log = new TreeLog(session);
        await Wait.ForAsync(session.NavigateAsync(SlowAndFastPage(working: true), "/"), "the first run");

        session.SetValue(Some.Widget<SliderElement>(session.Tree, "slow").WidgetId, 1.0);
        await Wait.ForAsync(_slowArrived.Task, "the slow fragment's run to wait");
        await log.UntilTreeAsync(t => Some.Texts(t).Contains("working on 1"), "the slow run's progress");
        session.SetValue(Some.Widget<SliderElement>(session.Tree, "fast").WidgetId, 5.0);
        var shown = await log.UntilTreeAsync(t => Some.Texts(t).Contains("fast 5"), "the fast fragment's run to be shown");

        Assert.Contains("working on 1", Some.Texts(shown)); // the slow run's progress stays in view
        _slowRelease.SetResult();
        await log.UntilTreeAsync(t => Some.Texts(t).Contains("slow 1"), "the slow fragment's run to end");
        Assert.Equal(["working on 1", "slow 1", "fast 5"], Some.Texts(session.Tree));
    }

    /// <summary>A page with a fragment whose runs wait for the test once its slider moves, and a fragment that never waits.</summary>
    private ScriptPage SlowAndFastPage(bool working = false) => new(ui =>
    {
        ui.FragmentAsync(
            async f =>
            {
                var n = f.Slider("slow", 0, 10);
                if (n > 0)
                {
                    if (working)
                    {
                        f.Text($"working on {n}");
                    }

                    _slowArrived.TrySetResult();
                    await _slowRelease.Task; // not cancellable: the fast fragment's value must not need to cancel it
                }

                f.Text($"slow {n}");
            },
            key: "slow");
        ui.Fragment(f => f.Text($"fast {f.Slider("fast", 0, 10)}"), key: "fast");
    });

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}

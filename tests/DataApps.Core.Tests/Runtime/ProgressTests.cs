using DataApps.Core.Tests.Support;

namespace DataApps.Core.Tests.Runtime;

/// <summary>Output of a run in flight: published progressively, with the previous run's leftovers marked stale.</summary>
public sealed class ProgressTests : IDisposable
{
    private static readonly TimeSpan Frame = TimeSpan.FromMilliseconds(1);
    private readonly Checkpoint _checkpoint = new();

    public void Dispose() => _checkpoint.Dispose();

    [Fact]
    public async Task OutputWrittenBeforeALongComputationIsPublishedWhileTheRunIsInFlight()
    {
        using var session = Some.BackgroundSession(Frame);
        using var log = new TreeLog(session);
        var page = new ScriptPage(async (ui, ct) =>
        {
            ui.Title("Training");
            ui.Text("loading data");
            await _checkpoint.PassAsync(ct);
            ui.Text("done");
        });

        var run = session.NavigateAsync(page, "/");
        await _checkpoint.ArrivedAsync();
        var progress = await log.UntilTreeAsync(t => Some.Texts(t).Contains("loading data"), "the output before the computation");

        Assert.Equal(0, session.CompletedRuns);
        Assert.IsType<TitleElement>(progress.Main.Children[0]);
        _checkpoint.Release();
        await Wait.ForAsync(run, "the run");
        Assert.Equal(["loading data", "done"], Some.Texts(session.Tree));
    }

    [Fact]
    public async Task ElementsOfThePreviousRunNotYetWrittenAgainAreStaleWhileTheRunIsInFlight()
    {
        using var session = Some.BackgroundSession(Frame);
        using var log = new TreeLog(session);
        var page = new ScriptPage(async (ui, ct) =>
        {
            var n = ui.Slider("n", 0, 10);
            ui.Text($"first {n}");
            if (n > 0)
            {
                await _checkpoint.PassAsync(ct);
            }

            ui.Text("second");
            ui.Text("third");
        });
        await Wait.ForAsync(session.NavigateAsync(page, "/"), "the first run");

        session.SetValue(Some.Widget<SliderElement>(session.Tree, "n").WidgetId, 1.0);
        await _checkpoint.ArrivedAsync();
        var progress = await log.UntilTreeAsync(t => Some.Texts(t).Contains("first 1"), "the output of the second run");

        Assert.Equal(["first 1", "second", "third"], Some.Texts(progress));
        Assert.Equal(2, progress.Main.StaleCount);
        Assert.False(progress.Main.IsStale(1));
        Assert.True(progress.Main.IsStale(2));
        Assert.True(progress.Main.IsStale(3));
        _checkpoint.Release();
        await log.UntilCompletedAsync(2);
        Assert.Equal(0, session.Tree.Main.StaleCount);
    }

    [Fact]
    public async Task StaleElementsThatTheRunDoesNotWriteAgainAreRemovedWhenItCompletes()
    {
        using var session = Some.BackgroundSession(Frame);
        using var log = new TreeLog(session);
        var page = new ScriptPage(async (ui, ct) =>
        {
            var brief = ui.Checkbox("brief");
            ui.Text("summary");
            if (brief)
            {
                await _checkpoint.PassAsync(ct);
                return;
            }

            ui.Text("details");
            ui.Expander("more", e => e.Text("even more"));
        });
        await Wait.ForAsync(session.NavigateAsync(page, "/"), "the first run");

        session.SetValue(Some.Widget<CheckboxElement>(session.Tree, "brief").WidgetId, true);
        await _checkpoint.ArrivedAsync();
        var progress = await log.UntilTreeAsync(t => Some.Widget<CheckboxElement>(t, "brief").Value, "the output of the second run");
        Assert.Equal(2, progress.Main.StaleCount);
        _checkpoint.Release();
        await log.UntilCompletedAsync(2);

        Assert.Equal(["summary"], Some.Texts(session.Tree));
        Assert.Equal(2, session.Tree.Main.Children.Count);
        Assert.Equal(0, session.Tree.Main.StaleCount);
    }

    [Fact]
    public async Task StaleWidgetThatMovedUpIsNotShownTwice()
    {
        using var session = Some.BackgroundSession(Frame);
        using var log = new TreeLog(session);
        var page = new ScriptPage(async (ui, ct) =>
        {
            var compact = ui.State.Get<bool>("compact");
            if (!compact)
            {
                ui.Text("introduction");
            }

            ui.Checkbox("Compact", key: "compact");
            if (compact)
            {
                await _checkpoint.PassAsync(ct);
            }

            ui.Text("end");
        });
        await Wait.ForAsync(session.NavigateAsync(page, "/"), "the first run");

        session.SetValue(Some.Widget<CheckboxElement>(session.Tree, "Compact").WidgetId, true);
        await _checkpoint.ArrivedAsync();
        var progress = await log.UntilTreeAsync(t => Some.Flatten(t.Main).OfType<CheckboxElement>().Any(c => c.Value), "the output of the second run");

        Assert.Single(Some.Flatten(progress.Main).OfType<CheckboxElement>());
        Assert.Equal(["end"], Some.Texts(progress));
        Assert.Equal(1, progress.Main.StaleCount);
        _checkpoint.Release();
        await log.UntilCompletedAsync(2);
    }

    [Fact]
    public async Task WithoutAProgressIntervalOnlyFinishedRunsArePublished()
    {
        using var session = Some.BackgroundSession(TimeSpan.Zero);
        using var log = new TreeLog(session);
        var page = new ScriptPage(async (ui, ct) =>
        {
            var go = ui.Button("Go");
            ui.Text(go ? "working" : "idle");
            if (go)
            {
                await _checkpoint.PassAsync(ct);
            }
        });
        await Wait.ForAsync(session.NavigateAsync(page, "/"), "the first run");
        var published = log.Trees.Count;

        session.Trigger(Some.Widget<ButtonElement>(session.Tree, "Go").WidgetId);
        await _checkpoint.ArrivedAsync();

        Assert.Equal(published, log.Trees.Count);
        _checkpoint.Release();
        await log.UntilCompletedAsync(2);
        Assert.Equal(["working"], Some.Texts(session.Tree));
    }

    [Fact]
    public async Task OutputOfASupersededRunIsNeverPublishedAsFinished()
    {
        using var session = Some.BackgroundSession(TimeSpan.Zero);
        using var log = new TreeLog(session);
        var page = new ScriptPage(ui =>
        {
            var n = ui.Slider("n", 0, 10);
            ui.Text($"n={n}");
            if (n == 1)
            {
                _checkpoint.Pass();
            }

            ui.Text("end");
        });
        await Wait.ForAsync(session.NavigateAsync(page, "/"), "the first run");
        var slider = Some.Widget<SliderElement>(session.Tree, "n").WidgetId;

        session.SetValue(slider, 1.0);
        await _checkpoint.ArrivedAsync();
        session.SetValue(slider, 2.0);
        _checkpoint.Release();
        await log.UntilCompletedAsync(2);

        Assert.DoesNotContain(log.Trees, t => Some.Texts(t).Contains("n=1"));
        Assert.Equal(["n=2", "end"], Some.Texts(session.Tree));
    }
}

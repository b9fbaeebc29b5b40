namespace DataApps.Testing.Tests;

/// <summary>Fragments run side by side in AppTest as they do in the app, and AppTest still returns once all have settled.</summary>
public sealed class ParallelFragmentTests
{
    [Fact]
    public async Task ATickRunsTimedFragmentsSideBySideAndReturnsWhenAllHaveEnded()
    {
        var fastRan = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var ticking = false;
        using var app = AppTest.FromFunction(async ui =>
        {
            await ui.FragmentAsync(
                async f =>
                {
                    if (ticking)
                    {
                        await fastRan.Task; // one at a time, this would wait for ever: the fast fragment runs after it
                    }

                    f.Text("slow done");
                },
                runEvery: TimeSpan.FromSeconds(5),
                key: "slow");
            ui.Fragment(
                f =>
                {
                    f.Text($"fast {f.State.Update("ticks", 0, n => n + 1)}");
                    if (ticking)
                    {
                        fastRan.TrySetResult();
                    }
                },
                runEvery: TimeSpan.FromMilliseconds(200),
                key: "fast");
        });
        app.Timeout = TimeSpan.FromSeconds(30);
        await app.RunAsync();
        ticking = true;

        await app.TickAsync();

        Assert.Equal(["slow done", "fast 2"], app.Get<TextElement>().Select(t => t.Text));
        Assert.Equal(3, app.Runs);
    }

    [Fact]
    public async Task AValueForOneFragmentAndATickOfAnotherBothLand()
    {
        using var app = AppTest.FromFunction(ui =>
        {
            ui.Fragment(f => f.Text($"n = {f.Slider("N", 0, 10, 1)}"), key: "slider");
            ui.Fragment(f => f.Text($"tick {f.State.Update("ticks", 0, n => n + 1)}"), runEvery: TimeSpan.FromSeconds(1), key: "timer");
        });
        await app.RunAsync();

        app.Slider("N").SetValue(6);
        await app.TickAsync();

        Assert.Equal(["n = 6", "tick 2"], app.Get<TextElement>().Select(t => t.Text));
        Assert.Equal(3, app.Runs);
    }
}

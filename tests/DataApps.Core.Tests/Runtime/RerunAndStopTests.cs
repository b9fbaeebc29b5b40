using DataApps.Testing;

namespace DataApps.Core.Tests.Runtime;

public sealed class RerunAndStopTests
{
    [Fact]
    public async Task RerunRunsThePageAgainWithTheButtonNoLongerTrue()
    {
        var seen = new List<bool>();
        using var app = AppTest.FromFunction(ui =>
        {
            var go = ui.Button("Go");
            seen.Add(go);
            if (go)
            {
                ui.Rerun();
            }
        });
        await app.RunAsync();
        seen.Clear();

        await app.Button("Go").Click().RunAsync();

        Assert.Equal([true, false], seen);
        Assert.Equal(2, app.Runs);
    }

    [Fact]
    public async Task RerunShowsOnlyTheOutputOfTheRunThatFollows()
    {
        using var app = AppTest.FromFunction(ui =>
        {
            var count = ui.State.GetOrAdd("count", 0);
            ui.Text($"count={count}");
            if (count < 3)
            {
                ui.State["count"] = count + 1;
                ui.Rerun();
            }
        });

        await app.RunAsync();

        Assert.Equal(["count=3"], app.Get<TextElement>().Select(t => t.Text));
        Assert.Equal(1, app.Runs);
    }

    [Fact]
    public async Task StopEndsTheRunAsCompletedKeepingWhatWasWritten()
    {
        using var app = AppTest.FromFunction(ui =>
        {
            ui.Text("before");
            ui.Stop();
            ui.Text("after");
        });

        await app.RunAsync();

        Assert.Equal(["before"], app.Get<TextElement>().Select(t => t.Text));
        Assert.Null(app.Exception);
        Assert.Empty(app.Get<ExceptionElement>());
        Assert.Equal(1, app.Runs);
    }

    [Fact]
    public async Task StopInsideAContainerEndsTheWholeRun()
    {
        using var app = AppTest.FromFunction(ui =>
        {
            ui.Expander("more", e =>
            {
                e.Text("inside");
                e.Stop();
            });
            ui.Text("after");
        });

        await app.RunAsync();

        Assert.Equal(["inside"], app.Get<TextElement>().Select(t => t.Text));
    }

    [Fact]
    public async Task StopResetsAButtonClick()
    {
        var seen = new List<bool>();
        using var app = AppTest.FromFunction(ui =>
        {
            seen.Add(ui.Button("Go"));
            ui.Stop();
        });
        await app.RunAsync();
        await app.Button("Go").Click().RunAsync();

        await app.RunAsync();

        Assert.Equal([false, true, false], seen);
    }

    [Fact]
    public async Task StopKeepsTheStateOfWidgetsTheRunDidNotReach()
    {
        // As st.stop(): "fill in the name first" must not throw away what the user set below it.
        using var app = AppTest.FromFunction(ui =>
        {
            if (ui.TextInput("Name") == "")
            {
                ui.Warning("Enter a name.");
                ui.Stop();
            }

            ui.Slider("n", 0, 10, key: "n");
        });
        await app.RunAsync();
        await app.TextInput("Name").SetValue("Ada").RunAsync();
        await app.Slider("n").SetValue(7).RunAsync();

        await app.TextInput("Name").SetValue("").RunAsync();
        Assert.Equal(7, app.State["n"]);

        await app.TextInput("Name").SetValue("Grace").RunAsync();
        Assert.Equal(7, app.Slider("n").Value);
    }
}

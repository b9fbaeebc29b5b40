using DataApps.Testing;

namespace DataApps.Core.Tests.Runtime;

public sealed class RerunLifecycleTests
{
    [Fact]
    public async Task CallbackSeesTheNewValueInStateBeforeThePageBodyRuns()
    {
        var order = new List<string>();
        using var app = AppTest.FromFunction(ui =>
        {
            var n = ui.Slider("n", 0, 10, key: "n", onChange: () => order.Add($"callback sees {ui.State["n"]}"));
            order.Add($"body sees {n}");
        });
        await app.RunAsync();
        order.Clear();

        await app.Slider("n").SetValue(5).RunAsync();

        Assert.Equal(["callback sees 5", "body sees 5"], order);
    }

    [Fact]
    public async Task CallbackOutputIsWrittenAboveThePageOutput()
    {
        using var app = AppTest.FromFunction(ui =>
        {
            ui.Text("body");
            ui.Checkbox("c", onChange: () => ui.Text("changed"));
        });
        await app.RunAsync();

        await app.Checkbox("c").SetValue(true).RunAsync();

        Assert.Equal(["changed", "body"], app.Get<TextElement>().Select(t => t.Text));
    }

    [Fact]
    public async Task CallbackRunsOnlyWhenTheValueChanged()
    {
        var calls = 0;
        using var app = AppTest.FromFunction(ui => ui.TextInput("name", "Ada", onChange: () => calls++));
        await app.RunAsync();

        await app.TextInput("name").SetValue("Ada").RunAsync();
        Assert.Equal(0, calls);

        await app.TextInput("name").SetValue("Grace").RunAsync();
        Assert.Equal(1, calls);
    }

    [Fact]
    public async Task CallbackOfAButtonRunsOnItsClickBeforeTheBodySeesTheClick()
    {
        var order = new List<string>();
        using var app = AppTest.FromFunction(ui =>
        {
            if (ui.Button("Go", onChange: () => order.Add("callback")))
            {
                order.Add("body sees the click");
            }
        });
        await app.RunAsync();

        await app.Button("Go").Click().RunAsync();

        Assert.Equal(["callback", "body sees the click"], order);
    }

    [Fact]
    public async Task StateOfAKeyedWidgetThatWasNotRenderedIsDropped()
    {
        using var app = AppTest.FromFunction(ui =>
        {
            if (ui.Checkbox("more", value: true))
            {
                ui.Slider("extra", 0, 10, key: "extra");
            }
        });
        await app.RunAsync();
        await app.Slider("extra").SetValue(4).RunAsync();
        Assert.Equal(4, app.State["extra"]);

        await app.Checkbox("more").SetValue(false).RunAsync();

        Assert.False(app.State.ContainsKey("extra"));
    }

    [Fact]
    public async Task WidgetThatComesBackAfterBeingDroppedStartsFromItsDefault()
    {
        using var app = AppTest.FromFunction(ui =>
        {
            if (ui.Checkbox("more", value: true))
            {
                ui.Slider("extra", 0, 10, value: 2);
            }
        });
        await app.RunAsync();
        await app.Slider("extra").SetValue(9).RunAsync();
        await app.Checkbox("more").SetValue(false).RunAsync();

        await app.Checkbox("more").SetValue(true).RunAsync();

        Assert.Equal(2, app.Slider("extra").Value);
    }

    [Fact]
    public async Task ValueOfAWidgetNobodyTouchedIsKeptAcrossRuns()
    {
        using var app = AppTest.FromFunction(ui =>
        {
            ui.Slider("a", 0, 10);
            ui.Checkbox("b");
        });
        await app.RunAsync();
        await app.Slider("a").SetValue(6).RunAsync();

        await app.Checkbox("b").SetValue(true).RunAsync();
        await app.RunAsync();

        Assert.Equal(6, app.Slider("a").Value);
        Assert.True(app.Checkbox("b").Value);
    }

    [Fact]
    public async Task ValuesSentBetweenRunsAreAllAppliedInTheNextRun()
    {
        var seen = new List<string>();
        using var app = AppTest.FromFunction(ui =>
        {
            var n = ui.Slider("n", 0, 10);
            var on = ui.Checkbox("on");
            seen.Add($"{n} {on}");
        });
        await app.RunAsync();

        app.Slider("n").SetValue(3);
        app.Slider("n").SetValue(7);
        app.Checkbox("on").SetValue(true);
        await app.RunAsync();

        Assert.Equal(["0 False", "7 True"], seen);
        Assert.Equal(2, app.Runs);
    }

    [Fact]
    public async Task ValueForAWidgetThatDoesNotExistIsIgnored()
    {
        using var app = AppTest.FromFunction(ui => ui.Text($"{ui.Slider("n", 0, 10)}"));
        await app.RunAsync();

        app.SetWidgetValue("slider-0000000000000000", 5.0);
        await app.RunAsync();

        Assert.Equal("0", app.Get<TextElement>()[0].Text);
        Assert.Null(app.Exception);
    }

    [Fact]
    public async Task ValueThatDoesNotFitTheWidgetIsIgnored()
    {
        using var app = AppTest.FromFunction(ui => ui.Text($"{ui.Slider("n", 0, 10, value: 4)}"));
        await app.RunAsync();

        app.SetWidgetValue(app.Slider("n").Element.WidgetId, "not a number");
        await app.RunAsync();

        Assert.Equal("4", app.Get<TextElement>()[0].Text);
        Assert.Null(app.Exception);
    }

    [Fact]
    public async Task EveryRunStartsFromTheTopWithAFreshOutput()
    {
        var runs = 0;
        using var app = AppTest.FromFunction(ui =>
        {
            runs++;
            ui.Text($"run {runs}");
        });

        await app.RunAsync();
        await app.RunAsync();

        Assert.Equal(["run 2"], app.Get<TextElement>().Select(t => t.Text));
        Assert.Equal(2, app.Runs);
    }
}

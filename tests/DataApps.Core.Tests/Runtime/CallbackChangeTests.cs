using DataApps.Testing;

namespace DataApps.Core.Tests.Runtime;

/// <summary>onChange runs when the value the page will see differs from the one it saw.</summary>
public sealed class CallbackChangeTests
{
    [Fact]
    public async Task MultiSelectCallbackDoesNotRunWhenTheSameSelectionIsSentAgain()
    {
        var calls = 0;
        using var app = AppTest.FromFunction(ui => ui.MultiSelect("Islands", ["Biscoe", "Dream"], onChange: () => calls++));
        await app.RunAsync();
        await app.MultiSelect("Islands").SetValue("Dream", "Biscoe").RunAsync();
        Assert.Equal(1, calls);

        await app.MultiSelect("Islands").SetValue("Dream", "Biscoe").RunAsync();

        Assert.Equal(1, calls);
    }

    [Fact]
    public async Task MultiSelectCallbackRunsWhenOnlyTheOrderChanged()
    {
        var calls = 0;
        using var app = AppTest.FromFunction(ui => ui.MultiSelect("Islands", ["Biscoe", "Dream"], onChange: () => calls++));
        await app.RunAsync();
        await app.MultiSelect("Islands").SetValue("Dream", "Biscoe").RunAsync();

        await app.MultiSelect("Islands").SetValue("Biscoe", "Dream").RunAsync();

        Assert.Equal(2, calls);
    }

    [Fact]
    public async Task CallbackDoesNotRunWhenValuesSentBetweenTwoRunsEndWhereTheyStarted()
    {
        var calls = 0;
        using var app = AppTest.FromFunction(ui => ui.Slider("n", 0, 10, onChange: () => calls++));
        await app.RunAsync();

        app.Slider("n").SetValue(5);
        app.Slider("n").SetValue(0);
        await app.RunAsync();

        Assert.Equal(0, calls);
    }

    [Fact]
    public async Task CallbacksRunInTheOrderTheirWidgetsFirstChanged()
    {
        var order = new List<string>();
        using var app = AppTest.FromFunction(ui =>
        {
            ui.Checkbox("a", onChange: () => order.Add("a"));
            ui.Checkbox("b", onChange: () => order.Add("b"));
        });
        await app.RunAsync();

        app.Checkbox("b").SetValue(true);
        app.Checkbox("a").SetValue(true);
        app.Checkbox("b").SetValue(false);
        app.Checkbox("b").SetValue(true);
        await app.RunAsync();

        Assert.Equal(["b", "a"], order);
    }
}

using DataApps.Testing;

namespace DataApps.Core.Tests.Widgets;

public sealed class MaxSelectionsTests
{
    [Fact]
    public async Task AMultiSelectTakesUpToItsLimit()
    {
        IReadOnlyList<string> chosen = [];
        using var app = AppTest.FromFunction(ui => chosen = ui.MultiSelect("Islands", ["Biscoe", "Dream", "Torgersen"], maxSelections: 2));
        await app.RunAsync();

        await app.MultiSelect("Islands").SetValue("Dream", "Biscoe").RunAsync();

        Assert.Equal(["Dream", "Biscoe"], chosen);
        Assert.Equal(2, app.MultiSelect("Islands").Element.MaxSelections);
    }

    [Fact]
    public async Task ABrowserValueWithMoreThanTheLimitIsRefusedAndTheSessionKeepsWorking()
    {
        IReadOnlyList<string> chosen = [];
        using var app = AppTest.FromFunction(ui => chosen = ui.MultiSelect("Islands", ["Biscoe", "Dream", "Torgersen"], defaults: ["Dream"], maxSelections: 2));
        await app.RunAsync();

        Assert.Throws<ArgumentOutOfRangeException>(() => app.MultiSelect("Islands").SetValue("Biscoe", "Dream", "Torgersen"));
        app.SetWidgetValue(app.MultiSelect("Islands").Element.WidgetId, new[] { 0, 1, 2 }); // what a crafted message would send
        await app.RunAsync();

        Assert.Equal(["Dream"], chosen);
        Assert.Null(app.Exception);
        await app.MultiSelect("Islands").SetValue("Torgersen").RunAsync();
        Assert.Equal(["Torgersen"], chosen);
    }

    [Fact]
    public async Task MoreDefaultsThanTheLimitFailTheRunNamingTheWidgetAndTheArgument()
    {
        using var app = AppTest.FromFunction(ui => ui.MultiSelect("Islands", ["Biscoe", "Dream", "Torgersen"], defaults: ["Biscoe", "Dream"], maxSelections: 1));

        await app.RunAsync();

        var error = Assert.IsType<ArgumentException>(app.Exception);
        Assert.Equal("maxSelections", error.ParamName);
        Assert.Contains("'Islands' has 2 defaults but maxSelections is 1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ALimitBelowOneFailsTheRun()
    {
        using var app = AppTest.FromFunction(ui => ui.MultiSelect("Islands", ["Biscoe"], maxSelections: 0));

        await app.RunAsync();

        var error = Assert.IsType<ArgumentOutOfRangeException>(app.Exception);
        Assert.Contains("'Islands': maxSelections must be at least 1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AStoredValueOverANewLowerLimitGoesBackToTheDefaults()
    {
        IReadOnlyList<string> chosen = [];
        using var app = AppTest.FromFunction(ui =>
        {
            var max = ui.State.GetOrAdd("max", 3);
            chosen = ui.MultiSelect("Islands", ["Biscoe", "Dream", "Torgersen"], key: "islands", maxSelections: max);
        });
        await app.RunAsync();
        await app.MultiSelect("islands").SetValue("Biscoe", "Dream", "Torgersen").RunAsync();

        app.State["max"] = 2;
        await app.RunAsync();

        Assert.Empty(chosen);
    }
}

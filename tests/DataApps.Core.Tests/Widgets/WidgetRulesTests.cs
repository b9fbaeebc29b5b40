using DataApps.Core.Tests.Support;
using DataApps.Runtime;
using DataApps.Testing;
using Microsoft.Extensions.Logging;

namespace DataApps.Core.Tests.Widgets;

/// <summary>Streamlit's rules for widget arguments and state: what fails the run, what warns, what the session refuses.</summary>
public sealed class WidgetRulesTests
{
    [Fact]
    public async Task ASliderDefaultOutsideTheRangeFailsTheRunNamingTheWidgetAndTheArgument()
    {
        using var app = AppTest.FromFunction(ui => ui.Slider("Year", 2015, 2024, value: 2030));

        await app.RunAsync();

        var error = Assert.IsType<ArgumentOutOfRangeException>(app.Exception);
        Assert.Equal("value", error.ParamName);
        Assert.StartsWith("The slider 'Year' was given value 2030, outside its range [2015, 2024]", error.Message, StringComparison.Ordinal);
        Assert.Empty(app.Get<SliderElement>());
    }

    [Fact]
    public async Task ARangeSliderDefaultWithAnEndOutsideTheRangeFailsTheRun()
    {
        using var app = AppTest.FromFunction(ui => ui.RangeSlider("Mass", 0, 10, value: (2, 12)));

        await app.RunAsync();

        Assert.StartsWith("The range slider 'Mass' was given value 12, outside its range [0, 10]",
            Assert.IsType<ArgumentOutOfRangeException>(app.Exception).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0, "The number input 'Epochs' was given value 0, outside its range (at least 1)")]
    [InlineData(900, "The number input 'Epochs' was given value 900, outside its range [1, 500]")]
    public async Task ANumberInputDefaultOutsideItsBoundsFailsTheRun(int value, string message)
    {
        using var app = AppTest.FromFunction(ui => ui.NumberInput("Epochs", value, min: 1, max: value == 0 ? null : 500));

        await app.RunAsync();

        Assert.StartsWith(message, Assert.IsType<ArgumentOutOfRangeException>(app.Exception).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("slider")]
    [InlineData("range slider")]
    [InlineData("number input")]
    public async Task AStepOfZeroOrLessFailsTheRun(string kind)
    {
        using var app = AppTest.FromFunction(ui =>
        {
            _ = kind switch
            {
                "slider" => ui.Slider("x", 0, 10, step: 0),
                "range slider" => ui.RangeSlider("x", 0, 10, step: -1).Low,
                _ => ui.NumberInput("x", 0.5, step: 0.0),
            };
        });

        await app.RunAsync();

        var error = Assert.IsType<ArgumentOutOfRangeException>(app.Exception);
        Assert.Equal("step", error.ParamName);
        Assert.StartsWith($"The {kind} 'x' has step ", error.Message, StringComparison.Ordinal);
        Assert.Contains("the step must be above zero", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MinAboveMaxNamesTheWidgetKind()
    {
        using var app = AppTest.FromFunction(ui => ui.NumberInput("Epochs", 5, min: 10, max: 1));

        await app.RunAsync();

        Assert.StartsWith("The number input 'Epochs' has min 10 above max 1", Assert.IsType<ArgumentException>(app.Exception).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ASelectBoxIndexOutsideTheOptionsFailsTheRun()
    {
        using var app = AppTest.FromFunction(ui => ui.SelectBox("Species", ["Adelie", "Gentoo"], index: 2));

        await app.RunAsync();

        Assert.Contains("'Species' has 2 options; index 2 is not one of them", Assert.IsType<ArgumentOutOfRangeException>(app.Exception).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SettingAWidgetsKeyAfterTheWidgetWasCreatedInTheRunFailsTheRun()
    {
        using var app = AppTest.FromFunction(ui =>
        {
            ui.Slider("Volume", 0, 100, key: "volume");
            ui.State["volume"] = 50;
        });

        await app.RunAsync();

        Assert.StartsWith(
            "ui.State[\"volume\"] cannot be set after the slider 'Volume' with that key was created in this run",
            Assert.IsType<InvalidOperationException>(app.Exception).Message, StringComparison.Ordinal);
        Assert.Equal(0.0, app.Slider("volume").Value);
    }

    [Fact]
    public async Task SettingAWidgetsKeyBeforeItsCallOrInACallbackMovesIt()
    {
        using var app = AppTest.FromFunction(ui =>
        {
            if (ui.Button("Max", onChange: () => ui.State["volume"] = 100))
            {
                ui.Text("maxed");
            }

            if (ui.Button("Half"))
            {
                ui.State["volume"] = 50; // before the slider's call in this run
            }

            ui.Slider("Volume", 0, 100, key: "volume");
        });
        await app.RunAsync();

        await app.Button("Half").Click().RunAsync();
        Assert.Equal(50.0, app.Slider("volume").Value);

        await app.Button("Max").Click().RunAsync();
        Assert.Equal(100.0, app.Slider("volume").Value);
        Assert.Null(app.Exception);
        Assert.Empty(app.Get<WarningElement>()); // no default of its own: nothing to warn about
    }

    [Fact]
    public async Task AButtonsValueCannotBeSetThroughState()
    {
        using var app = AppTest.FromFunction(ui => ui.Button("Go", key: "go"));
        await app.RunAsync();

        var error = Assert.Throws<InvalidOperationException>(() => app.State["go"] = true);

        Assert.StartsWith("The button 'Go' (key \"go\") cannot be given a value through ui.State[\"go\"]: only the user sets it.", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("button")]
    [InlineData("submit-button")]
    [InlineData("download-button")]
    [InlineData("file-uploader")]
    public async Task AValueSetThroughStateBeforeAWidgetOnlyTheUserSetsFailsTheRunAtTheWidget(string kind)
    {
        using var app = AppTest.FromFunction(ui =>
        {
            ui.State["it"] = kind == "file-uploader" ? null : true;
            ui.Text("before");
            _ = kind switch
            {
                "button" => ui.Button("It", key: "it"),
                "submit-button" => ui.Form("f").SubmitButton("It", key: "it"),
                "download-button" => ui.DownloadButton("It", "data", "data.txt", key: "it"),
                _ => ui.FileUploader("It", key: "it") is not null,
            };
            ui.Text("after");
        });

        await app.RunAsync();

        Assert.StartsWith($"The {kind} 'It' (key \"it\") cannot be given a value through ui.State[\"it\"]",
            Assert.IsType<InvalidOperationException>(app.Exception).Message, StringComparison.Ordinal);
        Assert.Equal(["before"], app.Get<TextElement>().Select(t => t.Text));
    }

    [Fact]
    public async Task AWidgetWithADefaultAndAValueFromStateWarnsOncePerSessionInThePageAndTheLog()
    {
        var logger = new CollectingLogger();
        using var session = new AppSession(new SessionOptions { Inline = true, ProgressInterval = TimeSpan.Zero }, logger);
        await session.NavigateAsync(new LambdaPage(ui =>
        {
            if (ui.Button("Reset"))
            {
                ui.State["volume"] = 50;
            }

            ui.Slider("Volume", 0, 100, value: 50, key: "volume");
            return Task.CompletedTask;
        }), "/mixer");
        var reset = session.Tree.Main.Descendants().OfType<ButtonElement>().Single().WidgetId;

        session.Trigger(reset);
        await session.RequestRunAsync();
        var warning = Assert.Single(session.Tree.Main.Descendants().OfType<WarningElement>());
        session.Trigger(reset);
        await session.RequestRunAsync();

        Assert.StartsWith("The slider 'Volume' (key \"volume\") has a default value of its own and was also given a value through ui.State[\"volume\"]", warning.Body, StringComparison.Ordinal);
        Assert.Empty(session.Tree.Main.Descendants().OfType<WarningElement>()); // once per session
        var entry = Assert.Single(logger.Entries, e => e.Level == LogLevel.Warning);
        Assert.Equal("The slider 'Volume' with key volume on page /mixer has a default value and was also given a value through ui.State", entry.Message);
    }

    [Fact]
    public async Task AValueFromTheBrowserOutsideTheRangeIsRefusedLoggedAndMakesTheElementShowTheKeptValueAgain()
    {
        var logger = new CollectingLogger();
        using var session = new AppSession(new SessionOptions { Inline = true, ProgressInterval = TimeSpan.Zero }, logger);
        await session.NavigateAsync(new LambdaPage(ui => { ui.Slider("n", 0, 10, value: 4); return Task.CompletedTask; }), "/");
        var before = session.Tree.Main.Descendants().OfType<SliderElement>().Single();

        session.SetValue(before.WidgetId, 42.0);
        await session.RequestRunAsync();

        var after = session.Tree.Main.Descendants().OfType<SliderElement>().Single();
        Assert.Equal(4.0, after.Value);
        Assert.NotEqual(before, after); // a renderer that still shows 42 sees a new element and shows 4 again
        var entry = Assert.Single(logger.Entries, e => e.Level == LogLevel.Warning);
        Assert.Equal("Refused a value for slider 'n': The slider 'n' refuses 42: it is outside its range [0, 10].", entry.Message);
    }

    [Fact]
    public async Task EveryKindOfWidgetRefusesAValueOutsideItsValueSpaceAndKeepsItsValue()
    {
        var seen = new List<string>();
        using var app = AppTest.FromFunction(ui => seen.Add(string.Join("|",
            ui.Slider("slider", 0, 10, value: 1),
            ui.RangeSlider("range", 0.0, 1.0, value: (0.2, 0.4)),
            ui.NumberInput("number", 5, max: 9),
            ui.DateInput("date", new DateOnly(2025, 6, 1), max: new DateOnly(2025, 12, 31)),
            ui.DateTimeInput("moment", new DateTime(2025, 6, 1, 12, 0, 0), min: new DateTime(2025, 1, 1)),
            ui.TextInput("text", "ab", maxChars: 3),
            ui.SelectBox("select", ["a", "b"], index: 1),
            ui.Radio("radio", ["a", "b"], index: 1),
            ui.SelectSlider("sizes", ["S", "M", "L"], index: 1),
            string.Join(",", ui.MultiSelect("multi", ["a", "b"], ["b"])))));
        await app.RunAsync();
        var ids = app.Elements.OfType<WidgetElement>().ToDictionary(w => w.Label, w => w.WidgetId);

        app.SetWidgetValue(ids["slider"], 11.0);
        app.SetWidgetValue(ids["range"], new[] { 0.5, 1.5 });
        app.SetWidgetValue(ids["number"], 10.0);
        app.SetWidgetValue(ids["date"], "2026-01-01");
        app.SetWidgetValue(ids["moment"], "2024-12-31T23:00");
        app.SetWidgetValue(ids["text"], "abcd");
        app.SetWidgetValue(ids["select"], 2);
        app.SetWidgetValue(ids["radio"], -1);
        app.SetWidgetValue(ids["sizes"], 3);
        app.SetWidgetValue(ids["multi"], new[] { 0, 5 });
        await app.RunAsync();

        Assert.Equal(2, seen.Count);
        Assert.Equal(seen[0], seen[1]);
    }
}

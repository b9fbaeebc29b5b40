using DataApps;
using DataApps.Testing;
using Showcase.Pages;

namespace Showcase.Tests;

public sealed class WidgetsPageTests
{
    private static async Task<AppTest> OpenAsync()
    {
        var app = AppTest.For<WidgetsPage>();
        await app.RunAsync();
        return app;
    }

    [Fact]
    public async Task EveryWidgetShowsItsStartingValueBesideIt()
    {
        using var app = await OpenAsync();

        string[] expected =
            [
                "clicked = False", "agree = False", "live = True",
                "size = Medium", "city = null", "basket = [Apple]",
                "volume = 25", "ratio = 0.50", "range = 20..80", "epochs = 10", "rate = 0.001",
                "name = \"\"", "notes: 0 characters",
                "ui.State[\"nickname\"] = Ada", "locked = 7",
            ];

        Assert.Equal(expected, Texts.Of(app));
    }

    [Fact]
    public async Task EachValueIsShownInTheColumnBesideItsWidget()
    {
        using var app = await OpenAsync();

        var rows = app.Get<ColumnsElement>();

        Assert.All(rows, row =>
        {
            Assert.Equal(new[] { 3.0, 1.0 }, row.Weights);
            var (widget, value) = (Assert.IsType<ColumnElement>(row.Children[0]), Assert.IsType<ColumnElement>(row.Children[1]));
            Assert.IsAssignableFrom<WidgetElement>(Assert.Single(widget.Children));
            Assert.IsType<TextElement>(Assert.Single(value.Children));
        });
        Assert.Equal(13, rows.Count);
    }

    [Fact]
    public async Task ClickingTheButtonShowsTrueOnlyForThatRun()
    {
        using var app = await OpenAsync();

        await app.Button("Button").Click().RunAsync();
        var during = Texts.Starting(app, "clicked");
        await app.RunAsync();

        Assert.Equal("clicked = True", during);
        Assert.Equal("clicked = False", Texts.Starting(app, "clicked"));
    }

    [Fact]
    public async Task CheckboxValueFollowsSetValue()
    {
        using var app = await OpenAsync();

        await app.Checkbox("Checkbox").SetValue(true).RunAsync();

        Assert.Equal("agree = True", Texts.Starting(app, "agree"));
        Assert.True(app.Checkbox("Checkbox").Value);
    }

    [Fact]
    public async Task ToggleValueFollowsSetValue()
    {
        using var app = await OpenAsync();

        await app.Toggle("Toggle").SetValue(false).RunAsync();

        Assert.Equal("live = False", Texts.Starting(app, "live"));
    }

    [Fact]
    public async Task RadioValueFollowsSetValue()
    {
        using var app = await OpenAsync();

        await app.Radio("Radio").SetValue("Large").RunAsync();

        Assert.Equal("size = Large", Texts.Starting(app, "size"));
        Assert.True(app.Radio("Radio").Element.Horizontal);
    }

    [Fact]
    public async Task SelectBoxStartsWithNothingChosenAndFollowsSetValue()
    {
        using var app = await OpenAsync();
        Assert.Null(app.SelectBox("SelectBox").Value);

        await app.SelectBox("SelectBox").SetValue("Oslo").RunAsync();

        Assert.Equal("city = Oslo", Texts.Starting(app, "city"));
    }

    [Fact]
    public async Task MultiSelectShowsFormattedOptionsAndReturnsTheObjects()
    {
        using var app = await OpenAsync();
        Assert.Equal(new[] { "🍎 Apple", "🍌 Banana", "🍒 Cherry", "🍇 Grapes" }, app.MultiSelect("MultiSelect").Options);

        await app.MultiSelect("MultiSelect").SetValue("🍒 Cherry", "🍌 Banana").RunAsync();

        Assert.Equal("basket = [Cherry, Banana]", Texts.Starting(app, "basket"));
    }

    [Fact]
    public async Task IntSliderValueFollowsSetValue()
    {
        using var app = await OpenAsync();

        await app.Slider("Slider (int)").SetValue(42).RunAsync();

        Assert.Equal("volume = 42", Texts.Starting(app, "volume"));
    }

    [Fact]
    public async Task DoubleSliderValueFollowsSetValueInItsSteps()
    {
        using var app = await OpenAsync();
        Assert.Equal(0.05, app.Slider("Slider (double)").Element.Step);

        await app.Slider("Slider (double)").SetValue(0.75).RunAsync();

        Assert.Equal("ratio = 0.75", Texts.Starting(app, "ratio"));
    }

    [Fact]
    public async Task RangeSliderValueFollowsSetValue()
    {
        using var app = await OpenAsync();

        await app.RangeSlider("RangeSlider").SetValue((10, 90)).RunAsync();

        Assert.Equal("range = 10..90", Texts.Starting(app, "range"));
    }

    [Fact]
    public async Task IntNumberInputValueFollowsSetValueWithinItsBoundsAndRefusesOthers()
    {
        using var app = await OpenAsync();

        await app.NumberInput("NumberInput (int)").SetValue(42).RunAsync();
        var inRange = Texts.Starting(app, "epochs");
        Assert.Throws<ArgumentOutOfRangeException>(() => app.NumberInput("NumberInput (int)").SetValue(1000));
        app.SetWidgetValue(app.NumberInput("NumberInput (int)").Element.WidgetId, 1000.0);
        await app.RunAsync();

        Assert.Equal("epochs = 42", inRange);
        Assert.Equal("epochs = 42", Texts.Starting(app, "epochs"));
        Assert.True(app.NumberInput("NumberInput (int)").Element.Integral);
    }

    [Fact]
    public async Task DoubleNumberInputValueFollowsSetValue()
    {
        using var app = await OpenAsync();

        await app.NumberInput("NumberInput (double)").SetValue(0.25).RunAsync();

        Assert.Equal("rate = 0.25", Texts.Starting(app, "rate"));
        Assert.False(app.NumberInput("NumberInput (double)").Element.Integral);
    }

    [Fact]
    public async Task TextInputValueFollowsSetValue()
    {
        using var app = await OpenAsync();

        await app.TextInput("TextInput").SetValue("Grace").RunAsync();

        Assert.Equal("name = \"Grace\"", Texts.Starting(app, "name"));
    }

    [Fact]
    public async Task TextAreaValueFollowsSetValue()
    {
        using var app = await OpenAsync();

        await app.TextArea("TextArea").SetValue("two\nlines").RunAsync();

        Assert.Equal("notes: 9 characters", Texts.Starting(app, "notes"));
    }

    [Fact]
    public async Task KeyedWidgetIsReadThroughUiState()
    {
        using var app = await OpenAsync();
        Assert.Equal("Ada", app.State["nickname"]);

        await app.TextInput("nickname").SetValue("Grace").RunAsync();

        Assert.Equal("Grace", app.State["nickname"]);
        Assert.Equal("ui.State[\"nickname\"] = Grace", Texts.Starting(app, "ui.State"));
    }

    [Fact]
    public async Task DisabledWidgetsCannotBeChanged()
    {
        using var app = await OpenAsync();

        Assert.True(app.Slider("Locked slider").Disabled);
        Assert.Throws<InvalidOperationException>(() => app.Slider("Locked slider").SetValue(3));
        Assert.Throws<InvalidOperationException>(() => app.Button("Disabled button").Click());
    }

    [Fact]
    public async Task EveryWidgetHasAHelpText()
    {
        using var app = await OpenAsync();

        var widgets = app.Get<WidgetElement>();

        Assert.Equal(16, widgets.Count);
        Assert.All(widgets, w => Assert.False(string.IsNullOrWhiteSpace(w.Help), $"'{w.Label}' has no help text."));
    }
}

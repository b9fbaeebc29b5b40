using DataApps.Testing;

namespace DataApps.Core.Tests.Widgets;

public sealed class WidgetOptionTests
{
    private static void EveryWidget(Ui ui, string? help, bool disabled)
    {
        ui.Button("button", help: help, disabled: disabled);
        ui.Checkbox("checkbox", help: help, disabled: disabled);
        ui.Toggle("toggle", help: help, disabled: disabled);
        ui.Radio("radio", ["a"], help: help, disabled: disabled);
        ui.SelectBox("select-box", ["a"], help: help, disabled: disabled);
        ui.MultiSelect("multi-select", ["a"], help: help, disabled: disabled);
        ui.Slider("slider", 0, 1, help: help, disabled: disabled);
        ui.RangeSlider("range-slider", 0, 1, help: help, disabled: disabled);
        ui.TextInput("text-input", help: help, disabled: disabled);
        ui.TextArea("text-area", help: help, disabled: disabled);
        ui.NumberInput("number-input", 0, help: help, disabled: disabled);
    }

    [Fact]
    public async Task EveryWidgetCarriesItsHelpAndDisabledFlag()
    {
        using var app = AppTest.FromFunction(ui => EveryWidget(ui, "a tooltip", disabled: true));

        await app.RunAsync();

        var widgets = app.Get<WidgetElement>();
        Assert.Equal(11, widgets.Count);
        Assert.All(widgets, w =>
        {
            Assert.Equal(w.Label, w.Kind);
            Assert.Equal("a tooltip", w.Help);
            Assert.True(w.Disabled);
        });
    }

    [Fact]
    public async Task WidgetsAreEnabledAndWithoutHelpByDefault()
    {
        using var app = AppTest.FromFunction(ui => EveryWidget(ui, null, disabled: false));

        await app.RunAsync();

        Assert.All(app.Get<WidgetElement>(), w => Assert.Equal((null, false), (w.Help, w.Disabled)));
    }

    [Fact]
    public async Task DisabledWidgetStillReturnsItsValue()
    {
        var seen = 0;
        using var app = AppTest.FromFunction(ui => seen = ui.Slider("n", 0, 10, value: 4, disabled: true));

        await app.RunAsync();

        Assert.Equal(4, seen);
    }
}

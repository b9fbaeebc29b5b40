using DataApps.Testing;

namespace DataApps.Core.Tests.Widgets;

public sealed class ColorPickerTests
{
    [Fact]
    public async Task ColorPickerStartsBlackAndReturnsLowerCaseHex()
    {
        var seen = new List<string>();
        using var app = AppTest.FromFunction(ui => seen.Add(ui.ColorPicker("Colour")));
        await app.RunAsync();

        await app.ColorPicker("Colour").SetValue("#FF8800").RunAsync();
        await app.ColorPicker("Colour").SetValue("#0F0").RunAsync();

        Assert.Equal(["#000000", "#ff8800", "#00ff00"], seen);
        Assert.Equal("#00ff00", app.ColorPicker("Colour").Value);
    }

    [Fact]
    public async Task AColourThatIsNotHexIsRefused()
    {
        using var bad = AppTest.FromFunction(ui => ui.ColorPicker("Colour", "red"));
        using var app = AppTest.FromFunction(ui => ui.ColorPicker("Colour", "#123456"));
        await bad.RunAsync();
        await app.RunAsync();

        Assert.Throws<ArgumentException>(() => app.ColorPicker("Colour").SetValue("blue"));
        app.SetWidgetValue(app.ColorPicker("Colour").Element.WidgetId, "#12345z");
        await app.RunAsync();

        Assert.Contains("is not a colour", Assert.IsType<ArgumentException>(bad.Exception).Message, StringComparison.Ordinal);
        Assert.Equal("#123456", app.ColorPicker("Colour").Value);
    }

    [Fact]
    public async Task AColourSetThroughStateIsWrittenTheOneWay()
    {
        using var app = AppTest.FromFunction(ui => ui.Text(ui.ColorPicker("Colour", key: "colour")));
        await app.RunAsync();

        app.State["colour"] = "#ABC";
        await app.RunAsync();

        Assert.Equal("#aabbcc", app.Get<TextElement>()[0].Text);
    }
}

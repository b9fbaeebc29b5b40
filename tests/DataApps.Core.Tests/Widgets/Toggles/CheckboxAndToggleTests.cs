using DataApps.Testing;

namespace DataApps.Core.Tests.Widgets;

public sealed class CheckboxAndToggleTests
{
    [Fact]
    public async Task CheckboxAndToggleStartFromTheirValueAndReturnWhatTheUserSets()
    {
        var seen = new List<(bool, bool, bool)>();
        using var app = AppTest.FromFunction(ui => seen.Add((ui.Checkbox("plain"), ui.Checkbox("preset", value: true), ui.Toggle("live"))));
        await app.RunAsync();

        app.Checkbox("plain").SetValue(true);
        app.Checkbox("preset").SetValue(false);
        await app.Toggle("live").SetValue(true).RunAsync();

        Assert.Equal([(false, true, false), (true, false, true)], seen);
        Assert.True(app.Checkbox("plain").Value);
        Assert.True(app.Toggle("live").Value);
    }

    [Fact]
    public async Task CheckboxAcceptsABoolSentAsText()
    {
        using var app = AppTest.FromFunction(ui => ui.Checkbox("on"));
        await app.RunAsync();

        app.SetWidgetValue(app.Checkbox("on").Element.WidgetId, "true");
        await app.RunAsync();

        Assert.True(app.Checkbox("on").Value);
    }

    [Fact]
    public async Task ToggleIsItsOwnElementKind()
    {
        using var app = AppTest.FromFunction(ui => ui.Toggle("live"));

        await app.RunAsync();

        Assert.Equal("toggle", Assert.Single(app.Elements).Kind);
    }
}

using DataApps.Testing;

namespace DataApps.Core.Tests.Widgets;

public sealed class TextWidgetTests
{
    [Fact]
    public async Task TextInputStartsEmptyOrAtItsValueAndReturnsWhatTheUserTypes()
    {
        var seen = new List<(string, string)>();
        using var app = AppTest.FromFunction(ui => seen.Add((ui.TextInput("Name"), ui.TextInput("City", "Oslo"))));
        await app.RunAsync();

        await app.TextInput("Name").SetValue("Ada").RunAsync();

        Assert.Equal([("", "Oslo"), ("Ada", "Oslo")], seen);
    }

    [Fact]
    public async Task TextLongerThanMaxCharsIsRefused()
    {
        var value = "";
        using var app = AppTest.FromFunction(ui => value = ui.TextInput("Code", maxChars: 4));
        await app.RunAsync();
        await app.TextInput("Code").SetValue("ABCD").RunAsync();

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => app.TextInput("Code").SetValue("ABCDEFG"));
        app.SetWidgetValue(app.TextInput("Code").Element.WidgetId, "ABCDEFG");
        await app.RunAsync();

        Assert.StartsWith("The text input 'Code' refuses 7 characters: it takes at most 4.", error.Message, StringComparison.Ordinal);
        Assert.Equal("ABCD", value);
        Assert.Equal(4, app.TextInput("Code").Element.MaxChars);
    }

    [Fact]
    public async Task TextInputElementCarriesPlaceholderAndPasswordFlag()
    {
        using var app = AppTest.FromFunction(ui => ui.TextInput("Secret", placeholder: "••••", password: true));

        await app.RunAsync();

        var element = app.TextInput("Secret").Element;
        Assert.Equal("••••", element.Placeholder);
        Assert.True(element.Password);
    }

    [Fact]
    public async Task TextAreaIsAtLeastOneLineHighAndKeepsNewLines()
    {
        var value = "";
        using var app = AppTest.FromFunction(ui =>
        {
            value = ui.TextArea("Prompt", lines: 6);
            ui.TextArea("Note", lines: 0);
        });
        await app.RunAsync();

        await app.TextArea("Prompt").SetValue("line 1\nline 2").RunAsync();

        Assert.Equal("line 1\nline 2", value);
        Assert.Equal(6, app.TextArea("Prompt").Element.Lines);
        Assert.Equal(1, app.TextArea("Note").Element.Lines);
    }

    [Fact]
    public async Task NullTextFromTheBrowserIsEmptyText()
    {
        using var app = AppTest.FromFunction(ui => ui.TextInput("Name", "Ada"));
        await app.RunAsync();

        app.SetWidgetValue(app.TextInput("Name").Element.WidgetId, null);
        await app.RunAsync();

        Assert.Equal("", app.TextInput("Name").Value);
    }
}

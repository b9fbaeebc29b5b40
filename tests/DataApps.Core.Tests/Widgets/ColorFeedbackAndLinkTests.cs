using DataApps.Testing;

namespace DataApps.Core.Tests.Widgets;

public sealed class ColorFeedbackAndLinkTests
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

    [Theory]
    [InlineData(FeedbackOptions.Thumbs, 1)]
    [InlineData(FeedbackOptions.Faces, 4)]
    [InlineData(FeedbackOptions.Stars, 2)]
    public async Task FeedbackStartsEmptyAndReturnsTheChosenPosition(FeedbackOptions options, int position)
    {
        var seen = new List<int?>();
        using var app = AppTest.FromFunction(ui => seen.Add(ui.Feedback(options)));
        await app.RunAsync();

        await app.Feedback().Click(position).RunAsync();

        Assert.Equal([null, position], seen);
        Assert.Equal(options, app.Feedback().Options);
        Assert.Equal("", app.Feedback().Label);
    }

    [Fact]
    public async Task ClickingTheChosenFeedbackTakesItBack()
    {
        var seen = new List<int?>();
        using var app = AppTest.FromFunction(ui => seen.Add(ui.Feedback(value: 0)));
        await app.RunAsync();

        await app.Feedback().Click(0).RunAsync();

        Assert.Equal([0, null], seen);
    }

    [Fact]
    public async Task APositionTheIconsDoNotHaveIsRefused()
    {
        using var start = AppTest.FromFunction(ui => ui.Feedback(FeedbackOptions.Thumbs, value: 2));
        using var app = AppTest.FromFunction(ui => ui.Feedback(FeedbackOptions.Stars, value: 3));
        await start.RunAsync();
        await app.RunAsync();

        Assert.Throws<ArgumentOutOfRangeException>(() => app.Feedback().SetValue(5));
        app.SetWidgetValue(app.Feedback().Element.WidgetId, 7);
        await app.RunAsync();

        Assert.IsType<ArgumentOutOfRangeException>(start.Exception);
        Assert.Equal(3, app.Feedback().Value);
    }

    [Fact]
    public async Task TwoFeedbackWidgetsOfOneKindNeedKeys()
    {
        using var clash = AppTest.FromFunction(ui =>
        {
            ui.Feedback();
            ui.Feedback();
        });
        using var keyed = AppTest.FromFunction(ui =>
        {
            ui.Text($"a={ui.Feedback(key: "a")}");
            ui.Text($"b={ui.Feedback(key: "b")}");
        });
        await clash.RunAsync();
        await keyed.RunAsync();

        await keyed.Feedback("b").SetValue(1).RunAsync();

        Assert.Contains("`feedback` widgets with the same identity", Assert.Single(clash.Get<ErrorElement>()).Body, StringComparison.Ordinal);
        Assert.Equal(["a=", "b=1"], keyed.Get<TextElement>().Select(t => t.Text));
        Assert.Equal(1, keyed.State["b"]);
        Assert.Throws<InvalidOperationException>(() => keyed.Feedback());
    }

    [Fact]
    public async Task FeedbackOnChangeRunsWhenTheRatingChanges()
    {
        var changes = 0;
        using var app = AppTest.FromFunction(ui => ui.Feedback(FeedbackOptions.Faces, onChange: () => changes++));
        await app.RunAsync();

        await app.Feedback().SetValue(2).RunAsync();
        await app.Feedback().SetValue(2).RunAsync();

        Assert.Equal(1, changes);
    }

    [Fact]
    public async Task LinkButtonIsAnElementWithItsAddressAndNoValue()
    {
        using var app = AppTest.FromFunction(ui => ui.LinkButton("Docs", "https://example.org/docs", primary: true, help: "Opens a new tab"));

        await app.RunAsync();

        var link = app.LinkButton("Docs");
        Assert.Equal("https://example.org/docs", link.Url);
        Assert.True(link.Primary);
        Assert.Equal("Opens a new tab", link.Help);
        Assert.IsNotAssignableFrom<WidgetElement>(link);
        Assert.Equal("link-button", link.Kind);
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("//evil.example")]
    [InlineData("ftp://example.org")]
    [InlineData("docs")]
    public async Task LinkButtonRefusesAddressesThatAreNotWebLinks(string url)
    {
        using var app = AppTest.FromFunction(ui => ui.LinkButton("Docs", url));

        await app.RunAsync();

        Assert.Contains("needs an http, https or mailto address", Assert.IsType<ArgumentException>(app.Exception).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TwoLinkButtonsWithOneLabelAreFine()
    {
        using var app = AppTest.FromFunction(ui =>
        {
            ui.LinkButton("Docs", "/docs");
            ui.LinkButton("Docs", "mailto:team@example.org");
        });

        await app.RunAsync();

        Assert.Equal(2, app.Get<LinkButtonElement>().Count);
        Assert.Empty(app.Get<ErrorElement>());
        Assert.Throws<InvalidOperationException>(() => app.LinkButton("Docs"));
    }
}

using DataApps.Testing;

namespace DataApps.Core.Tests.Widgets;

public sealed class ButtonTests
{
    [Fact]
    public async Task ButtonIsFalseUntilClickedAndTrueOnlyInTheRunOfTheClick()
    {
        var seen = new List<bool>();
        using var app = AppTest.FromFunction(ui => seen.Add(ui.Button("Go")));
        await app.RunAsync();

        await app.Button("Go").Click().RunAsync();
        await app.RunAsync();

        Assert.Equal([false, true, false], seen);
    }

    [Fact]
    public async Task TwoClicksBeforeARunAreOneClick()
    {
        var seen = new List<bool>();
        using var app = AppTest.FromFunction(ui => seen.Add(ui.Button("Go")));
        await app.RunAsync();

        app.Button("Go").Click();
        app.Button("Go").Click();
        await app.RunAsync();

        Assert.Equal([false, true], seen);
    }

    [Fact]
    public async Task ButtonElementCarriesItsLabelAndPrimaryFlag()
    {
        using var app = AppTest.FromFunction(ui =>
        {
            ui.Button("Save", primary: true);
            ui.Button("Cancel");
        });

        await app.RunAsync();

        Assert.True(app.Button("Save").Element.Primary);
        Assert.False(app.Button("Cancel").Element.Primary);
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

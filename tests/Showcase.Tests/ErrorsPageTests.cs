using DataApps;
using DataApps.Testing;
using Showcase.Pages;

namespace Showcase.Tests;

public sealed class ErrorsPageTests
{
    private static async Task<AppTest> OpenAsync()
    {
        var app = AppTest.For<ErrorsPage>();
        await app.RunAsync();
        return app;
    }

    [Fact]
    public async Task ThePageStartsWithoutAnyError()
    {
        using var app = await OpenAsync();

        Assert.Empty(app.Get<ExceptionElement>());
        Assert.Empty(app.Get<ErrorElement>());
        Assert.Null(app.Exception);
    }

    [Fact]
    public async Task SayHelloShowsHello()
    {
        using var app = await OpenAsync();

        await app.Button("Say hello").Click().RunAsync();

        Assert.Equal("Hello!", Assert.Single(app.Get<SuccessElement>()).Body);
    }

    [Fact]
    public async Task RaisingAnExceptionShowsItInThePage()
    {
        using var app = await OpenAsync();

        await app.Button("Raise an exception").Click().RunAsync();

        var shown = Assert.Single(app.Get<ExceptionElement>());
        Assert.Equal("System.InvalidOperationException", shown.TypeName);
        Assert.Equal("Boom from the Errors page", shown.Message);
        Assert.Contains(nameof(ErrorsPage), shown.StackTrace, StringComparison.Ordinal);
        Assert.IsType<InvalidOperationException>(app.Exception);
    }

    [Fact]
    public async Task SayHelloWorksAfterTheException()
    {
        using var app = await OpenAsync();
        await app.Button("Raise an exception").Click().RunAsync();

        await app.Button("Say hello").Click().RunAsync();

        Assert.Equal("Hello!", Assert.Single(app.Get<SuccessElement>()).Body);
        Assert.Empty(app.Get<ExceptionElement>());
        Assert.Null(app.Exception);
    }

    [Fact]
    public async Task ACaughtExceptionIsShownAndThePageGoesOn()
    {
        using var app = await OpenAsync();
        Assert.Contains("Twice that is 42", Texts.Of(app));

        await app.TextInput("A whole number").SetValue("abc").RunAsync();

        var shown = Assert.Single(app.Get<ExceptionElement>());
        Assert.Equal("System.FormatException", shown.TypeName);
        Assert.Null(app.Exception);
        Assert.Contains(app.Main, e => e is HeaderElement { Text: "A wrong type in state" });
    }

    [Fact]
    public async Task TwoIdenticalSlidersShowAnErrorThatSuggestsKey()
    {
        using var app = await OpenAsync();
        Assert.DoesNotContain(app.Get<SliderElement>(), s => s.Label == "Speed");

        await app.Checkbox("Show two identical sliders").SetValue(true).RunAsync();

        Assert.Single(app.Get<SliderElement>(), s => s.Label == "Speed");
        var error = Assert.Single(app.Get<ErrorElement>());
        Assert.Contains("key:", error.Body, StringComparison.Ordinal);
        Assert.Contains("Speed", error.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AStringInAnIntSlidersStateShowsAnErrorAndResetsTheSlider()
    {
        using var app = await OpenAsync();
        await app.Slider("age").SetValue(70).RunAsync();
        Assert.Equal("Age: 70", Texts.Starting(app, "Age"));

        await app.Button("Store \"forty\" in ui.State[\"age\"]").Click().RunAsync();

        var error = Assert.Single(app.Get<ErrorElement>());
        Assert.Contains("needs a value of type int,", error.Body, StringComparison.Ordinal);
        Assert.Contains("ui.State[\"age\"]", error.Body, StringComparison.Ordinal);
        Assert.Equal("Age: 30", Texts.Starting(app, "Age"));
        Assert.Equal(30, app.State["age"]);
    }
}

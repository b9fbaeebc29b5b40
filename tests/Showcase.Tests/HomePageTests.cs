using System.Reflection;
using DataApps;
using DataApps.Testing;
using Showcase.Pages;

namespace Showcase.Tests;

public sealed class HomePageTests
{
    [Fact]
    public async Task SliderNGoesFromOneToAHundredAndStartsAtTen()
    {
        using var app = AppTest.For<HomePage>();
        await app.RunAsync();

        var n = app.Slider("n").Element;

        Assert.Equal((1.0, 100.0, 10.0, 1.0), (n.Min, n.Max, n.Value, n.Step));
    }

    [Fact]
    public async Task TheSquareIsTheElementRightAfterTheSlider()
    {
        using var app = AppTest.For<HomePage>();
        await app.RunAsync();

        var main = app.Main;
        var slider = main.Select((e, i) => (e, i)).Single(p => p.e is SliderElement { Label: "n" }).i;

        Assert.Equal(new TextElement("n² = 100"), main[slider + 1]);
    }

    [Fact]
    public async Task MovingTheSliderUpdatesTheSquare()
    {
        using var app = AppTest.For<HomePage>();
        await app.RunAsync();

        app.Slider("n").SetValue(12);
        await app.RunAsync();

        Assert.Contains("n² = 144", Texts.Of(app));
    }

    [Fact]
    public async Task CelebrateShowsASuccessOnlyInTheRunItsClickCaused()
    {
        using var app = AppTest.For<HomePage>();
        await app.RunAsync();
        Assert.Empty(app.Get<SuccessElement>());

        await app.Button("Celebrate").Click().RunAsync();
        var clicked = app.Get<SuccessElement>();
        app.Slider("n").SetValue(3);
        await app.RunAsync();

        Assert.Equal("🎉 Clicked!", Assert.Single(clicked).Body);
        Assert.Empty(app.Get<SuccessElement>());
    }

    [Fact]
    public async Task HomeShowsTheCodeOfAPageAsCSharp()
    {
        using var app = AppTest.For<HomePage>();
        await app.RunAsync();

        var code = Assert.Single(app.Get<CodeElement>());

        Assert.Equal("csharp", code.Language);
        Assert.Contains("ui.Slider(\"n\", 1, 100, 10)", code.Code, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HomeLinksToEveryOtherShownPageOfTheShowcase()
    {
        using var app = AppTest.For<HomePage>();
        await app.RunAsync();
        var markdown = string.Join("\n", app.Get<MarkdownElement>().Select(m => m.Markdown));

        var routes = typeof(HomePage).Assembly.GetTypes()
            .Select(t => t.GetCustomAttribute<PageAttribute>())
            .Where(p => p is { Hidden: false })
            .Select(p => p!.Route)
            .Where(r => r != "/")
            .ToList();

        Assert.NotEmpty(routes);
        Assert.All(routes, route => Assert.Contains($"]({route.TrimStart('/')})", markdown, StringComparison.Ordinal));
    }
}

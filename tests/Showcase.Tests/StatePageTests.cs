using DataApps;
using DataApps.Testing;
using Showcase.Pages;

namespace Showcase.Tests;

public sealed class StatePageTests
{
    private static async Task<AppTest> OpenAsync()
    {
        var app = AppTest.For<StatePage>();
        await app.RunAsync();
        return app;
    }

    [Fact]
    public async Task PlusOneCountsClicksAcrossReruns()
    {
        using var app = await OpenAsync();
        Assert.Equal("Count: 0", Texts.Starting(app, "Count"));

        await app.Button("+1").Click().RunAsync();
        await app.Button("+1").Click().RunAsync();
        await app.RunAsync();

        Assert.Equal("Count: 2", Texts.Starting(app, "Count"));
        Assert.Equal(2, app.State["count"]);
    }

    [Fact]
    public async Task TheCallbackSeesEachNewColourBeforeThePageRuns()
    {
        using var app = await OpenAsync();
        Assert.Equal("The callback saw: nothing yet", Texts.Starting(app, "The callback"));

        await app.SelectBox("colour").SetValue("Green").RunAsync();
        var first = Texts.Starting(app, "The callback");
        await app.SelectBox("colour").SetValue("Blue").RunAsync();

        Assert.Equal("The callback saw: Green", first);
        Assert.Equal("The callback saw: Green → Blue", Texts.Starting(app, "The callback"));
    }

    [Fact]
    public async Task TheCallbackDoesNotRunWhenTheColourStaysTheSame()
    {
        using var app = await OpenAsync();
        await app.SelectBox("colour").SetValue("Green").RunAsync();

        await app.Button("+1").Click().RunAsync();
        await app.SelectBox("colour").SetValue("Green").RunAsync();

        Assert.Equal("The callback saw: Green", Texts.Starting(app, "The callback"));
    }

    [Fact]
    public async Task ResetMovesTheVolumeSliderBackThroughUiState()
    {
        using var app = await OpenAsync();
        await app.Slider("volume").SetValue(80).RunAsync();
        Assert.Equal("Volume: 80", Texts.Starting(app, "Volume"));

        await app.Button("Reset").Click().RunAsync();

        Assert.Equal(50, app.Slider("volume").Value);
        Assert.Equal("Volume: 50", Texts.Starting(app, "Volume"));
        Assert.Equal(50, app.State["volume"]);
        Assert.Empty(app.Get<WarningElement>()); // the start value comes from ui.State alone
    }

    [Fact]
    public async Task TheAnimationStartsAtZeroAndEndsOnAFullBar()
    {
        using var app = await OpenAsync();
        var before = Assert.Single(app.Get<EmptyElement>());

        await app.Button("Animate").Click().RunAsync();
        var after = Assert.Single(app.Get<EmptyElement>());

        Assert.Equal(new TextElement("░░░░░░░░░░░░░░░░░░░░ 0 %"), Assert.Single(before.Children));
        Assert.Equal(new TextElement("████████████████████ 100 %"), Assert.Single(after.Children));
    }
}

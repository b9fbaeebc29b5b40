using DataApps;
using DataApps.Testing;
using Showcase.Pages;

namespace Showcase.Tests;

public sealed class EmptyValuesPageTests
{
    [Fact]
    public async Task EveryWidgetStartsEmptyAndReturnsWhatIsChosen()
    {
        using var app = AppTest.For<EmptyValuesPage>();
        await app.RunAsync();
        Assert.Null(app.Exception);
        Assert.Equal(["island = null", "species = []", "depth = null", "observer = null", "since = null"], Texts.Of(app).Take(5));

        app.SelectBox("Island where the penguins of this study were observed").SetValue("Dream");
        app.MultiSelect("Species to compare side by side").SetValue("Gentoo", "Adelie");
        app.NumberInput("Minimum bill depth in millimetres").SetValue(17.5);
        await app.TextInput("Observer's name as written in the log").SetValue("Ada").RunAsync();

        Assert.Equal(["island = Dream", "species = [Gentoo, Adelie]", "depth = 17.5", "observer = Ada", "since = null"], Texts.Of(app).Take(5));
    }
}

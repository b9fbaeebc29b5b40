using DataApps;
using DataApps.Testing;
using Showcase.Pages;

namespace Showcase.Tests;

public sealed class DialogsPageTests
{
    private static async Task<AppTest> OpenAsync()
    {
        var app = AppTest.For<DialogsPage>();
        await app.RunAsync();
        return app;
    }

    [Fact]
    public async Task AVoteGoesThroughTheDialogAndClosesIt()
    {
        using var app = await OpenAsync();

        await app.Button("Vote for Forest").Click().RunAsync();
        Assert.Equal("Vote for Forest", app.Dialog!.Title);

        await app.TextInput("Because…").SetValue("it generalizes").RunAsync();
        Assert.Contains(app.Get<CaptionElement>(), c => c.Text == "14 characters");

        await app.Button("Submit").Click().RunAsync();

        Assert.Null(app.Dialog);
        Assert.Equal("Your vote: Forest, because it generalizes", Texts.Starting(app, "Your vote"));
    }

    [Fact]
    public async Task ThePopoversWidgetsDriveThePage()
    {
        using var app = await OpenAsync();

        app.Radio("Model").SetValue("Boosted");
        await app.Slider("Points").SetValue(50).RunAsync();

        Assert.Equal("Model Boosted, 50 points", Texts.Starting(app, "Model "));
    }
}

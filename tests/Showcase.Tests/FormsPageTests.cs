using DataApps;
using DataApps.Testing;
using Showcase.Pages;

namespace Showcase.Tests;

public sealed class FormsPageTests
{
    private static async Task<AppTest> OpenAsync()
    {
        var app = AppTest.For<FormsPage>();
        await app.RunAsync();
        return app;
    }

    [Fact]
    public async Task AnOrderArrivesWhole()
    {
        using var app = await OpenAsync();

        app.Slider("Quantity").SetValue(3);
        app.SelectBox("Size").SetValue("L");
        app.TextInput("Note").SetValue("ring twice");
        await app.RunAsync();
        Assert.Empty(app.Get<SuccessElement>());

        await app.SubmitButton("Place order").Click().RunAsync();

        Assert.Equal("Ordered 3 × L: ring twice", Assert.Single(app.Get<SuccessElement>()).Body);
    }

    [Fact]
    public async Task TheListFormAddsAnItemAndClearsItself()
    {
        using var app = await OpenAsync();

        app.TextInput("New item").SetValue(" milk ");
        await app.SubmitButton("Add").Click().RunAsync();
        app.TextInput("New item").SetValue("eggs");
        await app.SubmitButton("Add").Click().RunAsync();

        Assert.Equal("List: milk, eggs", Texts.Starting(app, "List"));
        Assert.Equal("", app.TextInput("New item").Value);
    }

    [Fact]
    public async Task ThePageCountsItsRuns()
    {
        using var app = await OpenAsync();

        app.Slider("Quantity").SetValue(4); // held by the form: no effect on the count by itself
        await app.SubmitButton("Place order").Click().RunAsync();

        Assert.Contains(app.Get<CaptionElement>(), c => c.Text == "This page has run 2 times in this session.");
    }
}

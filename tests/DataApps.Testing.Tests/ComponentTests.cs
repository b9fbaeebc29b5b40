using System.Text.Json;

namespace DataApps.Testing.Tests;

/// <summary>JS components (<c>ui.Component</c>): JSON arguments out, JSON values back through the widget path.</summary>
public sealed class ComponentTests
{
    private sealed record Point(int X, int Y);

    [Fact]
    public async Task AComponentReturnsItsDefaultUntilTheModuleSetsAValueAndThenKeepsItAcrossReruns()
    {
        using var app = AppTest.FromFunction(ui =>
        {
            var p = ui.Component("picker", new { size = 3 }, new Point(0, 0), key: "p");
            ui.Text($"{p.X},{p.Y}");
        });
        await app.RunAsync();
        Assert.Equal("0,0", app.Get<TextElement>()[0].Text);
        Assert.Equal(3, app.Component("p").Args.GetProperty("size").GetInt32());

        await app.Component("p").SetValue(new Point(4, 5)).RunAsync();
        await app.RunAsync();

        Assert.Equal("4,5", app.Get<TextElement>()[0].Text);
        Assert.Equal(5, app.Component("p").Value.GetProperty("y").GetInt32());
        Assert.Equal(new Point(4, 5), app.State["p"]);
    }

    [Fact]
    public async Task AValueThatIsNotOfTheComponentsTypeIsRefusedAndTheOldValueStays()
    {
        using var app = AppTest.FromFunction(ui => ui.Text(ui.Component("counter", defaultValue: 1, key: "c").ToString()));
        await app.RunAsync();
        await app.Component("c").SetValue(7).RunAsync();

        await app.Component("c").SetJson("{\"not\":\"a number\"}").RunAsync();

        Assert.Equal("7", app.Get<TextElement>()[0].Text);
    }

    [Fact]
    public async Task AValueOverTheSizeLimitIsRefusedAndTheSessionKeepsWorking()
    {
        using var app = AppTest.FromFunction(ui => ui.Text(ui.Component("note", defaultValue: "", key: "n", maxSize: 100)));
        await app.RunAsync();

        await app.Component("n").SetValue(new string('x', 500)).RunAsync();
        Assert.Equal("", app.Get<TextElement>()[0].Text);

        await app.Component("n").SetValue("short").RunAsync();
        Assert.Equal("short", app.Get<TextElement>()[0].Text);
    }

    [Fact]
    public async Task ArgumentsOverTheSizeLimitShowAnErrorInsteadOfTheComponent()
    {
        using var app = AppTest.FromFunction(ui => ui.Component("big", new { data = new string('x', 500) }, 0, maxSize: 100));

        await app.RunAsync();

        Assert.Empty(app.Get<JsComponentElement>());
        Assert.Contains("limit of 100", app.Get<ErrorElement>()[0].Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NewArgumentsKeepTheValue()
    {
        using var app = AppTest.FromFunction(ui =>
        {
            var color = ui.SelectBox("Colour", ["red", "blue"]);
            ui.Text(ui.Component("pad", new { color }, 0, key: "pad").ToString());
        });
        await app.RunAsync();
        await app.Component("pad").SetValue(3).RunAsync();

        await app.SelectBox("Colour").SetValue("blue").RunAsync();

        Assert.Equal("3", app.Get<TextElement>()[0].Text);
        Assert.Equal("blue", app.Component("pad").Args.GetProperty("color").GetString());
    }

    [Fact]
    public async Task AComponentInAFormHoldsItsValueUntilTheSubmit()
    {
        using var app = AppTest.FromFunction(ui =>
        {
            var form = ui.Form("f");
            var v = form.Component("pad", defaultValue: 0, key: "pad");
            form.SubmitButton("Send");
            ui.Text(v.ToString());
        });
        await app.RunAsync();

        await app.Component("pad").SetValue(9).RunAsync();
        Assert.Equal("0", app.Get<TextElement>()[0].Text);

        await app.SubmitButton("Send").Click().RunAsync();
        Assert.Equal("9", app.Get<TextElement>()[0].Text);
    }

    [Fact]
    public async Task TheUntypedFormReturnsJsonOrNull()
    {
        using var app = AppTest.FromFunction(ui =>
        {
            System.Text.Json.JsonElement? v = ui.Component("any", key: "a");
            ui.Text(v is { } json ? json.GetProperty("ok").GetBoolean().ToString() : "none");
        });
        await app.RunAsync();
        Assert.Equal("none", app.Get<TextElement>()[0].Text);

        await app.Component("a").SetJson("{\"ok\":true}").RunAsync();

        Assert.Equal("True", app.Get<TextElement>()[0].Text);
    }
}

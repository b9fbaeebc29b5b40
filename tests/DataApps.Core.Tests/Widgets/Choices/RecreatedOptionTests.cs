using DataApps.Testing;

namespace DataApps.Core.Tests.Widgets;

/// <summary>Options loaded afresh on every run (new objects each time, compared by reference).</summary>
public sealed class RecreatedOptionTests
{
    private sealed class Model(string name)
    {
        public string Name { get; } = name;
    }

    private static Model[] LoadModels() => [new("Linear"), new("Forest"), new("Boosting")];

    [Fact]
    public async Task SelectBoxKeepsTheChoiceWhenTheOptionsAreLoadedAgain()
    {
        Model? chosen = null;
        using var app = AppTest.FromFunction(ui =>
        {
            chosen = ui.SelectBox("Model", LoadModels(), format: m => m.Name);
            ui.Checkbox("other");
        });
        await app.RunAsync();
        await app.SelectBox("Model").SetValue("Forest").RunAsync();
        Assert.Equal("Forest", chosen?.Name);

        await app.Checkbox("other").SetValue(true).RunAsync();

        Assert.Equal("Forest", chosen?.Name);
        Assert.Equal("Forest", app.SelectBox("Model").Value);
    }

    [Fact]
    public async Task RadioKeepsTheChoiceWhenTheOptionsAreLoadedAgain()
    {
        Model? chosen = null;
        using var app = AppTest.FromFunction(ui => chosen = ui.Radio("Model", LoadModels(), format: m => m.Name));
        await app.RunAsync();
        await app.Radio("Model").SetValue("Boosting").RunAsync();

        await app.RunAsync();

        Assert.Equal("Boosting", chosen?.Name);
    }

    [Fact]
    public async Task MultiSelectKeepsTheChoicesWhenTheOptionsAreLoadedAgain()
    {
        IReadOnlyList<Model> chosen = [];
        using var app = AppTest.FromFunction(ui => chosen = ui.MultiSelect("Models", LoadModels(), format: m => m.Name));
        await app.RunAsync();
        await app.MultiSelect("Models").SetValue("Boosting", "Linear").RunAsync();

        await app.RunAsync();

        Assert.Equal(["Boosting", "Linear"], chosen.Select(m => m.Name));
    }

    [Fact]
    public async Task OptionsThatAllShowTheSameTextKeepTheChoiceByPosition()
    {
        Model? chosen = null;
        using var app = AppTest.FromFunction(ui => chosen = ui.Radio("Model", LoadModels(), format: _ => "a model"));
        await app.RunAsync();
        app.SetWidgetValue(app.Radio("Model").Element.WidgetId, 2);
        await app.RunAsync();

        await app.RunAsync();

        Assert.Equal("Boosting", chosen?.Name);
    }

    [Fact]
    public async Task OptionSetThroughStateAsAnotherObjectIsMatchedByWhatItShows()
    {
        Model? chosen = null;
        using var app = AppTest.FromFunction(ui => chosen = ui.SelectBox("Model", LoadModels(), format: m => m.Name, key: "model"));
        await app.RunAsync();

        app.State["model"] = new Model("Boosting");
        await app.RunAsync();

        Assert.Equal("Boosting", chosen?.Name);
        Assert.Equal("Boosting", app.SelectBox("model").Value);
    }

    [Fact]
    public async Task OptionThatIsGoneFromTheReloadedOptionsFallsBackToTheDefault()
    {
        Model? chosen = null;
        using var app = AppTest.FromFunction(ui =>
        {
            var models = ui.State.Get<bool>("short") ? LoadModels()[..2] : LoadModels();
            chosen = ui.SelectBox("Model", models, format: m => m.Name, key: "model");
        });
        await app.RunAsync();
        await app.SelectBox("model").SetValue("Boosting").RunAsync();

        app.State["short"] = true;
        await app.RunAsync();

        Assert.Equal("Linear", chosen?.Name);
    }
}

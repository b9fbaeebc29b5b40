using DataApps.Testing;

namespace DataApps.Core.Tests.Widgets;

public sealed class ChoiceWidgetTests
{
    private sealed record Model(string Name, double Score);

    private static readonly Model[] Models = [new("Linear", 0.7), new("Forest", 0.9), new("Boosting", 0.92)];

    [Fact]
    public async Task RadioReturnsTheChosenOptionItselfAndShowsItsFormattedLabel()
    {
        Model? chosen = null;
        using var app = AppTest.FromFunction(ui => chosen = ui.Radio("Model", Models, format: m => m.Name, horizontal: true));
        await app.RunAsync();
        Assert.Same(Models[0], chosen);

        await app.Radio("Model").SetValue("Forest").RunAsync();

        Assert.Same(Models[1], chosen);
        Assert.Equal(["Linear", "Forest", "Boosting"], app.Radio("Model").Options);
        Assert.Equal(1, app.Radio("Model").Element.Index);
        Assert.True(app.Radio("Model").Element.Horizontal);
    }

    [Fact]
    public async Task RadioStartsAtItsIndex()
    {
        using var app = AppTest.FromFunction(ui => ui.Text(ui.Radio("Pick", ["a", "b", "c"], index: 2)));

        await app.RunAsync();

        Assert.Equal("c", app.Get<TextElement>()[0].Text);
        Assert.Equal("c", app.Radio("Pick").Value);
    }

    [Fact]
    public async Task IndexOutsideTheOptionsFailsTheRunWithAClearMessage()
    {
        using var app = AppTest.FromFunction(ui => ui.Radio("Pick", ["a", "b"], index: 2));

        await app.RunAsync();

        var error = Assert.IsType<ArgumentOutOfRangeException>(app.Exception);
        Assert.Contains("'Pick' has 2 options; index 2 is not one of them", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RadioWithoutOptionsReturnsTheDefault()
    {
        string? chosen = "unset";
        using var app = AppTest.FromFunction(ui => chosen = ui.Radio("Pick", Array.Empty<string>()));

        await app.RunAsync();

        Assert.Null(chosen);
        Assert.Equal(-1, app.Radio("Pick").Element.Index);
    }

    [Fact]
    public async Task OptionIndexThatDoesNotExistIsIgnored()
    {
        using var app = AppTest.FromFunction(ui => ui.Radio("Pick", ["a", "b"], index: 1));
        await app.RunAsync();

        app.SetWidgetValue(app.Radio("Pick").Element.WidgetId, 7);
        await app.RunAsync();

        Assert.Equal("b", app.Radio("Pick").Value);
        Assert.Null(app.Exception);
    }

    [Fact]
    public async Task SelectBoxWithoutAnIndexStartsWithNothingChosenAndShowsItsPlaceholder()
    {
        string? chosen = "unset";
        using var app = AppTest.FromFunction(ui => chosen = ui.SelectBox("Species", ["Adelie", "Gentoo"], index: null, placeholder: "Choose"));

        await app.RunAsync();

        Assert.Null(chosen);
        Assert.Null(app.SelectBox("Species").Value);
        Assert.Equal(-1, app.SelectBox("Species").Element.Index);
        Assert.Equal("Choose", app.SelectBox("Species").Element.Placeholder);
    }

    [Fact]
    public async Task SelectBoxThatStartedEmptyReturnsTheChosenOptionAndNothingAfterTheUserClearsIt()
    {
        var seen = new List<string?>();
        using var app = AppTest.FromFunction(ui => seen.Add(ui.SelectBox("Species", ["Adelie", "Gentoo"], index: null)));
        await app.RunAsync();

        await app.SelectBox("Species").SetValue("Gentoo").RunAsync();
        app.SetWidgetValue(app.SelectBox("Species").Element.WidgetId, -1);
        await app.RunAsync();

        Assert.Equal([null, "Gentoo", null], seen);
    }

    [Fact]
    public async Task SelectBoxWithAPreselectedOptionCannotBeEmptied()
    {
        var seen = new List<string?>();
        using var app = AppTest.FromFunction(ui => seen.Add(ui.SelectBox("Species", ["Adelie", "Gentoo"])));
        await app.RunAsync();

        await app.SelectBox("Species").SetValue("Gentoo").RunAsync();
        app.SetWidgetValue(app.SelectBox("Species").Element.WidgetId, -1);
        await app.RunAsync();

        Assert.Equal(["Adelie", "Gentoo", "Gentoo"], seen); // "none" is refused: the select box keeps its option
        Assert.Equal(1, app.SelectBox("Species").Element.Index);
    }

    [Fact]
    public async Task KeyedSelectBoxWhoseChosenOptionIsRemovedGoesBackToItsDefault()
    {
        using var app = AppTest.FromFunction(ui =>
        {
            string[] options = ui.State.GetOrAdd<string[]>("options", ["a", "b", "c"]);
            ui.Text($"chosen={ui.SelectBox("Letter", options, key: "letter")}");
        });
        await app.RunAsync();
        await app.SelectBox("letter").SetValue("c").RunAsync();

        app.State["options"] = new[] { "a", "b" };
        await app.RunAsync();

        Assert.Equal("chosen=a", app.Get<TextElement>()[0].Text);
        Assert.Empty(app.Get<ErrorElement>());
    }

    [Fact]
    public async Task KeyedSelectBoxKeepsItsChoiceWhenOtherOptionsChange()
    {
        using var app = AppTest.FromFunction(ui =>
        {
            string[] options = ui.State.GetOrAdd<string[]>("options", ["a", "b", "c"]);
            ui.SelectBox("Letter", options, key: "letter");
        });
        await app.RunAsync();
        await app.SelectBox("letter").SetValue("c").RunAsync();

        app.State["options"] = new[] { "c", "d" };
        await app.RunAsync();

        Assert.Equal("c", app.SelectBox("letter").Value);
        Assert.Equal(0, app.SelectBox("letter").Element.Index);
    }

    [Fact]
    public async Task MultiSelectStartsWithItsDefaultsAndReturnsTheChoicesInTheOrderChosen()
    {
        var seen = new List<string>();
        using var app = AppTest.FromFunction(ui => seen.Add(string.Join(",", ui.MultiSelect("Islands", ["Biscoe", "Dream", "Torgersen"], defaults: ["Dream"]))));
        await app.RunAsync();

        await app.MultiSelect("Islands").SetValue("Torgersen", "Biscoe").RunAsync();

        Assert.Equal(["Dream", "Torgersen,Biscoe"], seen);
        Assert.Equal(["Torgersen", "Biscoe"], app.MultiSelect("Islands").Value);
        Assert.Equal([2, 0], app.MultiSelect("Islands").Element.Indices);
    }

    [Fact]
    public async Task MultiSelectReturnsOptionsThemselves()
    {
        IReadOnlyList<Model> chosen = [];
        using var app = AppTest.FromFunction(ui => chosen = ui.MultiSelect("Models", Models, format: m => m.Name));
        await app.RunAsync();
        Assert.Empty(chosen);

        await app.MultiSelect("Models").SetValue("Boosting", "Linear").RunAsync();

        Assert.Equal([Models[2], Models[0]], chosen);
    }

    [Fact]
    public async Task MultiSelectDefaultThatIsNotAnOptionFailsTheRun()
    {
        using var app = AppTest.FromFunction(ui => ui.MultiSelect("Islands", ["Biscoe"], defaults: ["Atlantis"]));

        await app.RunAsync();

        Assert.Contains("'Atlantis' of 'Islands' is not one of its options", Assert.IsType<ArgumentException>(app.Exception).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task KeyedMultiSelectWithARemovedChoiceGoesBackToItsDefaults()
    {
        using var app = AppTest.FromFunction(ui =>
        {
            string[] options = ui.State.GetOrAdd<string[]>("options", ["a", "b", "c"]);
            ui.MultiSelect("Letters", options, defaults: ["a"], key: "letters");
        });
        await app.RunAsync();
        await app.MultiSelect("letters").SetValue("c", "b").RunAsync();

        app.State["options"] = new[] { "a", "b" };
        await app.RunAsync();

        Assert.Equal(["a"], app.MultiSelect("letters").Value);
    }
}

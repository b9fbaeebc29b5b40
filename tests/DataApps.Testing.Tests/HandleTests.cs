namespace DataApps.Testing.Tests;

public sealed class HandleTests
{
    [Fact]
    public async Task ButtonClickIsTrueInTheNextRunOnly()
    {
        var clicks = 0;
        using var app = AppTest.FromFunction(ui =>
        {
            if (ui.Button("Add"))
            {
                clicks++;
            }
        });
        await app.RunAsync();

        await app.Button("Add").Click().RunAsync();
        await app.RunAsync();

        Assert.Equal(1, clicks);
        Assert.Equal("Add", app.Button("Add").Label);
    }

    [Fact]
    public async Task CheckboxAndToggleHandlesReadAndSetTheirValue()
    {
        using var app = AppTest.FromFunction(ui =>
        {
            ui.Text($"{ui.Checkbox("Raw data", value: true)} {ui.Toggle("Live")}");
        });
        await app.RunAsync();
        Assert.True(app.Checkbox("Raw data").Value);
        Assert.False(app.Toggle("Live").Value);

        app.Checkbox("Raw data").SetValue(false);
        await app.Toggle("Live").SetValue(true).RunAsync();

        Assert.False(app.Checkbox("Raw data").Value);
        Assert.True(app.Toggle("Live").Value);
        Assert.Equal("False True", app.Get<TextElement>()[0].Text);
    }

    [Fact]
    public async Task RadioAndSelectBoxHandlesWorkWithTheShownOptionTexts()
    {
        using var app = AppTest.FromFunction(ui =>
        {
            var n = ui.Radio("Size", [1, 2, 3], format: i => $"{i} GB");
            var model = ui.SelectBox("Model", ["Linear", "Forest"], index: null, placeholder: "pick");
            ui.Text($"{n} {model ?? "none"}");
        });
        await app.RunAsync();
        Assert.Equal(["1 GB", "2 GB", "3 GB"], app.Radio("Size").Options);
        Assert.Equal("1 GB", app.Radio("Size").Value);
        Assert.Null(app.SelectBox("Model").Value);

        app.Radio("Size").SetValue("3 GB");
        await app.SelectBox("Model").SetValue("Forest").RunAsync();

        Assert.Equal("3 GB", app.Radio("Size").Value);
        Assert.Equal("Forest", app.SelectBox("Model").Value);
        Assert.Equal("3 Forest", app.Get<TextElement>()[0].Text);
    }

    [Fact]
    public async Task ChoosingAnOptionThatIsNotThereListsTheOptions()
    {
        using var app = AppTest.FromFunction(ui => ui.SelectBox("Model", ["Linear", "Forest"]));
        await app.RunAsync();

        var error = Assert.Throws<ArgumentException>(() => app.SelectBox("Model").SetValue("Boosting"));

        Assert.Contains("'Model' has no option 'Boosting'. Options: Linear, Forest.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MultiSelectHandleSetsExactlyTheGivenOptionsInOrder()
    {
        using var app = AppTest.FromFunction(ui => ui.Text(string.Join("+", ui.MultiSelect("Islands", ["Biscoe", "Dream", "Torgersen"], defaults: ["Dream"]))));
        await app.RunAsync();
        Assert.Equal(["Biscoe", "Dream", "Torgersen"], app.MultiSelect("Islands").Options);
        Assert.Equal(["Dream"], app.MultiSelect("Islands").Value);

        await app.MultiSelect("Islands").SetValue("Torgersen", "Biscoe").RunAsync();
        Assert.Equal("Torgersen+Biscoe", app.Get<TextElement>()[0].Text);

        await app.MultiSelect("Islands").SetValue().RunAsync();
        Assert.Equal("", app.Get<TextElement>()[0].Text);
    }

    [Fact]
    public async Task NumericHandlesSetNumbersAsTheBrowserSendsThem()
    {
        using var app = AppTest.FromFunction(ui =>
        {
            var year = ui.Slider("Year", 2015, 2024);
            var (low, high) = ui.RangeSlider("Mass", 2500, 6500);
            var epochs = ui.NumberInput("Epochs", 10, min: 1);
            ui.Text($"{year} {low}-{high} {epochs}");
        });
        await app.RunAsync();

        app.Slider("Year").SetValue(2020);
        app.RangeSlider("Mass").SetValue((3000, 5000));
        await app.NumberInput("Epochs").SetValue(25).RunAsync();

        Assert.Equal("2020 3000-5000 25", app.Get<TextElement>()[0].Text);
        Assert.Equal(2020, app.Slider("Year").Value);
        Assert.Equal((3000.0, 5000.0), app.RangeSlider("Mass").Value);
        Assert.Equal(25, app.NumberInput("Epochs").Value);
    }

    [Fact]
    public async Task TextHandlesSetText()
    {
        using var app = AppTest.FromFunction(ui => ui.Text($"{ui.TextInput("Name")}: {ui.TextArea("Bio")}"));
        await app.RunAsync();

        app.TextInput("Name").SetValue("Ada");
        await app.TextArea("Bio").SetValue("wrote the first program").RunAsync();

        Assert.Equal("Ada: wrote the first program", app.Get<TextElement>()[0].Text);
        Assert.Equal("Ada", app.TextInput("Name").Value);
        Assert.Equal("wrote the first program", app.TextArea("Bio").Value);
    }

    [Fact]
    public async Task DisabledWidgetCannotBeSetOrClicked()
    {
        using var app = AppTest.FromFunction(ui =>
        {
            ui.Button("Delete", disabled: true);
            ui.Slider("Budget", 0, 10, disabled: true);
        });
        await app.RunAsync();

        var click = Assert.Throws<InvalidOperationException>(() => app.Button("Delete").Click());
        var set = Assert.Throws<InvalidOperationException>(() => app.Slider("Budget").SetValue(3));

        Assert.Equal("'Delete' is disabled; a user could not click it.", click.Message);
        Assert.Equal("'Budget' is disabled; a user could not change it.", set.Message);
        Assert.True(app.Slider("Budget").Disabled);
    }

    [Fact]
    public async Task ValuesApplyOnlyWhenThePageRunsAgain()
    {
        using var app = AppTest.FromFunction(ui => ui.Slider("n", 0, 10));
        await app.RunAsync();

        app.Slider("n").SetValue(5);

        Assert.Equal(0, app.Slider("n").Value);
        await app.RunAsync();
        Assert.Equal(5, app.Slider("n").Value);
    }

    [Fact]
    public async Task HandleKeepsTheElementOfTheRunItWasTakenFrom()
    {
        using var app = AppTest.FromFunction(ui => ui.Slider("n", 0, 10));
        await app.RunAsync();
        var handle = app.Slider("n");

        await handle.SetValue(5).RunAsync();

        Assert.Equal(0, handle.Value);
        Assert.Equal(5, app.Slider("n").Value);
    }
}

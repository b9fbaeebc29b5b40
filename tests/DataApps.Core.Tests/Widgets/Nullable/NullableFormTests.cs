using DataApps.Testing;

namespace DataApps.Core.Tests.Widgets;

public sealed class NullableFormTests
{
    [Fact]
    public async Task ASelectBoxThatStartsEmptyIsClearableAndOneWithAChoiceIsNot()
    {
        using var app = AppTest.FromFunction(ui =>
        {
            ui.SelectBox("Empty", ["a", "b"], index: null, placeholder: "Choose");
            ui.SelectBox("Chosen", ["a", "b"]);
        });

        await app.RunAsync();

        Assert.True(app.SelectBox("Empty").Element.Clearable);
        Assert.False(app.SelectBox("Chosen").Element.Clearable);
    }

    [Fact]
    public async Task RadioWithoutAnIndexReturnsNullUntilAnOptionIsChosen()
    {
        var seen = new List<string?>();
        using var app = AppTest.FromFunction(ui => seen.Add(ui.Radio("Size", ["S", "M", "L"], index: null)));
        await app.RunAsync();
        await app.RunAsync();

        await app.Radio("Size").SetValue("M").RunAsync();

        Assert.Equal([null, null, "M"], seen);
        Assert.Equal(1, app.Radio("Size").Element.Index);
    }

    [Fact]
    public async Task RadioWithANullableIndexThatIsGivenStartsThere()
    {
        int? index = 2;
        string? chosen = null;
        using var app = AppTest.FromFunction(ui => chosen = ui.Radio("Size", ["S", "M", "L"], index));

        await app.RunAsync();

        Assert.Equal("L", chosen);
    }

    [Fact]
    public async Task NumberInputWithoutAValueReturnsNullUntilANumberIsTypedAndNullAgainWhenEmptied()
    {
        var seen = new List<double?>();
        using var app = AppTest.FromFunction(ui => seen.Add(ui.NumberInput<double>("Rate", null, min: 0, max: 10, placeholder: "Type a rate")));
        await app.RunAsync();
        Assert.Null(app.NumberInput("Rate").Value);
        Assert.True(app.NumberInput("Rate").Element.Clearable);
        Assert.Equal("Type a rate", app.NumberInput("Rate").Element.Placeholder);

        await app.NumberInput("Rate").SetValue(3.5).RunAsync();
        await app.NumberInput("Rate").SetValue(null).RunAsync();

        Assert.Equal([null, 3.5, null], seen);
    }

    [Fact]
    public async Task NullableNumberInputReadsTypedNumbersAsThePlainFormDoes()
    {
        int? seen = null;
        using var app = AppTest.FromFunction(ui => seen = ui.NumberInput<int>("Count", null, min: 0, max: 10));
        await app.RunAsync();

        await app.NumberInput("Count").SetValue(4).RunAsync();

        Assert.Equal(4, seen);
        Assert.Equal(4.0, app.NumberInput("Count").Value);
    }

    [Fact]
    public async Task PlainNumberInputIsNotClearable()
    {
        using var app = AppTest.FromFunction(ui => ui.NumberInput("Rate", 3.5));

        await app.RunAsync();

        Assert.False(app.NumberInput("Rate").Element.Clearable);
        Assert.Equal(3.5, app.NumberInput("Rate").Value);
    }

    [Fact]
    public async Task TextInputWithoutAValueReturnsNullUntilTypedAndNullAgainWhenEmptied()
    {
        var seen = new List<string?>();
        using var app = AppTest.FromFunction(ui => seen.Add(ui.TextInput("Name", value: null, placeholder: "Ada")));
        await app.RunAsync();

        await app.TextInput("Name").SetValue("Grace").RunAsync();
        await app.TextInput("Name").SetValue("").RunAsync();

        Assert.Equal([null, "Grace", null], seen);
        Assert.Equal("Ada", app.TextInput("Name").Element.Placeholder);
    }

    [Fact]
    public async Task TextAreaWithoutAValueReturnsNullUntilTyped()
    {
        var seen = new List<string?>();
        using var app = AppTest.FromFunction(ui => seen.Add(ui.TextArea("Notes", value: null, maxChars: 5)));
        await app.RunAsync();

        await app.TextArea("Notes").SetValue("abcde").RunAsync();

        Assert.Equal([null, "abcde"], seen);
    }

    [Fact]
    public async Task PlainTextInputStillReturnsTheEmptyString()
    {
        string? seen = null;
        using var app = AppTest.FromFunction(ui => seen = ui.TextInput("Name"));

        await app.RunAsync();

        Assert.Equal("", seen);
    }

    [Fact]
    public async Task DateAndTimeInputsWithoutAValueReturnNullUntilChosenAndCanBeCleared()
    {
        var dates = new List<DateOnly?>();
        var times = new List<TimeOnly?>();
        using var app = AppTest.FromFunction(ui =>
        {
            dates.Add(ui.DateInput("Due", value: null));
            times.Add(ui.TimeInput("At", value: null));
        });
        await app.RunAsync();

        app.SetWidgetValue(app.DateInput("Due").Element.WidgetId, new DateOnly(2026, 12, 24));
        app.SetWidgetValue(app.TimeInput("At").Element.WidgetId, new TimeOnly(9, 30));
        await app.RunAsync();
        app.SetWidgetValue(app.DateInput("Due").Element.WidgetId, null);
        app.SetWidgetValue(app.TimeInput("At").Element.WidgetId, null);
        await app.RunAsync();

        Assert.Equal([null, new DateOnly(2026, 12, 24), null], dates);
        Assert.Equal([null, new TimeOnly(9, 30), null], times);
        Assert.True(app.DateInput("Due").Element.Clearable);
    }
}

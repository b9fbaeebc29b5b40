using DataApps.Testing;

namespace DataApps.Core.Tests.Widgets;

public sealed class SelectSliderTests
{
    private sealed record Grade(string Name, int Points);

    private static readonly Grade[] Grades = [new("C", 1), new("B", 2), new("A", 3)];

    private static readonly string[] Sizes = ["XS", "S", "M", "L", "XL"];

    [Fact]
    public async Task SelectSliderStartsAtItsIndexAndReturnsTheChosenOptionItself()
    {
        Grade? seen = null;
        using var app = AppTest.FromFunction(ui => seen = ui.SelectSlider("Grade", Grades, index: 1, format: g => g.Name));
        await app.RunAsync();
        Assert.Same(Grades[1], seen);

        await app.SelectSlider("Grade").SetValue("A").RunAsync();

        Assert.Same(Grades[2], seen);
        Assert.Equal(["C", "B", "A"], app.SelectSlider("Grade").Options);
        Assert.Equal("A", app.SelectSlider("Grade").Value);
        Assert.Null(app.SelectSlider("Grade").Element.EndIndex);
    }

    [Fact]
    public async Task SelectSliderStartsAtTheFirstOptionByDefault()
    {
        using var app = AppTest.FromFunction(ui => ui.Text(ui.SelectSlider("Size", Sizes)));

        await app.RunAsync();

        Assert.Equal("XS", app.Get<TextElement>()[0].Text);
    }

    [Fact]
    public async Task ATupleValueMakesARangeThatReturnsBothEndsInSliderOrder()
    {
        (string Low, string High) seen = default;
        using var app = AppTest.FromFunction(ui => seen = ui.SelectSlider("Sizes", Sizes, ("L", "S")));
        await app.RunAsync();
        Assert.Equal(("S", "L"), seen);
        Assert.Equal(("S", "L"), app.SelectSlider("Sizes").Range);

        await app.SelectSlider("Sizes").SetValue("XL", "M").RunAsync();

        Assert.Equal(("M", "XL"), seen);
        Assert.Equal(2, app.SelectSlider("Sizes").Element.Index);
        Assert.Equal(4, app.SelectSlider("Sizes").Element.EndIndex);
    }

    [Fact]
    public async Task ARangeEndThatIsNotAnOptionFailsTheRunWithAClearMessage()
    {
        using var app = AppTest.FromFunction(ui => ui.SelectSlider("Sizes", Sizes, ("S", "XXL")));

        await app.RunAsync();

        var error = Assert.IsType<ArgumentException>(app.Exception);
        Assert.Contains("'XXL' of 'Sizes' is not one of its options", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NoOptionsFailTheRun()
    {
        using var app = AppTest.FromFunction(ui => ui.SelectSlider("Empty", Array.Empty<string>()));

        await app.RunAsync();

        Assert.Contains("needs at least one option", Assert.IsType<ArgumentException>(app.Exception).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnIndexOutsideTheOptionsIsIgnored()
    {
        using var app = AppTest.FromFunction(ui => ui.SelectSlider("Size", Sizes, index: 2));
        await app.RunAsync();

        app.SetWidgetValue(app.SelectSlider("Size").Element.WidgetId, 9);
        await app.RunAsync();

        Assert.Equal("M", app.SelectSlider("Size").Value);
        Assert.Null(app.Exception);
    }

    [Fact]
    public async Task ARangeNeedsTwoIndices()
    {
        using var app = AppTest.FromFunction(ui => ui.SelectSlider("Sizes", Sizes, ("S", "L")));
        await app.RunAsync();

        app.SetWidgetValue(app.SelectSlider("Sizes").Element.WidgetId, new[] { 1 });
        await app.RunAsync();

        Assert.Equal(("S", "L"), app.SelectSlider("Sizes").Range);
        Assert.Throws<InvalidOperationException>(() => app.SelectSlider("Sizes").SetValue("M"));
    }

    [Fact]
    public async Task AKeyedSelectSliderIsReadAndMovedThroughState()
    {
        using var app = AppTest.FromFunction(ui => ui.Text(ui.SelectSlider("Size", Sizes, key: "size")));
        await app.RunAsync();
        Assert.Equal("XS", app.State["size"]);

        app.State["size"] = "XL";
        await app.RunAsync();

        Assert.Equal("XL", app.Get<TextElement>()[0].Text);
        Assert.Equal("XL", app.SelectSlider("size").Value);
    }

    [Fact]
    public async Task OnChangeRunsBeforeTheRunThatSeesTheNewValue()
    {
        var log = new List<string>();
        using var app = AppTest.FromFunction(ui => log.Add("run " + ui.SelectSlider("Size", Sizes, onChange: () => log.Add("changed"))));
        await app.RunAsync();

        await app.SelectSlider("Size").SetValue("M").RunAsync();
        await app.SelectSlider("Size").SetValue("M").RunAsync();

        Assert.Equal(["run XS", "changed", "run M", "run M"], log);
    }
}

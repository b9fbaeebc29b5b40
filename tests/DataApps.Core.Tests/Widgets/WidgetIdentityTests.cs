using DataApps.Core.Tests.Support;
using DataApps.Testing;

namespace DataApps.Core.Tests.Widgets;

public sealed class WidgetIdentityTests
{
    [Fact]
    public async Task IdentityDoesNotDependOnTheSourceLine()
    {
        using var first = AppTest.FromFunction(ui => ui.Slider("n", 0, 10));
        using var second = AppTest.FromFunction(ui =>
        {
            ui.Text("a line before the same call");

            ui.Slider("n", 0, 10);
        });

        await first.RunAsync();
        await second.RunAsync();

        Assert.Equal(first.Slider("n").Element.WidgetId, second.Slider("n").Element.WidgetId);
    }

    [Fact]
    public async Task SameCallFromTwoLinesIsTheSameWidget()
    {
        using var app = AppTest.FromFunction(ui =>
        {
            ui.Checkbox("Show");
            ui.Checkbox("Show");
        });

        await app.RunAsync();

        Assert.Single(app.Get<CheckboxElement>());
        Assert.Single(app.Get<ErrorElement>());
    }

    [Fact]
    public async Task IdentityIsTheSameInEverySession()
    {
        static void Page(Ui ui) => ui.SelectBox("Species", ["Adelie", "Gentoo"], help: "pick one");
        using var first = AppTest.FromFunction(Page);
        using var second = AppTest.FromFunction(Page);

        await first.RunAsync();
        await second.RunAsync();

        Assert.Equal(first.SelectBox("Species").Element.WidgetId, second.SelectBox("Species").Element.WidgetId);
    }

    [Fact]
    public async Task KeyMakesTheIdentityTheKeyAloneSoTheWidgetKeepsItsValueWhenItsLabelChanges()
    {
        using var app = AppTest.FromFunction(ui =>
        {
            var label = ui.State.GetOrAdd("label", "Count");
            ui.Slider(label, 0, 10, key: "count");
        });
        await app.RunAsync();
        var before = app.Slider("count").Element.WidgetId;
        await app.Slider("count").SetValue(6).RunAsync();

        app.State["label"] = "How many";
        await app.RunAsync();

        Assert.Equal("How many", app.Slider("count").Label);
        Assert.Equal(before, app.Slider("count").Element.WidgetId);
        Assert.Equal(6, app.Slider("count").Value);
    }

    [Fact]
    public async Task ChangingTheLabelMakesANewWidgetThatStartsFromItsDefault()
    {
        using var app = AppTest.FromFunction(ui => ui.Slider(ui.State.GetOrAdd("label", "Count"), 0, 10, value: 1));
        await app.RunAsync();
        await app.Slider("Count").SetValue(6).RunAsync();

        app.State["label"] = "How many";
        await app.RunAsync();

        Assert.Equal(1, app.Slider("How many").Value);
    }

    public static TheoryData<string, Action<Ui>, Action<Ui>> ValueSpaceChanges => new()
    {
        { "slider min", ui => ui.Slider("x", 0, 10), ui => ui.Slider("x", 1, 10) },
        { "slider max", ui => ui.Slider("x", 0, 10), ui => ui.Slider("x", 0, 11) },
        { "slider step", ui => ui.Slider("x", 0.0, 1.0), ui => ui.Slider("x", 0.0, 1.0, step: 0.1) },
        { "slider default", ui => ui.Slider("x", 0, 10, value: 2), ui => ui.Slider("x", 0, 10, value: 3) },
        { "range", ui => ui.RangeSlider("x", 0, 10), ui => ui.RangeSlider("x", 0, 10, value: (2, 8)) },
        { "options", ui => ui.SelectBox("x", ["a", "b"]), ui => ui.SelectBox("x", ["a", "c"]) },
        { "radio index", ui => ui.Radio("x", ["a", "b"]), ui => ui.Radio("x", ["a", "b"], index: 1) },
        { "multi defaults", ui => ui.MultiSelect("x", ["a", "b"]), ui => ui.MultiSelect("x", ["a", "b"], defaults: ["b"]) },
        { "text default", ui => ui.TextInput("x"), ui => ui.TextInput("x", "hello") },
        { "text max chars", ui => ui.TextArea("x"), ui => ui.TextArea("x", maxChars: 5) },
        { "number bounds", ui => ui.NumberInput("x", 0), ui => ui.NumberInput("x", 0, max: 9) },
        { "checkbox default", ui => ui.Checkbox("x"), ui => ui.Checkbox("x", value: true) },
        { "label", ui => ui.Checkbox("x"), ui => ui.Checkbox("y") },
    };

    [Theory]
    [MemberData(nameof(ValueSpaceChanges))]
    public async Task ChangingAParameterOfTheValueSpaceChangesTheIdentity(string change, Action<Ui> before, Action<Ui> after)
    {
        using var a = AppTest.FromFunction(before);
        using var b = AppTest.FromFunction(after);

        await a.RunAsync();
        await b.RunAsync();

        Assert.True(
            a.Get<WidgetElement>().Single().WidgetId != b.Get<WidgetElement>().Single().WidgetId,
            $"Changing the {change} kept the identity.");
    }

    [Fact]
    public async Task HelpDisabledAndPlaceholderAreNotPartOfTheIdentity()
    {
        using var a = AppTest.FromFunction(ui => ui.TextInput("x"));
        using var b = AppTest.FromFunction(ui => ui.TextInput("x", placeholder: "type here", help: "a tooltip", disabled: true));

        await a.RunAsync();
        await b.RunAsync();

        Assert.Equal(a.TextInput("x").Element.WidgetId, b.TextInput("x").Element.WidgetId);
    }

    [Fact]
    public async Task TheSameLabelOnTwoKindsOfWidgetIsTwoWidgets()
    {
        using var app = AppTest.FromFunction(ui =>
        {
            ui.Checkbox("Live");
            ui.Toggle("Live");
        });

        await app.RunAsync();

        Assert.Empty(app.Get<ErrorElement>());
        Assert.NotEqual(app.Checkbox("Live").Element.WidgetId, app.Toggle("Live").Element.WidgetId);
    }

    [Fact]
    public async Task ThePageIsPartOfTheIdentityOfUnkeyedWidgetsButNotOfKeyedOnes()
    {
        using var session = Some.InlineSession();
        var page = new ScriptPage(ui =>
        {
            ui.Slider("n", 0, 10);
            ui.Slider("k", 0, 10, key: "k");
        });

        await session.NavigateAsync(page, "/a");
        var onA = session.Tree;
        await session.NavigateAsync(page, "/b");
        var onB = session.Tree;

        Assert.NotEqual(Some.Widget<SliderElement>(onA, "n").WidgetId, Some.Widget<SliderElement>(onB, "n").WidgetId);
        Assert.Equal(Some.Widget<SliderElement>(onA, "k").WidgetId, Some.Widget<SliderElement>(onB, "k").WidgetId);
    }

    [Fact]
    public async Task DuplicateIdentityRendersAnErrorThatNamesTheWidgetAndSuggestsAKey()
    {
        using var app = AppTest.FromFunction(ui =>
        {
            ui.Slider("Year", 2015, 2024);
            ui.Slider("Year", 2015, 2024);
            ui.Text("the rest of the page");
        });

        await app.RunAsync();

        var error = Assert.Single(app.Get<ErrorElement>()).Body;
        Assert.Contains("slider", error, StringComparison.Ordinal);
        Assert.Contains("'Year'", error, StringComparison.Ordinal);
        Assert.Contains("key:", error, StringComparison.Ordinal);
        Assert.Contains("ui.Slider(\"Year\"", error, StringComparison.Ordinal);
        Assert.Equal(["the rest of the page"], app.Get<TextElement>().Select(t => t.Text));
        Assert.Single(app.Get<SliderElement>());
        Assert.Null(app.Exception);
    }

    [Fact]
    public async Task DuplicateWidgetReturnsItsDefaultAndLeavesTheFirstOneAlone()
    {
        var seconds = new List<int>();
        using var app = AppTest.FromFunction(ui =>
        {
            ui.Slider("n", 0, 10, value: 2);
            seconds.Add(ui.Slider("n", 0, 10, value: 2));
        });
        await app.RunAsync();

        await app.Slider("n").SetValue(9).RunAsync();

        Assert.Equal([2, 2], seconds);
        Assert.Equal(9, app.Slider("n").Value);
    }

    [Fact]
    public async Task DuplicateKeyRendersAnErrorThatSuggestsAUniqueKey()
    {
        using var app = AppTest.FromFunction(ui =>
        {
            ui.Slider("Min", 0, 10, key: "bound");
            ui.Checkbox("Inclusive", key: "bound");
            ui.Text("the rest of the page");
        });

        await app.RunAsync();

        var error = Assert.Single(app.Get<ErrorElement>()).Body;
        Assert.Contains("`bound`", error, StringComparison.Ordinal);
        Assert.Contains("checkbox 'Inclusive'", error, StringComparison.Ordinal);
        Assert.Contains("unique `key:`", error, StringComparison.Ordinal);
        Assert.Empty(app.Get<CheckboxElement>());
        Assert.Equal(["the rest of the page"], app.Get<TextElement>().Select(t => t.Text));
    }

    [Fact]
    public async Task DistinctKeysSeparateWidgetsThatWouldOtherwiseCollide()
    {
        using var app = AppTest.FromFunction(ui =>
        {
            ui.Checkbox("Show", key: "show-1");
            ui.Checkbox("Show", key: "show-2");
        });
        await app.RunAsync();

        await app.Checkbox("show-2").SetValue(true).RunAsync();

        Assert.Empty(app.Get<ErrorElement>());
        Assert.False(app.Checkbox("show-1").Value);
        Assert.True(app.Checkbox("show-2").Value);
    }

    [Fact]
    public async Task EmptyKeyFailsTheRunWithAClearMessage()
    {
        using var app = AppTest.FromFunction(ui => ui.Checkbox("Show", key: ""));

        await app.RunAsync();

        var error = Assert.IsType<ArgumentException>(app.Exception);
        Assert.Contains("key of checkbox 'Show' is empty", error.Message, StringComparison.Ordinal);
    }
}

using DataApps.Core.Tests.Support;
using DataApps.Testing;

namespace DataApps.Core.Tests.State;

public sealed class SessionStateTests
{
    [Fact]
    public void GetReturnsTheTypedValueOrTheDefaultWhenThereIsNone()
    {
        using var session = Some.InlineSession();
        var state = session.State;
        state["rows"] = 42;

        Assert.Equal(42, state.Get<int>("rows"));
        Assert.Equal(0, state.Get<int>("missing"));
        Assert.Equal(-1, state.Get("missing", -1));
        Assert.Null(state.Get<string>("missing"));
    }

    [Fact]
    public void GetOrAddStoresTheInitialValueOnlyTheFirstTime()
    {
        using var session = Some.InlineSession();
        var state = session.State;

        var first = state.GetOrAdd("count", 1);
        var second = state.GetOrAdd("count", 5);

        Assert.Equal(1, first);
        Assert.Equal(1, second);
        Assert.Equal(1, state["count"]);
    }

    [Fact]
    public void GetOrAddCallsTheFactoryOnlyWhenTheKeyIsNew()
    {
        using var session = Some.InlineSession();
        var state = session.State;
        var calls = 0;

        var first = state.GetOrAdd("model", () => $"model {++calls}");
        var second = state.GetOrAdd("model", () => $"model {++calls}");

        Assert.Equal("model 1", first);
        Assert.Equal("model 1", second);
        Assert.Equal(1, calls);
    }

    [Fact]
    public void ReadingAValueAsTheWrongTypeThrowsAnInvalidCastExceptionThatSaysWhatIsStored()
    {
        using var session = Some.InlineSession();
        session.State["count"] = "three";

        var get = Assert.Throws<InvalidCastException>(() => session.State.Get<int>("count"));
        var getOrAdd = Assert.Throws<InvalidCastException>(() => session.State.GetOrAdd("count", 0));

        Assert.Equal("ui.State[\"count\"] holds a string, not int.", get.Message);
        Assert.Equal(get.Message, getOrAdd.Message);
    }

    [Fact]
    public void NullReadsAsNullForReferenceTypesAndIsAWrongTypeForValueTypes()
    {
        using var session = Some.InlineSession();
        session.State["name"] = null;

        Assert.Null(session.State.Get<string>("name"));
        Assert.Contains("holds null", Assert.Throws<InvalidCastException>(() => session.State.Get<int>("name")).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadingAMissingKeyThroughTheIndexerSaysHowToReadItSafely()
    {
        using var session = Some.InlineSession();

        var error = Assert.Throws<KeyNotFoundException>(() => session.State["nope"]);

        Assert.Contains("GetOrAdd(\"nope\"", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddRefusesAKeyThatIsAlreadyThere()
    {
        using var session = Some.InlineSession();
        session.State.Add("a", 1);

        Assert.Throws<ArgumentException>(() => session.State.Add("a", 2));
        Assert.Equal(1, session.State["a"]);
    }

    [Fact]
    public async Task ValuesLiveAcrossRuns()
    {
        using var app = AppTest.FromFunction(ui =>
        {
            var count = ui.State.GetOrAdd("count", 0);
            if (ui.Button("+1"))
            {
                ui.State["count"] = ++count;
            }

            ui.Text($"count={count}");
        });
        await app.RunAsync();

        await app.Button("+1").Click().RunAsync();
        await app.Button("+1").Click().RunAsync();
        await app.RunAsync();

        Assert.Equal(["count=2"], app.Get<TextElement>().Select(t => t.Text));
    }

    [Fact]
    public async Task KeyedWidgetIsReadableThroughState()
    {
        using var app = AppTest.FromFunction(ui => ui.SelectBox("Species", ["Adelie", "Gentoo"], key: "species"));
        await app.RunAsync();

        await app.SelectBox("Species").SetValue("Gentoo").RunAsync();

        Assert.Equal("Gentoo", app.State["species"]);
        Assert.Equal("Gentoo", app.State.Get<string>("species"));
        Assert.True(app.State.ContainsKey("species"));
        Assert.Contains(new KeyValuePair<string, object?>("species", "Gentoo"), app.State);
    }

    [Fact]
    public async Task SettingAKeyedWidgetThroughStateMovesTheWidget()
    {
        using var app = AppTest.FromFunction(ui =>
        {
            if (ui.Button("Reset", onChange: () => ui.State["n"] = 0))
            {
                ui.Text("reset");
            }

            var n = ui.Slider("n", 0, 10, value: 5, key: "n");
            ui.Text($"n={n}");
        });
        await app.RunAsync();
        await app.Slider("n").SetValue(8).RunAsync();

        await app.Button("Reset").Click().RunAsync();

        Assert.Equal(0, app.Slider("n").Value);
        Assert.Equal(["reset", "n=0"], app.Get<TextElement>().Select(t => t.Text));
    }

    [Fact]
    public async Task SettingAKeyBeforeTheWidgetExistsMovesTheNewWidget()
    {
        using var app = AppTest.FromFunction(ui =>
        {
            if (ui.Checkbox("Advanced"))
            {
                ui.Slider("Depth", 1, 10, key: "depth");
            }
        });
        await app.RunAsync();

        app.State["depth"] = 7;
        await app.Checkbox("Advanced").SetValue(true).RunAsync();

        Assert.Equal(7, app.Slider("depth").Value);
        Assert.Equal(7, app.State["depth"]);
    }

    [Fact]
    public async Task SettingAKeyBeforeTheWidgetExistsWithAValueOutOfRangeStartsTheWidgetAtItsDefaultAndSaysWhy()
    {
        using var app = AppTest.FromFunction(ui => ui.Slider("Depth", 1, 10, value: 3, key: "depth"));
        app.State["depth"] = 70;

        await app.RunAsync();

        Assert.Equal(3, app.Slider("depth").Value);
        Assert.Equal(
            "ui.State[\"depth\"] was given a value its widget does not take. The slider 'Depth' refuses 70: it is outside its range [1, 10]; the widget was reset to its default.",
            Assert.Single(app.Get<ErrorElement>()).Body);
    }

    [Fact]
    public async Task SettingAWrongTypeForAWidgetKeyRendersAnErrorAndResetsTheWidget()
    {
        using var app = AppTest.FromFunction(ui => ui.Slider("Depth", 1, 10, value: 3, key: "depth"));
        await app.RunAsync();
        await app.Slider("depth").SetValue(8).RunAsync();

        app.State["depth"] = "deep";
        await app.RunAsync();

        var error = Assert.Single(app.Get<ErrorElement>()).Body;
        Assert.Contains("slider 'Depth' needs a value of type int", error, StringComparison.Ordinal);
        Assert.Contains("a string", error, StringComparison.Ordinal);
        Assert.Contains("ui.State[\"depth\"]", error, StringComparison.Ordinal);
        Assert.Equal(3, app.Slider("depth").Value);
        Assert.Equal(3, app.State["depth"]);
        Assert.Null(app.Exception);
    }

    [Fact]
    public async Task SettingAWrongTypeBeforeTheWidgetExistsRendersAnErrorAndStartsAtTheDefault()
    {
        using var app = AppTest.FromFunction(ui => ui.Checkbox("On", value: true, key: "on"));
        app.State["on"] = "yes";

        await app.RunAsync();

        Assert.Contains("checkbox 'On' needs a value of type bool", Assert.Single(app.Get<ErrorElement>()).Body, StringComparison.Ordinal);
        Assert.True(app.Checkbox("on").Value);
    }

    [Fact]
    public async Task RemovingAWidgetKeyResetsTheWidgetToItsDefault()
    {
        using var app = AppTest.FromFunction(ui => ui.TextInput("Name", "Ada", key: "name"));
        await app.RunAsync();
        await app.TextInput("name").SetValue("Grace").RunAsync();

        var removed = app.State.Remove("name");
        await app.RunAsync();

        Assert.True(removed);
        Assert.Equal("Ada", app.TextInput("name").Value);
    }

    [Fact]
    public async Task ClearRemovesEveryValueAndResetsEveryKeyedWidget()
    {
        using var app = AppTest.FromFunction(ui =>
        {
            ui.TextInput("Name", "Ada", key: "name");
            ui.Checkbox("On", key: "on");
        });
        await app.RunAsync();
        app.State["count"] = 3;
        app.TextInput("name").SetValue("Grace");
        await app.Checkbox("on").SetValue(true).RunAsync();

        app.State.Clear();
        Assert.Empty(app.State);
        await app.RunAsync();

        Assert.False(app.State.ContainsKey("count"));
        Assert.Equal("Ada", app.TextInput("name").Value);
        Assert.False(app.Checkbox("on").Value);
    }

    [Fact]
    public async Task ButtonValueIsReadableThroughItsKeyOnlyInTheRunOfTheClick()
    {
        var seen = new List<object?>();
        using var app = AppTest.FromFunction(ui =>
        {
            ui.Button("Go", key: "go");
            seen.Add(ui.State["go"]);
        });
        await app.RunAsync();

        await app.Button("go").Click().RunAsync();
        await app.RunAsync();

        Assert.Equal([false, true, false], seen);
    }
}

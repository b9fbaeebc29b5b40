using DataApps.Testing;

namespace DataApps.Core.Tests.Widgets;

public sealed class PillsAndSegmentedControlTests
{
    private sealed record Tag(string Name, string Emoji);

    private static readonly Tag[] Tags = [new("Bug", "🐞"), new("Docs", "📄"), new("Speed", "⚡")];

    [Fact]
    public async Task PillsStartWithNoneAndReturnTheClickedOptionItself()
    {
        var seen = new List<Tag?>();
        using var app = AppTest.FromFunction(ui => seen.Add(ui.Pills("Tag", Tags, format: t => $"{t.Emoji} {t.Name}")));
        await app.RunAsync();

        await app.Pills("Tag").Click("📄 Docs").RunAsync();

        Assert.Equal([null, Tags[1]], seen);
        Assert.Equal(["📄 Docs"], app.Pills("Tag").Value);
        Assert.False(app.Pills("Tag").Multi);
    }

    [Fact]
    public async Task ClickingTheChosenPillTakesItBack()
    {
        var seen = new List<string?>();
        using var app = AppTest.FromFunction(ui => seen.Add(ui.Pills("Mood", ["Calm", "Busy"], index: 0)));
        await app.RunAsync();

        await app.Pills("Mood").Click("Calm").RunAsync();

        Assert.Equal(["Calm", null], seen);
        Assert.Empty(app.Pills("Mood").Value);
    }

    [Fact]
    public async Task MultiPillsReturnTheChosenOptionsInOptionOrder()
    {
        IReadOnlyList<string> seen = [];
        using var app = AppTest.FromFunction(ui => seen = ui.MultiPills("Tags", ["bug", "docs", "perf"], defaults: ["perf"]));
        await app.RunAsync();
        Assert.Equal(["perf"], seen);

        await app.Pills("Tags").Click("bug").RunAsync();
        Assert.Equal(["bug", "perf"], seen);
        await app.Pills("Tags").Click("perf").RunAsync();

        Assert.Equal(["bug"], seen);
        Assert.True(app.Pills("Tags").Multi);
    }

    [Fact]
    public async Task IndicesFromTheWireAreSortedAndDeduplicated()
    {
        IReadOnlyList<string> seen = [];
        using var app = AppTest.FromFunction(ui => seen = ui.MultiSegmentedControl("Days", ["Mon", "Tue", "Wed"]));
        await app.RunAsync();

        app.SetWidgetValue(app.SegmentedControl("Days").Element.WidgetId, new[] { 2, 0, 2 });
        await app.RunAsync();

        Assert.Equal(["Mon", "Wed"], seen);
        Assert.Equal([0, 2], app.SegmentedControl("Days").Element.Indices);
    }

    [Fact]
    public async Task SegmentedControlIsItsOwnElementAndReturnsTheChosenOption()
    {
        var seen = new List<string?>();
        using var app = AppTest.FromFunction(ui => seen.Add(ui.SegmentedControl("View", ["Table", "Chart"], index: 0)));
        await app.RunAsync();

        await app.SegmentedControl("View").SetValue("Chart").RunAsync();
        await app.SegmentedControl("View").SetValue().RunAsync();

        Assert.Equal(["Table", "Chart", null], seen);
        Assert.Single(app.Get<SegmentedControlElement>());
        Assert.Empty(app.Get<PillsElement>());
    }

    [Fact]
    public async Task ADefaultThatIsNotAnOptionFailsTheRun()
    {
        using var app = AppTest.FromFunction(ui => ui.MultiPills("Tags", ["bug", "docs"], defaults: ["nope"]));

        await app.RunAsync();

        Assert.Contains("'nope' of 'Tags' is not one of its options", Assert.IsType<ArgumentException>(app.Exception).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnIndexThatIsNotAnOptionIsIgnoredAndSeveralForASingleChoiceAreRefused()
    {
        using var app = AppTest.FromFunction(ui => ui.Pills("Mood", ["Calm", "Busy"], index: 1));
        await app.RunAsync();

        app.SetWidgetValue(app.Pills("Mood").Element.WidgetId, 5);
        await app.RunAsync();

        Assert.Equal(["Busy"], app.Pills("Mood").Value);
        Assert.Throws<ArgumentException>(() => app.Pills("Mood").SetValue("Calm", "Busy"));
        Assert.Throws<ArgumentException>(() => app.Pills("Mood").SetValue("Stormy"));
    }

    [Fact]
    public async Task KeyedPillsAreReadAndMovedThroughState()
    {
        using var app = AppTest.FromFunction(ui => ui.Text(ui.MultiPills("Tags", ["bug", "docs", "perf"], key: "tags").Count.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        await app.RunAsync();

        app.State["tags"] = new[] { "docs", "perf" };
        await app.RunAsync();

        Assert.Equal("2", app.Get<TextElement>()[0].Text);
        Assert.Equal(["docs", "perf"], app.Pills("tags").Value);
    }

    [Fact]
    public async Task OnChangeRunsWhenTheChoiceChanges()
    {
        var changes = 0;
        using var app = AppTest.FromFunction(ui => ui.SegmentedControl("View", ["Table", "Chart"], onChange: () => changes++));
        await app.RunAsync();

        await app.SegmentedControl("View").Click("Chart").RunAsync();
        await app.SegmentedControl("View").SetValue("Chart").RunAsync();

        Assert.Equal(1, changes);
    }

    [Fact]
    public async Task OptionsLoadedAgainAsNewObjectsKeepTheChoice()
    {
        // A class, not a record: each run's options are new objects, equal to the last run's only by what they show.
        var seen = new List<Loaded?>();
        using var app = AppTest.FromFunction(ui => seen.Add(ui.Pills("Tag", new[] { new Loaded("Bug"), new Loaded("Docs") }, format: t => t.Name)));
        await app.RunAsync();

        await app.Pills("Tag").Click("Docs").RunAsync();
        await app.RunAsync();

        Assert.Equal("Docs", seen[^1]?.Name);
        Assert.Equal(["Docs"], app.Pills("Tag").Value);
    }

    private sealed class Loaded(string name)
    {
        public string Name { get; } = name;
    }
}

namespace DataApps.Testing.Tests;

public sealed class LookupTests
{
    [Fact]
    public async Task WidgetIsFoundByItsLabelOrByItsKey()
    {
        using var app = AppTest.FromFunction(ui => ui.Slider("Number of bins", 1, 100, key: "bins"));
        await app.RunAsync();

        Assert.Same(app.Slider("Number of bins").Element, app.Slider("bins").Element);
    }

    [Fact]
    public async Task KeyWinsOverALabelWithTheSameText()
    {
        using var app = AppTest.FromFunction(ui =>
        {
            ui.Checkbox("first", key: "second");
            ui.Checkbox("second");
        });
        await app.RunAsync();

        Assert.Equal("first", app.Checkbox("second").Label);
    }

    [Fact]
    public async Task WidgetsWithTheSameLabelAreFoundByTheirKeys()
    {
        using var app = AppTest.FromFunction(ui =>
        {
            ui.Slider("Threshold", 0, 10, key: "low");
            ui.Slider("Threshold", 0, 10, key: "high");
        });
        await app.RunAsync();

        await app.Slider("high").SetValue(8).RunAsync();

        Assert.Equal(0, app.Slider("low").Value);
        Assert.Equal(8, app.Slider("high").Value);
    }

    [Fact]
    public async Task AmbiguousLabelSaysToUseTheKey()
    {
        using var app = AppTest.FromFunction(ui =>
        {
            ui.Slider("Threshold", 0, 10, key: "low");
            ui.Slider("Threshold", 0, 10, key: "high");
        });
        await app.RunAsync();

        var error = Assert.Throws<InvalidOperationException>(() => app.Slider("Threshold"));

        Assert.Equal("2 Slider widgets are labelled 'Threshold'; find one by its key instead.", error.Message);
    }

    [Fact]
    public async Task MissingWidgetListsTheWidgetsOfThatKindThatExist()
    {
        using var app = AppTest.FromFunction(ui =>
        {
            ui.Slider("alpha", 0, 10);
            ui.Slider("beta", 0, 10);
            ui.Checkbox("gamma");
        });
        await app.RunAsync();

        var error = Assert.Throws<InvalidOperationException>(() => app.Slider("gamma"));

        Assert.Equal("No Slider labelled or keyed 'gamma' in the last run. Found: 'alpha', 'beta'.", error.Message);
    }

    [Fact]
    public async Task MissingWidgetSaysWhenThereAreNoneOfThatKind()
    {
        using var app = AppTest.FromFunction(ui => ui.Text("no widgets"));
        await app.RunAsync();

        var error = Assert.Throws<InvalidOperationException>(() => app.Button("Go"));

        Assert.Equal("No Button labelled or keyed 'Go' in the last run. Found: none.", error.Message);
    }

    [Fact]
    public async Task WidgetsInContainersAndTheSidebarAreFound()
    {
        using var app = AppTest.FromFunction(ui =>
        {
            ui.Sidebar.Checkbox("in the sidebar");
            ui.Tabs("a", "b")[1].Expander("x", e => e.Checkbox("deep inside"));
        });
        await app.RunAsync();

        Assert.False(app.Checkbox("in the sidebar").Value);
        Assert.False(app.Checkbox("deep inside").Value);
    }

    [Fact]
    public async Task FindReturnsAnyWidgetElementForCustomWidgets()
    {
        using var app = AppTest.FromFunction(ui => ui.Toggle("Live", key: "live"));
        await app.RunAsync();

        Assert.Equal("Live", app.Find<ToggleElement>("live").Label);
        Assert.Equal("Live", app.Find<WidgetElement>("Live").Label);
    }
}

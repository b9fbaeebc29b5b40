using Microsoft.Data.Analysis;

namespace DataApps.Testing.Tests;

/// <summary>Read-only elements are found by index, by label, or all of a kind, as Streamlit's <c>at.metric[0].value</c>.</summary>
public sealed class ElementFinderTests
{
    private sealed record Penguin(string Species, int Mass);

    private static AppTest Report() => AppTest.FromFunction(ui =>
    {
        ui.Title("Penguins");
        ui.Header("Summary");
        ui.Subheader("By island");
        ui.Caption("Source: Palmer Station");
        ui.Markdown("**344** penguins");
        ui.Text("first");
        ui.Sidebar.Text("in the sidebar");
        ui.Metric("Penguins", 344, delta: 12);
        ui.Metric("Islands", 3);
        ui.Progress(0.5, "Loading");
        ui.Code("SELECT * FROM penguins", "sql");
        ui.Json(new { species = "Adelie" });
        ui.Success("Saved.");
        ui.Info("Upload a file.");
        ui.Warning("No rows match.");
        ui.Error("Something is off.");
        ui.Table([new Penguin("Adelie", 3750), new Penguin("Gentoo", 5000)]);
    });

    [Fact]
    public async Task TextsAlertsAndHeadingsAreFoundByIndexAndAllOfAKind()
    {
        using var app = Report();
        await app.RunAsync();

        Assert.Equal("Penguins", app.Title());
        Assert.Equal("Summary", app.Header());
        Assert.Equal("By island", app.Subheader());
        Assert.Equal("Source: Palmer Station", app.Caption());
        Assert.Equal("**344** penguins", app.Markdown());
        Assert.Equal(["first", "in the sidebar"], app.Texts); // main area, then sidebar
        Assert.Equal("in the sidebar", app.Text(1));
        Assert.Equal("SELECT * FROM penguins", app.Code());
        Assert.Contains("Adelie", app.Json(), StringComparison.Ordinal);
        Assert.Equal("Saved.", app.Success());
        Assert.Equal("Upload a file.", app.Info());
        Assert.Equal("No rows match.", app.Warning());
        Assert.Equal("Something is off.", app.Error());
        Assert.Empty(app.Exceptions);
    }

    [Fact]
    public async Task AMetricIsFoundByItsLabelOrIndexWithItsValueAndDelta()
    {
        using var app = Report();
        await app.RunAsync();

        Assert.Equal("344", app.Metric("Penguins").Value);
        Assert.Equal("+12", app.Metric("Penguins").Delta);
        Assert.Equal("3", app.Metric(1).Value);
        Assert.Null(app.Metric("Islands").Delta);
        Assert.Equal(["Penguins", "Islands"], app.Metrics.Select(m => m.Label));
    }

    [Fact]
    public async Task AProgressBarIsFoundByItsTextOrIndex()
    {
        using var app = Report();
        await app.RunAsync();

        Assert.Equal(0.5, app.Progress("Loading").Value);
        Assert.Same(app.Progress("Loading"), app.Progress());
        Assert.Single(app.ProgressBars);
    }

    [Fact]
    public async Task ATableGivesItsRowsAsTextRecordsAndAFrame()
    {
        using var app = Report();
        await app.RunAsync();

        var table = app.Table();
        Assert.Equal(2, table.RowCount);
        Assert.Equal("Adelie", table.Rows[0][0]);
        Assert.Equal("Gentoo", table.Records[1][table.Headers[0]]);
        DataFrame frame = table.ToDataFrame();
        Assert.Equal(2, frame.Rows.Count);
        Assert.Equal(table.Headers, frame.Columns.Select(c => c.Name));
        Assert.Equal("Gentoo", frame.Columns[0][1]);
    }

    [Fact]
    public async Task WhatIsNotThereIsAnErrorThatSaysWhatWasLookedForAndWhatExists()
    {
        using var app = Report();
        await app.RunAsync();

        var noMetric = Assert.Throws<InvalidOperationException>(() => app.Metric("Species"));
        Assert.Contains("'Species'", noMetric.Message, StringComparison.Ordinal);
        Assert.Contains("'Penguins'", noMetric.Message, StringComparison.Ordinal);
        Assert.Contains("'Islands'", noMetric.Message, StringComparison.Ordinal);

        var noText = Assert.Throws<InvalidOperationException>(() => app.Text(5));
        Assert.Contains("text 5", noText.Message, StringComparison.Ordinal);
        Assert.Contains("2 texts", noText.Message, StringComparison.Ordinal);
        Assert.Contains("'first'", noText.Message, StringComparison.Ordinal);

        var noTable = Assert.Throws<InvalidOperationException>(() => app.Table(1));
        Assert.Contains("1 table", noTable.Message, StringComparison.Ordinal);

        using var empty = AppTest.FromFunction(ui => ui.Text("only text"));
        await empty.RunAsync();
        Assert.Contains("no title", Assert.Throws<InvalidOperationException>(() => empty.Title()).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TwoMetricsWithOneLabelAskForTheIndex()
    {
        using var app = AppTest.FromFunction(ui =>
        {
            ui.Metric("Rows", 1);
            ui.Metric("Rows", 2);
        });
        await app.RunAsync();

        Assert.Contains("by its index", Assert.Throws<InvalidOperationException>(() => app.Metric("Rows")).Message, StringComparison.Ordinal);
        Assert.Equal("2", app.Metric(1).Value);
    }
}

using DataApps.Testing;
using Microsoft.Data.Analysis;

namespace DataApps.Core.Tests.Data;

public sealed class DataFrameVerbTests
{
    private sealed record Penguin(string Name, double Mass);

    private static readonly Penguin[] Penguins = [new("Pingu", 3.5), new("Pinga", 3.1), new("Robby", 4.2)];

    private static DataFrame Frame(int rows = 3) => new(
        new StringDataFrameColumn("name", Enumerable.Range(0, rows).Select(i => "p" + i)),
        new PrimitiveDataFrameColumn<int>("n", Enumerable.Range(0, rows)));

    [Fact]
    public async Task AGridHoldsTheFrameByReference()
    {
        var frame = Frame();
        using var app = AppTest.FromFunction(ui => ui.DataFrame(frame));

        await app.RunAsync();

        Assert.Same(frame, Assert.Single(app.Get<DataFrameElement>()).Data);
        Assert.Equal(["name", "n"], app.DataFrame().Columns);
        Assert.Equal(["p1", "1"], app.DataFrame().Rows(1, 1)[0]);
    }

    [Fact]
    public async Task SelectedRowsComeBackToTheScript()
    {
        TableSelection? picked = null;
        using var app = AppTest.FromFunction(ui => picked = ui.DataFrame(Frame(), selection: RowSelection.MultiRow, key: "grid"));
        await app.RunAsync();
        Assert.True(picked!.IsEmpty);

        await app.DataFrame("grid").Select(2, 0).RunAsync();

        Assert.Equal([0, 2], picked!.Rows);
        Assert.Equal([0, 2], app.DataFrame("grid").Selection);
        Assert.Equal(["p0", "p2"], picked.RowsOf(Frame()).Columns["name"].Cast<string>());
        Assert.Equal(picked, app.State["grid"]);
    }

    [Fact]
    public async Task ASequenceGridReturnsTheSelectedItems()
    {
        TableSelection<Penguin>? picked = null;
        using var app = AppTest.FromFunction(ui => picked = ui.DataFrame(Penguins, selection: RowSelection.SingleRow));
        await app.RunAsync();

        await app.DataFrame().Select(1).RunAsync();

        Assert.Equal([Penguins[1]], picked!.Items);
        Assert.Equal(["Name", "Mass"], app.DataFrame().Columns);
    }

    [Fact]
    public async Task TheSelectionCallbackRunsWhenTheSelectionChanges()
    {
        var calls = 0;
        using var app = AppTest.FromFunction(ui => ui.DataFrame(Frame(), selection: RowSelection.SingleRow, onChange: () => calls++));
        await app.RunAsync();

        await app.DataFrame().Select(1).RunAsync();
        await app.DataFrame().Select(1).RunAsync();

        Assert.Equal(1, calls);
    }

    [Fact]
    public async Task ASelectionOutsideAShorterFrameIsDropped()
    {
        var rows = 3;
        TableSelection? picked = null;
        using var app = AppTest.FromFunction(ui => picked = ui.DataFrame(Frame(rows), selection: RowSelection.MultiRow));
        await app.RunAsync();
        await app.DataFrame().Select(2).RunAsync();

        rows = 2;
        await app.RunAsync();

        Assert.True(picked!.IsEmpty);
    }

    [Fact]
    public async Task ASingleRowGridRefusesSeveralRows()
    {
        using var app = AppTest.FromFunction(ui => ui.DataFrame(Frame(), selection: RowSelection.SingleRow));
        await app.RunAsync();

        Assert.Throws<InvalidOperationException>(() => app.DataFrame().Select(0, 1));
    }

    [Fact]
    public async Task GridsWithoutSelectionNeedNoKeys()
    {
        using var app = AppTest.FromFunction(ui =>
        {
            ui.DataFrame(Frame());
            ui.DataFrame(Frame());
        });

        await app.RunAsync();

        Assert.Null(app.Exception);
        Assert.Empty(app.Get<ErrorElement>());
        Assert.Equal(2, app.Get<DataFrameElement>().Select(g => g.WidgetId).Distinct().Count());
    }

    [Fact]
    public async Task TwoSelectableGridsOverTheSameColumnsAskForKeys()
    {
        using var app = AppTest.FromFunction(ui =>
        {
            ui.DataFrame(Frame(), selection: RowSelection.SingleRow);
            ui.DataFrame(Frame(5), selection: RowSelection.SingleRow);
        });

        await app.RunAsync();

        var error = Assert.Single(app.Get<ErrorElement>());
        Assert.Contains("ui.DataFrame(…, key: \"data-frame-2\")", error.Body, StringComparison.Ordinal);
        Assert.Single(app.Get<DataFrameElement>());
    }

    [Fact]
    public async Task AColumnConfigurationForAMissingColumnShowsAnErrorAndThePageGoesOn()
    {
        using var app = AppTest.FromFunction(ui =>
        {
            ui.DataFrame(Frame(), columns: [Column.Percent("nme")]);
            ui.Text("after");
        });

        await app.RunAsync();

        var error = Assert.Single(app.Get<ErrorElement>());
        Assert.Contains("'nme'", error.Body, StringComparison.Ordinal);
        Assert.Contains("'name', 'n'", error.Body, StringComparison.Ordinal);
        Assert.Empty(app.Get<DataFrameElement>());
        Assert.Equal("after", Assert.Single(app.Get<TextElement>()).Text);
    }

    [Fact]
    public async Task WriteShowsAFrameOrASequenceOfRecordsAsAGrid()
    {
        var frame = Frame();
        using var app = AppTest.FromFunction(ui =>
        {
            ui.Write(frame);
            ui.Write(Penguins);
            ui.Write(new[] { 1, 2, 3 });
        });

        await app.RunAsync();

        var grids = app.Get<DataFrameElement>();
        Assert.Equal(2, grids.Count);
        Assert.Same(frame, grids[0].Data);
        Assert.Equal(3, grids[1].Data.Rows.Count);
        Assert.Single(app.Get<JsonTreeElement>());
    }

    [Fact]
    public async Task ATableShowsEveryRowUpToItsCap()
    {
        using var app = AppTest.FromFunction(ui =>
        {
            ui.Table(Penguins);
            ui.Table(Frame(10), maxRows: 4);
        });

        await app.RunAsync();

        var tables = app.Get<TableElement>();
        Assert.Equal(["Name", "Mass"], tables[0].Headers);
        Assert.Equal(["Pingu", "3.5", "Pinga", "3.1", "Robby", "4.2"], tables[0].Cells);
        Assert.Equal([false, true], tables[0].AlignRight);
        Assert.Equal((4, 10), (tables[1].RowCount, tables[1].Total));
    }
}

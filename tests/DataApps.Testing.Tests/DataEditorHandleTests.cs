using Microsoft.Data.Analysis;

namespace DataApps.Testing.Tests;

public sealed class DataEditorHandleTests
{
    private static readonly DataFrame Basket = new(
        new StringDataFrameColumn("item", ["Tea", "Cake", "Jam"]),
        new Int32DataFrameColumn("qty", [1, 2, 3]));

    private static AppTest Open(EditorRows rows = EditorRows.Dynamic) =>
        AppTest.FromFunction(ui =>
        {
            var edited = ui.DataEditor(Basket, "basket", numRows: rows, disabled: ["item"]);
            ui.Text($"{edited.Rows.Count} rows, {edited["qty"].Sum()} items");
        });

    [Fact]
    public async Task SetCellChangesTheFrameTheScriptSees()
    {
        using var app = await Open().RunAsync();

        await app.DataEditor("basket").SetCell(1, "qty", 10).RunAsync();

        Assert.Equal("3 rows, 14 items", app.Get<TextElement>().Single().Text);
    }

    [Fact]
    public async Task EditsChainedBeforeARunAllApply()
    {
        using var app = await Open().RunAsync();

        await app.DataEditor("basket").DeleteRow(0).AddRow(("qty", 5)).SetCell(0, "qty", 4).RunAsync();

        Assert.Equal("3 rows, 12 items", app.Get<TextElement>().Single().Text);
    }

    [Fact]
    public async Task RowsAreCountedAsTheTableShowsThem()
    {
        using var app = await Open().RunAsync();
        await app.DataEditor("basket").DeleteRow(0).RunAsync();

        await app.DataEditor("basket").SetCell(0, "qty", 20).RunAsync();   // now Cake, the first shown row

        Assert.Equal("2 rows, 23 items", app.Get<TextElement>().Single().Text);
    }

    [Fact]
    public async Task InvalidInputIsShownAtTheCellAndNotApplied()
    {
        using var app = await Open().RunAsync();

        await app.DataEditor("basket").SetCell(2, "qty", "abc").RunAsync();

        Assert.Equal("3 rows, 6 items", app.Get<TextElement>().Single().Text);
        Assert.Equal("'abc' is not a whole number.", app.DataEditor("basket").Element.Errors.Single().Message);
    }

    [Fact]
    public async Task AUserCannotEditAReadOnlyColumnOrAddRowsToAFixedEditor()
    {
        using var app = await Open(EditorRows.Fixed).RunAsync();
        var editor = app.DataEditor("basket");

        Assert.Throws<InvalidOperationException>(() => editor.SetCell(0, "item", "Coffee"));
        Assert.Throws<InvalidOperationException>(() => editor.AddRow());
        Assert.Throws<InvalidOperationException>(() => editor.DeleteRow(0));
    }
}

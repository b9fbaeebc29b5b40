using DataApps.Testing;
using Microsoft.Data.Analysis;

namespace DataApps.Core.Tests.Editing;

/// <summary>ui.DataEditor as a widget: its edits live in session state under its key and survive reruns.</summary>
public sealed class DataEditorVerbTests
{
    private static readonly DataFrame Prices = new(new StringDataFrameColumn("item", ["Tea", "Cake"]), new DoubleDataFrameColumn("price", [2.5, 3.0]));

    [Fact]
    public async Task EditsSurviveRerunsAndTheScriptGetsTheEditedFrame()
    {
        DataFrame? edited = null;
        using var app = AppTest.FromFunction(ui => edited = ui.DataEditor(Prices, "prices"));
        await app.RunAsync();

        app.SetWidgetValue(app.Get<DataEditorElement>().Single().WidgetId, DataEdits.None.WithCell(1, "price", "4"));
        await app.RunAsync();
        await app.RunAsync();

        Assert.Equal(4.0, edited!["price"][1]);
        Assert.Equal(3.0, Prices["price"][1]);
        Assert.Equal(DataEdits.None.WithCell(1, "price", "4"), app.State["prices"]);
    }

    [Fact]
    public async Task InvalidInputShowsAtItsCellAndTheSessionContinues()
    {
        using var app = AppTest.FromFunction(ui => ui.Text($"total {ui.DataEditor(Prices, "prices")["price"].Sum()}"));
        await app.RunAsync();

        app.SetWidgetValue(app.Get<DataEditorElement>().Single().WidgetId, DataEdits.None.WithCell(0, "price", "abc"));
        await app.RunAsync();

        Assert.Equal(new CellError(0, null, "price", "'abc' is not a number."), app.Get<DataEditorElement>().Single().Errors.Single());
        Assert.Equal("total 5.5", app.Get<TextElement>().Single().Text);
        Assert.Null(app.Exception);
    }

    [Fact]
    public async Task ACraftedValueThatDoesNotFitTheEditorIsIgnored()
    {
        using var app = AppTest.FromFunction(ui => ui.DataEditor(Prices, "prices"));
        await app.RunAsync();

        app.SetWidgetValue(app.Get<DataEditorElement>().Single().WidgetId, DataEdits.None.WithDeletedRow(0));
        await app.RunAsync();

        Assert.True(app.Get<DataEditorElement>().Single().Edits.IsEmpty);
    }

    [Fact]
    public async Task SequencesAreEditedAsFrames()
    {
        DataFrame? edited = null;
        using var app = AppTest.FromFunction(ui => edited = ui.DataEditor(new[] { new Row("a", 1), new Row("b", 2) }, "rows", numRows: EditorRows.Dynamic));
        await app.RunAsync();

        app.SetWidgetValue(app.Get<DataEditorElement>().Single().WidgetId, DataEdits.None.WithAddedRow(new Dictionary<string, string?> { ["Name"] = "c", ["Count"] = "3" }));
        await app.RunAsync();

        Assert.Equal(3, edited!.Rows.Count);
        Assert.Equal("c", edited["Name"][2]);
    }

    private sealed record Row(string Name, int Count);
}

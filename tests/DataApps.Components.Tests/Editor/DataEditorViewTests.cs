using DataApps.Components.Views.Editor;
using DataApps.Editing;
using Microsoft.Data.Analysis;

namespace DataApps.Components.Tests.Editor;

public sealed class DataEditorViewTests : RendererTest
{
    private static readonly DataFrame Stock = new(
        new StringDataFrameColumn("item", ["Apples", "Pears", "Plums"]),
        new Int32DataFrameColumn("qty", [3, 5, 7]),
        new BooleanDataFrameColumn("organic", [true, false, true]),
        new PrimitiveDataFrameColumn<DateTime>("delivered", [new DateTime(2026, 1, 5), new DateTime(2026, 1, 6), new DateTime(2026, 1, 7)]),
        new StringDataFrameColumn("unit", ["kg", "kg", "piece"]));

    [Fact]
    public void EachColumnGetsItsTypedInput()
    {
        var cut = Render<DataEditorView, DataEditorElement>(Editor());

        var row = cut.Find("tr[data-row='0']");
        Assert.Equal("text", row.QuerySelector("td[data-column='qty'] input")!.GetAttribute("type"));
        Assert.Equal("numeric", row.QuerySelector("td[data-column='qty'] input")!.GetAttribute("inputmode"));
        Assert.Equal("checkbox", row.QuerySelector("td[data-column='organic'] input")!.GetAttribute("type"));
        Assert.Equal("date", row.QuerySelector("td[data-column='delivered'] input")!.GetAttribute("type"));
        Assert.Equal("2026-01-05", row.QuerySelector("td[data-column='delivered'] input")!.GetAttribute("value"));
        Assert.Equal(["", "kg", "piece"], row.QuerySelectorAll("td[data-column='unit'] option").Select(o => o.GetAttribute("value")));
        Assert.True(row.QuerySelector("td[data-column='item'] input")!.HasAttribute("disabled"));
    }

    [Fact]
    public void ChangingACellSendsTheEditsWithTheNewCell()
    {
        var cut = Render<DataEditorView, DataEditorElement>(Editor());

        cut.Find("tr[data-row='1'] td[data-column='qty'] input").Change("12");

        Assert.Equal(("editor-1", (object?)DataEdits.None.WithCell(1, "qty", "12")), Sink.Single);
    }

    [Fact]
    public void QuickSuccessiveEditsBuildOnEachOtherBeforeTheRerun()
    {
        var cut = Render<DataEditorView, DataEditorElement>(Editor());

        cut.Find("tr[data-row='0'] td[data-column='qty'] input").Change("1");
        cut.Find("tr[data-row='2'] td[data-column='organic'] input").Change(false);

        Assert.Equal(DataEdits.None.WithCell(0, "qty", "1").WithCell(2, "organic", "false"), Sink.Values[^1].Value);
    }

    [Fact]
    public void AnErrorIsShownAtItsCellWithTheEnteredText()
    {
        var edits = DataEdits.None.WithCell(2, "qty", "abc");
        var cut = Render<DataEditorView, DataEditorElement>(Editor(edits) with { Errors = new[] { new CellError(2, null, "qty", "'abc' is not a whole number.") } });

        var cell = cut.Find("tr[data-row='2'] td[data-column='qty']");
        Assert.Contains("da-cell-invalid", cell.ClassList);
        Assert.Equal("abc", cell.QuerySelector("input")!.GetAttribute("value"));
        Assert.Equal("'abc' is not a whole number.", cell.QuerySelector(".da-cell-message")!.TextContent);
        Assert.Single(cut.FindAll(".da-cell-message"));
    }

    [Fact]
    public void ADynamicEditorAddsAndDeletesRows()
    {
        var cut = Render<DataEditorView, DataEditorElement>(Editor(dynamic: true));

        cut.Find(".da-editor-add").Click();
        cut.Find("tr[data-row='0'] .da-editor-delete").Click();

        Assert.Equal(DataEdits.None.WithAddedRow().WithDeletedRow(0), Sink.Values[^1].Value);
        Assert.Equal(3, cut.FindAll("tbody tr").Count);
        Assert.Contains("da-editor-added", cut.Find("tr[data-row='2']").ClassList);
    }

    [Fact]
    public void AFixedEditorHasNoAddOrDeleteButtons()
    {
        var cut = Render<DataEditorView, DataEditorElement>(Editor());

        Assert.Empty(cut.FindAll(".da-editor-add"));
        Assert.Empty(cut.FindAll(".da-editor-delete"));
    }

    [Fact]
    public void RowsArePaged()
    {
        var cut = Render<DataEditorView, DataEditorElement>(Editor() with { PageSize = 2 });
        Assert.Equal("1–2 of 3", cut.Find(".da-editor-range").TextContent);

        cut.Find(".da-editor-next").Click();

        Assert.Equal(["2"], cut.FindAll("tbody tr").Select(r => r.GetAttribute("data-row")));
        Assert.Equal("3–3 of 3", cut.Find(".da-editor-range").TextContent);
    }

    private static DataEditorElement Editor(DataEdits? edits = null, bool dynamic = false)
    {
        var columns = EditApplier.ColumnsOf(Stock, [Column.Select("unit", ["kg", "piece"])], ["item"]);
        return new DataEditorElement("editor-1", "Stock", Stock, columns, edits ?? DataEdits.None, dynamic, 20, EquatableArray<CellError>.Empty);
    }
}

using DataApps.Editing;
using Microsoft.Data.Analysis;

namespace DataApps.Core.Tests.Editing;

/// <summary>Applying edits to a frame: typed conversion, invalid input, added and deleted rows; the input is never changed.</summary>
public sealed class EditApplierTests
{
    private static readonly DataFrame Stock = new(
        new StringDataFrameColumn("item", ["Apples", "Pears", "Plums"]),
        new Int32DataFrameColumn("qty", [3, 5, 7]),
        new DoubleDataFrameColumn("price", [1.5, 2.0, 0.75]),
        new BooleanDataFrameColumn("organic", [true, false, true]),
        new PrimitiveDataFrameColumn<DateTime>("delivered", [new DateTime(2026, 1, 5), new DateTime(2026, 1, 6), new DateTime(2026, 1, 7)]),
        new StringDataFrameColumn("unit", ["kg", "kg", "piece"]));

    private static readonly EditorColumn[] Columns = EditApplier.ColumnsOf(Stock, [Column.Select("unit", ["kg", "piece"])], ["item"]);

    [Fact]
    public void ColumnsGetAnInputByTheirDataTypeAndOptions()
    {
        Assert.Equal(
            [EditorKind.Text, EditorKind.Integer, EditorKind.Number, EditorKind.Checkbox, EditorKind.Date, EditorKind.Select],
            Columns.Select(c => c.Kind));
        Assert.Equal(["item"], Columns.Where(c => c.ReadOnly).Select(c => c.Name));
    }

    [Fact]
    public void EditedCellsAreConvertedToTheColumnTypeInANewFrame()
    {
        var edits = DataEdits.None
            .WithCell(0, "qty", "1,200")
            .WithCell(1, "price", "2.25")
            .WithCell(1, "organic", "true")
            .WithCell(2, "delivered", "2026-02-01")
            .WithCell(2, "unit", "kg");

        var (frame, errors) = EditApplier.Apply(Stock, Columns, edits);

        Assert.Empty(errors);
        Assert.Equal(1200, frame["qty"][0]);
        Assert.Equal(2.25, frame["price"][1]);
        Assert.Equal(true, frame["organic"][1]);
        Assert.Equal(new DateTime(2026, 2, 1), frame["delivered"][2]);
        Assert.Equal("kg", frame["unit"][2]);
        Assert.Equal(3, Stock["qty"][0]);            // the input is unchanged
        Assert.NotSame(Stock, frame);
    }

    [Theory]
    [InlineData("qty", "abc", "'abc' is not a whole number.")]
    [InlineData("qty", "1.5", "'1.5' is not a whole number.")]
    [InlineData("qty", "99999999999", "'99999999999' is out of range for Int32.")]
    [InlineData("price", "cheap", "'cheap' is not a number.")]
    [InlineData("organic", "maybe", "'maybe' is not true or false.")]
    [InlineData("delivered", "soon", "'soon' is not a date (use yyyy-MM-dd).")]
    [InlineData("unit", "box", "'box' is not one of kg, piece.")]
    public void InvalidInputIsReportedAtItsCellAndNotApplied(string column, string text, string message)
    {
        var (frame, errors) = EditApplier.Apply(Stock, Columns, DataEdits.None.WithCell(1, column, text).WithCell(0, "qty", "4"));

        Assert.Equal(new CellError(1, null, column, message), Assert.Single(errors));
        Assert.Equal(Stock[column][1], frame[column][1]);
        Assert.Equal(4, frame["qty"][0]);            // the valid edit still applies
    }

    [Fact]
    public void AnEmptyCellIsAMissingValue()
    {
        var (frame, errors) = EditApplier.Apply(Stock, Columns, DataEdits.None.WithCell(0, "qty", ""));

        Assert.Empty(errors);
        Assert.Null(frame["qty"][0]);
    }

    [Fact]
    public void DeletedRowsGoAndAddedRowsComeAtTheEnd()
    {
        var edits = DataEdits.None
            .WithDeletedRow(1)
            .WithAddedRow(new Dictionary<string, string?> { ["qty"] = "9", ["unit"] = "piece" })
            .WithAddedCell(0, "price", "3.5");

        var (frame, errors) = EditApplier.Apply(Stock, Columns, edits);

        Assert.Empty(errors);
        Assert.Equal(3, frame.Rows.Count);
        Assert.Equal(new object?[] { "Apples", "Plums", null }, frame["item"].Cast<object?>());
        Assert.Equal(new object?[] { 3, 7, 9 }, frame["qty"].Cast<object?>());
        Assert.Equal(3.5, frame["price"][2]);
    }

    [Fact]
    public void InvalidInputInAnAddedRowIsReportedWithTheAddedRowIndex()
    {
        var (frame, errors) = EditApplier.Apply(Stock, Columns, DataEdits.None.WithAddedRow(new Dictionary<string, string?> { ["qty"] = "x" }));

        Assert.Equal(new CellError(null, 0, "qty", "'x' is not a whole number."), Assert.Single(errors));
        Assert.Null(frame["qty"][3]);
    }

    [Theory]
    [InlineData(false, "rows cannot be added or deleted in this editor")]
    [InlineData(true, null)]
    public void OnlyADynamicEditorTakesAddedOrDeletedRows(bool dynamic, string? problem) =>
        Assert.Equal(problem, EditApplier.Check(Stock, Columns, DataEdits.None.WithDeletedRow(0), dynamic));

    [Fact]
    public void EditsOfReadOnlyColumnsOrMissingRowsAreRefused()
    {
        Assert.Equal("the column 'item' cannot be edited", EditApplier.Check(Stock, Columns, DataEdits.None.WithCell(0, "item", "Figs"), dynamic: false));
        Assert.Equal("a row index is outside the frame", EditApplier.Check(Stock, Columns, DataEdits.None.WithCell(3, "qty", "1"), dynamic: false));
    }

    [Fact]
    public void AnUnknownColumnInTheConfigurationNamesTheColumnsThereAre()
    {
        var ex = Assert.Throws<ArgumentException>(() => EditApplier.ColumnsOf(Stock, null, ["quantity"]));

        Assert.Contains("'quantity'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("item, qty, price", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EditsAreValueEqualAndSurviveJson()
    {
        var edits = DataEdits.None.WithCell(0, "qty", "4").WithAddedRow(new Dictionary<string, string?> { ["item"] = "Figs" }).WithDeletedRow(2);

        var json = System.Text.Json.JsonSerializer.Serialize(edits);
        var back = System.Text.Json.JsonSerializer.Deserialize<DataEdits>(json);

        Assert.Equal(edits, back);
        Assert.Equal(DataEdits.None.WithCell(0, "qty", "4"), DataEdits.None.WithCell(0, "qty", "4"));
    }
}

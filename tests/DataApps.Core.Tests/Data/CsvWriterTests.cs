using Microsoft.Data.Analysis;

namespace DataApps.Core.Tests.Data;

public sealed class CsvWriterTests
{
    [Fact]
    public void AWrittenFrameReadsBackWithTheSameTypesAndValues()
    {
        var frame = new DataFrame(
            new Int32DataFrameColumn("i", [1, null, -3]),
            new Int64DataFrameColumn("l", [5_000_000_000L, 1, 2]),
            new DoubleDataFrameColumn("d", [0.1, 1e-300, 2.5]),
            new BooleanDataFrameColumn("b", [true, false, null]),
            new DateTimeDataFrameColumn("t", [new DateTime(2024, 1, 2), new DateTime(2024, 1, 2, 3, 4, 5, 600), null]),
            new StringDataFrameColumn("s", ["plain", "has, comma and \"quotes\"", "two\nlines"]));

        var back = Csv.ReadText(Csv.WriteText(frame));

        Assert.Equal(frame.Columns.Select(c => c.DataType), back.Columns.Select(c => c.DataType));
        for (var c = 0; c < frame.Columns.Count; c++)
        {
            Assert.Equal(frame.Columns[c].Cast<object?>(), back.Columns[c].Cast<object?>());
        }
    }

    [Fact]
    public void NullsAreEmptyFieldsAndNumbersAreInvariant()
    {
        var frame = new DataFrame(new DoubleDataFrameColumn("x", [1.5, null]), new StringDataFrameColumn("s", [null, "a"]));

        Assert.Equal("x,s\n1.5,\n,a\n", Csv.WriteText(frame));
    }

    [Fact]
    public void TheSeparatorAndHeaderOptionsApplyToWriting()
    {
        var frame = new DataFrame(new Int32DataFrameColumn("a", [1]), new StringDataFrameColumn("b", ["x;y"]));

        Assert.Equal("1;\"x;y\"\n", Csv.WriteText(frame, new CsvOptions { Separator = ';', HasHeader = false }));
    }
}

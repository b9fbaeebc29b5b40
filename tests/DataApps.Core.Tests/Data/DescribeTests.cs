using Microsoft.Data.Analysis;

namespace DataApps.Core.Tests.Data;

public sealed class DescribeTests
{
    [Fact]
    public void NumericColumnsGetCountNullsMeanStdMinQuartilesAndMax()
    {
        var frame = new DataFrame(
            new Int32DataFrameColumn("n", [1, 2, 3, 4, null]),
            new StringDataFrameColumn("s", ["a", "b", "c", "d", "e"]));

        var summary = frame.Describe();

        Assert.Equal(["statistic", "n"], summary.Columns.Select(c => c.Name).ToArray());
        Assert.Equal(DataFrameDescribe.Statistics, summary["statistic"].Cast<string>().ToArray());
        double?[] expected = [4, 1, 2.5, Math.Sqrt(5.0 / 3), 1, 1.75, 2.5, 3.25, 4];
        Assert.Equal(expected, summary["n"].Cast<double?>().ToArray());
    }

    [Fact]
    public void AColumnWithoutValuesHasOnlyCounts()
    {
        var frame = new DataFrame(new DoubleDataFrameColumn("x", [null, null]));

        var summary = frame.Describe();

        Assert.Equal(0.0, summary["x"][0]);
        Assert.Equal(2.0, summary["x"][1]);
        Assert.Null(summary["x"][2]);
    }
}

using System.Text;

namespace DataApps.Core.Tests.Data;

/// <summary>Large texts are tokenized in two halves at once; the result must not show it.</summary>
public sealed class CsvHalvesTests
{
    private const int Rows = 100_000; // about 1.6 MB, above the size that is split

    [Fact]
    public void TheHalvesJoinIntoTheSameRowsAsOnePass()
    {
        var csv = Build(_ => null);

        var split = Csv.ReadText(csv);
        var single = Csv.ReadText(csv, new CsvOptions { Parallel = false });

        Assert.True(Encoding.UTF8.GetByteCount(csv) > 1 << 20);
        Assert.Equal(Rows, split.Rows.Count);
        Assert.Equal(single["n"].Cast<object>(), split["n"].Cast<object>());
        Assert.Equal(single["s"].Cast<object>(), split["s"].Cast<object>());
    }

    [Fact]
    public void AQuotedFieldWithLineBreaksAcrossTheMiddleIsReadWhole()
    {
        // Every row in the middle third holds a quoted field of many lines, so the middle falls inside one of them.
        var csv = Build(i => i > Rows / 3 && i < 2 * Rows / 3 ? "\"a\nb\nc\nd\"" : null);

        var df = Csv.ReadText(csv);

        Assert.Equal(Rows, df.Rows.Count);
        Assert.Equal("a\nb\nc\nd", df["s"][Rows / 2]);
        Assert.Equal(Rows - 1, df["n"][Rows - 1]);
    }

    [Fact]
    public void AnErrorInTheSecondHalfNamesItsLineInTheWholeFile()
    {
        var csv = Build(i => i == Rows - 10 ? "x,too many" : null);

        var e = Assert.Throws<CsvFormatException>(() => Csv.ReadText(csv));

        Assert.Equal(Rows - 10 + 2, e.LineNumber); // the header is line 1, row 0 is line 2
    }

    [Fact]
    public void AnErrorInTheSecondHalfAfterQuotedLineBreaksCountsThem()
    {
        var csv = Build(i => i == 5 ? "\"one\ntwo\"" : i == Rows - 1 ? "x,too many" : null);

        var e = Assert.Throws<CsvFormatException>(() => Csv.ReadText(csv));

        Assert.Equal(Rows + 2, e.LineNumber);
    }

    private static string Build(Func<int, string?> special)
    {
        var sb = new StringBuilder("n,s\n");
        for (var i = 0; i < Rows; i++)
        {
            sb.Append(i).Append(',').Append(special(i) ?? "value-" + (i % 100)).Append('\n');
        }

        return sb.ToString();
    }

    [Fact]
    public void ALongTextColumnBuiltInSlicesEqualsOneBuiltInOnePass()
    {
        var sb = new StringBuilder("n,s\n");
        for (var i = 0; i < 300_000; i++)
        {
            sb.Append(i).Append(',').Append(i % 3 == 0 ? $"\"quoted, {i}\"" : i % 3 == 1 ? "cat" + (i % 7) : "").Append('\n');
        }

        var sliced = Csv.ReadText(sb.ToString());
        var single = Csv.ReadText(sb.ToString(), new CsvOptions { Parallel = false });

        Assert.Equal(300_000, sliced.Rows.Count);
        Assert.Equal(single["s"].Cast<object?>(), sliced["s"].Cast<object?>());
        Assert.Equal("quoted, 299997", sliced["s"][299_997]);
        Assert.Equal(100_000, sliced["s"].NullCount);
    }
}

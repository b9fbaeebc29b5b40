namespace DataApps.Core.Tests.Data;

public sealed class ColumnTests
{
    [Fact]
    public void PercentShowsFractionAsPercentage() =>
        Assert.Equal("25.0 %", Column.Percent("share").FormatValue(0.25).Replace('\u00a0', ' '));

    [Fact]
    public void CurrencyUsesItsCulture() =>
        Assert.Equal("$1,234.50", Column.Currency("price").FormatValue(1234.5m));

    [Fact]
    public void DateUsesItsFormat() =>
        Assert.Equal("2024-03-04", Column.Date("day").FormatValue(new DateTime(2024, 3, 4, 10, 0, 0)));

    [Fact]
    public void NumberWithoutFormatGroupsThousandsAndTrimsDecimals() =>
        Assert.Equal("1,234.5", new Column("x").FormatValue(1234.5));

    [Fact]
    public void NullShowsEmpty() => Assert.Equal("", Column.Number("x").FormatValue(null));

    [Fact]
    public void WithAdjustsAFactoryColumn()
    {
        var column = Column.Number("loss", format: "0.00") with { Width = 120, Pinned = true };

        Assert.Equal(("loss", 120, true, "0.00"), (column.Name, column.Width, column.Pinned, column.Format));
    }
}

using DataApps.Testing;

namespace DataApps.Core.Tests.Text;

/// <summary>ui.Metric(…, format:) formats a numeric value and delta with a .NET format; the delta keeps its sign and direction.</summary>
public sealed class MetricFormatTests
{
    [Theory]
    [InlineData(0.1234, 0.0051, "P1", "12.3 %", "+0.5 %", DeltaDirection.Up)]
    [InlineData(0.1234, -0.0051, "P1", "12.3 %", "-0.5 %", DeltaDirection.Down)]
    [InlineData(1234567.8, 1200.4, "N0", "1,234,568", "+1,200", DeltaDirection.Up)]
    [InlineData(1234.5, -20.0, "C", "$1,234.50", "-$20.00", DeltaDirection.Down)]
    [InlineData(42, 0, "N1", "42.0", "0.0", DeltaDirection.None)]
    public async Task AFormatAppliesToTheValueAndTheDelta(object value, object delta, string format, string shown, string shownDelta, DeltaDirection direction)
    {
        var metric = await MetricOf(ui => ui.Metric("m", value, delta, format: format));

        Assert.Equal((shown, shownDelta, direction), (metric.Value, metric.Delta, metric.Direction));
    }

    [Fact]
    public async Task TheDeltaColourRulesAreUnchangedByAFormat()
    {
        var metric = await MetricOf(ui => ui.Metric("Cost", 1250m, 50m, DeltaColor.Inverse, format: "C0"));

        Assert.Equal(new MetricElement("Cost", "$1,250", "+$50", DeltaDirection.Up, DeltaColor.Inverse), metric);
    }

    [Fact]
    public async Task ACultureChangesSeparatorsAndCurrency()
    {
        var metric = await MetricOf(ui => ui.Metric("Umsatz", 1234.5, -3.25, format: "C", culture: "de-DE"));

        Assert.Equal(("1.234,50 €", "-3,25 €"), (metric.Value, metric.Delta));
    }

    [Fact]
    public async Task StringsAreShownAsGivenEvenWithAFormat()
    {
        var metric = await MetricOf(ui => ui.Metric("Temperature", "70 °F", "1.2 °F", format: "N2"));

        Assert.Equal(("70 °F", "+1.2 °F"), (metric.Value, metric.Delta));
    }

    [Fact]
    public async Task WithoutAFormatNumbersKeepTheirDefaultFormatting()
    {
        var metric = await MetricOf(ui => ui.Metric("Rows", 1234567, -12));

        Assert.Equal(("1,234,567", "-12"), (metric.Value, metric.Delta));
    }

    private static async Task<MetricElement> MetricOf(Action<Ui> body)
    {
        using var app = AppTest.FromFunction(body);
        await app.RunAsync();
        return app.Get<MetricElement>().Single();
    }
}

using DataApps.Components.Views.Widgets;

namespace DataApps.Components.Tests.Widgets;

public sealed class WidgetChromeTests
{
    [Theory]
    [InlineData(1, 0)]
    [InlineData(5, 0)]
    [InlineData(0.5, 1)]
    [InlineData(0.25, 2)]
    [InlineData(0.01, 2)]
    [InlineData(0.001, 3)]
    [InlineData(1e-9, 6)]
    public void DecimalsFollowTheStep(double step, int decimals) => Assert.Equal(decimals, WidgetChrome.Decimals(step));

    [Fact]
    public void NumbersAreFormattedInvariantly()
    {
        var previous = Thread.CurrentThread.CurrentCulture;
        Thread.CurrentThread.CurrentCulture = new System.Globalization.CultureInfo("de-DE");
        try
        {
            Assert.Equal("1234.50", WidgetChrome.Format(1234.5, 0.01));
        }
        finally
        {
            Thread.CurrentThread.CurrentCulture = previous;
        }
    }

    [Fact]
    public void DomIdsKeepOnlySafeCharacters() => Assert.Equal("da-key-my-widget_1", WidgetChrome.DomId("key:my widget_1"));
}

using DataApps.Testing;

namespace DataApps.Core.Tests.Widgets;

public sealed class NumericWidgetTests
{
    [Fact]
    public async Task SliderStartsAtItsValueOrItsMinimum()
    {
        var seen = new List<(int, int)>();
        using var app = AppTest.FromFunction(ui => seen.Add((ui.Slider("a", 2, 10), ui.Slider("b", 2, 10, value: 7))));

        await app.RunAsync();

        Assert.Equal([(2, 7)], seen);
    }

    [Fact]
    public async Task SliderValueOutsideTheRangeIsRefused()
    {
        var value = 0;
        using var app = AppTest.FromFunction(ui => value = ui.Slider("n", 0, 10, value: 5));
        await app.RunAsync();
        await app.Slider("n").SetValue(7).RunAsync();

        app.SetWidgetValue(app.Slider("n").Element.WidgetId, -3.0); // as a crafted message or a stale page would send it
        await app.RunAsync();
        Assert.Equal(7, value);

        app.SetWidgetValue(app.Slider("n").Element.WidgetId, 42.0);
        await app.RunAsync();
        Assert.Equal(7, value);
        Assert.Equal(7.0, app.Slider("n").Value);
    }

    [Fact]
    public async Task TheSliderHandleThrowsForAValueOutsideTheRangeNamingTheWidgetTheValueAndTheRange()
    {
        using var app = AppTest.FromFunction(ui => ui.Slider("n", 0, 10, value: 5));
        await app.RunAsync();

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => app.Slider("n").SetValue(42));

        Assert.StartsWith("The slider 'n' refuses 42: it is outside its range [0, 10]. A user could not set it", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(2.4, 2)]
    [InlineData(2.6, 3)]
    [InlineData(-0.4, 0)]
    [InlineData(2.5, 3)]
    [InlineData(3.5, 4)]
    [InlineData(-2.5, -3)]
    public async Task IntegralSliderRoundsWhatTheBrowserSends(double sent, int expected)
    {
        var value = -1;
        using var app = AppTest.FromFunction(ui => value = ui.Slider("n", -5, 5));
        await app.RunAsync();

        await app.Slider("n").SetValue(sent).RunAsync();

        Assert.Equal(expected, value);
    }

    [Fact]
    public async Task SliderElementDescribesItsRangeAndStep()
    {
        using var app = AppTest.FromFunction(ui =>
        {
            ui.Slider("whole", 0, 100);
            ui.Slider("fraction", 0.0, 1.0, value: 0.5);
            ui.Slider("money", 0m, 10m, step: 0.5m);
        });

        await app.RunAsync();

        Assert.Equal((0.0, 100.0, 1.0), (app.Slider("whole").Element.Min, app.Slider("whole").Element.Max, app.Slider("whole").Element.Step));
        Assert.Equal((0.5, 0.01), (app.Slider("fraction").Value, app.Slider("fraction").Element.Step));
        Assert.Equal(0.5, app.Slider("money").Element.Step);
    }

    [Fact]
    public async Task DecimalSliderReturnsDecimals()
    {
        var value = 0m;
        using var app = AppTest.FromFunction(ui => value = ui.Slider("price", 0m, 10m, value: 2.5m));
        await app.RunAsync();

        await app.Slider("price").SetValue(7.25).RunAsync();

        Assert.Equal(7.25m, value);
    }

    [Fact]
    public async Task SliderWithMinAboveMaxFailsTheRun()
    {
        using var app = AppTest.FromFunction(ui => ui.Slider("n", 5, 1));

        await app.RunAsync();

        Assert.Contains("'n' has min 5 above max 1", Assert.IsType<ArgumentException>(app.Exception).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RangeSliderStartsWithTheWholeRangeOrItsValueInOrder()
    {
        var seen = new List<((int, int), (int, int))>();
        using var app = AppTest.FromFunction(ui => seen.Add((ui.RangeSlider("all", 0, 10), ui.RangeSlider("some", 0, 10, value: (8, 2)))));

        await app.RunAsync();

        Assert.Equal([((0, 10), (2, 8))], seen);
    }

    [Fact]
    public async Task RangeSliderOrdersWhatTheBrowserSendsAndRefusesEndsOutsideTheRange()
    {
        (int Low, int High) value = default;
        using var app = AppTest.FromFunction(ui => value = ui.RangeSlider("r", 0, 10));
        await app.RunAsync();

        await app.RangeSlider("r").SetValue((9, 1)).RunAsync();
        Assert.Equal((1, 9), value);

        Assert.Throws<ArgumentOutOfRangeException>(() => app.RangeSlider("r").SetValue((-5, 50)));
        app.SetWidgetValue(app.RangeSlider("r").Element.WidgetId, new[] { 2.0, 50.0 });
        await app.RunAsync();
        Assert.Equal((1, 9), value);
        Assert.Equal((1.0, 9.0), app.RangeSlider("r").Value);
    }

    [Fact]
    public async Task RangeThatIsNotTwoNumbersIsIgnored()
    {
        using var app = AppTest.FromFunction(ui => ui.RangeSlider("r", 0, 10, value: (2, 3)));
        await app.RunAsync();

        app.SetWidgetValue(app.RangeSlider("r").Element.WidgetId, new[] { 1.0, 2.0, 3.0 });
        await app.RunAsync();

        Assert.Equal((2.0, 3.0), app.RangeSlider("r").Value);
    }

    [Fact]
    public async Task NumberInputStartsAtItsValue()
    {
        var seen = new List<(int, int, double)>();
        using var app = AppTest.FromFunction(ui => seen.Add((ui.NumberInput("plain", 0), ui.NumberInput("bounded", 5, min: 5), ui.NumberInput("preset", 1.5))));

        await app.RunAsync();

        Assert.Equal([(0, 5, 1.5)], seen);
    }

    [Fact]
    public async Task NumberInputRefusesValuesOutsideItsBoundsAndRoundsWholeNumbers()
    {
        var value = 0;
        using var app = AppTest.FromFunction(ui => value = ui.NumberInput("Epochs", 10, min: 1, max: 500));
        await app.RunAsync();

        Assert.Throws<ArgumentOutOfRangeException>(() => app.NumberInput("Epochs").SetValue(900));
        app.SetWidgetValue(app.NumberInput("Epochs").Element.WidgetId, 0.0);
        await app.RunAsync();
        Assert.Equal(10, value);

        await app.NumberInput("Epochs").SetValue(41.7).RunAsync();
        Assert.Equal(42, value);
    }

    [Fact]
    public async Task AWholeNumberTooLargeForItsTypeIsRefusedNotSaturated()
    {
        var value = 0;
        using var app = AppTest.FromFunction(ui => value = ui.NumberInput("Count", 3));
        await app.RunAsync();

        app.SetWidgetValue(app.NumberInput("Count").Element.WidgetId, 1e30);
        await app.RunAsync();

        Assert.Equal(3, value);
    }

    [Fact]
    public async Task NumberInputElementSaysWhetherItIsWholeAndBounded()
    {
        using var app = AppTest.FromFunction(ui =>
        {
            ui.NumberInput("whole", 0, min: 0);
            ui.NumberInput("free", 0.0);
        });

        await app.RunAsync();

        var whole = app.NumberInput("whole").Element;
        var free = app.NumberInput("free").Element;
        Assert.Equal((true, 0.0, null, 1.0), (whole.Integral, whole.Min, whole.Max, whole.Step));
        Assert.Equal((false, null, null, 0.01), (free.Integral, free.Min, free.Max, free.Step));
    }

    [Fact]
    public async Task NumberInputAcceptsANumberSentAsText()
    {
        using var app = AppTest.FromFunction(ui => ui.NumberInput("x", 0.0));
        await app.RunAsync();

        app.SetWidgetValue(app.NumberInput("x").Element.WidgetId, "2.75");
        await app.RunAsync();

        Assert.Equal(2.75, app.NumberInput("x").Value);
    }
}

#if (!js)
using Component1;
#endif
using DataApps;
using DataApps.Testing;

namespace Component1.Tests;

// AppTest runs a page that uses the widget, without a browser, through the same identity → state → element path as the
// built-in widgets. SetValue sends what the renderer would send.
public sealed class Widget1AppTests
{
    [Fact]
    public async Task TheWidgetStartsAtItsValueAndReturnsTheValueTheUserSets()
    {
        using var app = AppTest.FromFunction(ui => ui.Text($"guests: {ui.Widget1("Guests", min: 1, max: 12, value: 2)}"));
        await app.RunAsync();
        Assert.Equal("guests: 2", app.Get<TextElement>()[0].Text);

#if (js)
        await app.Component("widget1").SetValue(5).RunAsync();
#else
        await app.Widget<Widget1Element>("Guests").SetValue(5).RunAsync();
#endif

        Assert.Equal("guests: 5", app.Get<TextElement>()[0].Text);
    }

    [Fact]
    public async Task TheWidgetKeepsItsValueAcrossReruns()
    {
        using var app = AppTest.FromFunction(ui =>
        {
            ui.Checkbox("Other");
            ui.Text($"guests: {ui.Widget1("Guests", max: 12)}");
        });
        await app.RunAsync();
#if (js)
        await app.Component("widget1").SetValue(3).RunAsync();
#else
        await app.Widget<Widget1Element>("Guests").SetValue(3).RunAsync();
#endif

        await app.Checkbox("Other").SetValue(true).RunAsync();

        Assert.Equal("guests: 3", app.Get<TextElement>()[0].Text);
    }

    [Fact]
    public async Task AValueOutsideTheRangeIsIgnored()
    {
        using var app = AppTest.FromFunction(ui => ui.Text($"guests: {ui.Widget1("Guests", min: 1, max: 12, value: 2)}"));
        await app.RunAsync();

#if (js)
        await app.Component("widget1").SetValue(99).RunAsync();
        await app.Component("widget1").SetJson("\"many\"").RunAsync();
#else
        await app.Widget<Widget1Element>("Guests").SetValue(99).RunAsync();
        await app.Widget<Widget1Element>("Guests").SetValue("many").RunAsync();
#endif

        Assert.Equal("guests: 2", app.Get<TextElement>()[0].Text);
        Assert.Null(app.Exception);
    }
#if (js)

    [Fact]
    public async Task TheSettingsReachTheModuleAsArguments()
    {
        using var app = AppTest.FromFunction(ui => ui.Widget1("Guests", min: 1, max: 12, value: 2, step: 3));

        await app.RunAsync();

        var args = app.Component("widget1").Args;
        Assert.Equal("Guests", args.GetProperty("label").GetString());
        Assert.Equal(1, args.GetProperty("min").GetInt32());
        Assert.Equal(12, args.GetProperty("max").GetInt32());
        Assert.Equal(2, args.GetProperty("value").GetInt32());
        Assert.Equal(3, args.GetProperty("step").GetInt32());
    }
#else

    [Fact]
    public async Task TheElementCarriesTheRangeAndTheStep()
    {
        using var app = AppTest.FromFunction(ui => ui.Widget1("Guests", min: 1, max: 12, value: 2, step: 3, help: "Adults and children"));

        await app.RunAsync();

        var element = app.Widget<Widget1Element>("Guests").Element;
        Assert.Equal((1, 12, 2, 3), (element.Min, element.Max, element.Value, element.Step));
        Assert.Equal("Adults and children", element.Help);
    }
#endif

    [Fact]
    public async Task AKeyedWidgetIsSetThroughState()
    {
        using var app = AppTest.FromFunction(ui =>
        {
            if (ui.Button("Ten"))
            {
                ui.State["guests"] = 10;
            }

            ui.Text($"guests: {ui.Widget1("Guests", max: 12, key: "guests")}");
        });
        await app.RunAsync();

        await app.Button("Ten").Click().RunAsync();
        await app.RunAsync();

        Assert.Equal("guests: 10", app.Get<TextElement>()[0].Text);
    }
}

using DataApps.Core.Tests.Support;
using DataApps.Testing;

namespace DataApps.Core.Tests.Widgets;

public sealed class DisabledWidgetTests
{
    [Fact]
    public async Task ValueSentToADisabledWidgetIsIgnored()
    {
        // "disabled: !user.IsAdmin" must hold on the server too: a crafted message must not change the value.
        var seen = new List<int>();
        using var app = AppTest.FromFunction(ui => seen.Add(ui.Slider("Budget", 0, 100, value: 10, disabled: true)));
        await app.RunAsync();

        app.SetWidgetValue(app.Slider("Budget").Element.WidgetId, 90.0);
        await app.RunAsync();

        Assert.Equal([10, 10], seen);
    }

    [Fact]
    public async Task ClickOnADisabledButtonIsIgnoredAndItsCallbackDoesNotRun()
    {
        var seen = new List<bool>();
        var callbacks = 0;
        using var session = Some.InlineSession();
        await session.NavigateAsync(new ScriptPage(ui => seen.Add(ui.Button("Delete everything", disabled: true, onChange: () => callbacks++))), "/");

        session.Trigger(Some.Widget<ButtonElement>(session.Tree, "Delete everything").WidgetId);
        await session.RequestRunAsync();

        Assert.Equal([false, false], seen);
        Assert.Equal(0, callbacks);
    }

    [Fact]
    public async Task WidgetThatIsEnabledAgainTakesValuesAgain()
    {
        using var app = AppTest.FromFunction(ui =>
        {
            var locked = ui.Checkbox("Locked", value: true);
            ui.Slider("n", 0, 10, disabled: locked);
        });
        await app.RunAsync();

        await app.Checkbox("Locked").SetValue(false).RunAsync();
        await app.Slider("n").SetValue(6).RunAsync();

        Assert.Equal(6, app.Slider("n").Value);
    }
}

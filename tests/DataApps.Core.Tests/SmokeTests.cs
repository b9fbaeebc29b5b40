using DataApps.Testing;

namespace DataApps.Core.Tests;

public sealed class SmokeTests
{
    [Fact]
    public async Task SliderValueFlowsIntoText()
    {
        using var app = AppTest.FromFunction(ui =>
        {
            var n = ui.Slider("n", 1, 10, 3);
            ui.Text($"n={n}");
        });
        await app.RunAsync();
        Assert.Equal("n=3", app.Get<TextElement>()[0].Text);
        app.Slider("n").SetValue(7);
        await app.RunAsync();
        Assert.Equal("n=7", app.Get<TextElement>()[0].Text);
    }
}

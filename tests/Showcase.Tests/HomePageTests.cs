using DataApps.Testing;
using Showcase.Pages;

namespace Showcase.Tests;

public sealed class HomePageTests
{
    [Fact]
    public async Task MovingTheSliderUpdatesTheSquare()
    {
        using var app = AppTest.For<HomePage>();
        await app.RunAsync();

        app.Slider("n").SetValue(12);
        await app.RunAsync();

        Assert.Contains(app.Get<DataApps.TextElement>(), t => t.Text == "n² = 144");
    }
}

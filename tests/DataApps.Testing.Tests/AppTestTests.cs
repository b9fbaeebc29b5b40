using DataApps.Testing;

namespace DataApps.Testing.Tests;

public sealed class AppTestTests
{
    [Fact]
    public async Task FindingAMissingWidgetListsTheOnesThatExist()
    {
        using var app = AppTest.FromFunction(ui =>
        {
            ui.Slider("alpha", 0, 10);
            ui.Slider("beta", 0, 10);
        });
        await app.RunAsync();

        var error = Assert.Throws<InvalidOperationException>(() => app.Slider("gamma"));

        Assert.Contains("'alpha', 'beta'", error.Message, StringComparison.Ordinal);
    }
}

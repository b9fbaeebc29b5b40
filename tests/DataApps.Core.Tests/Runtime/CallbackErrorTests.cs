using DataApps.Testing;

namespace DataApps.Core.Tests.Runtime;

public sealed class CallbackErrorTests
{
    [Fact]
    public async Task ThrowingCallbackShowsItsErrorAndThePageBodyStillRuns()
    {
        using var app = AppTest.FromFunction(ui =>
        {
            ui.Checkbox("c", onChange: () => throw new InvalidOperationException("callback failed"));
            ui.Text("body");
        });
        await app.RunAsync();

        await app.Checkbox("c").SetValue(true).RunAsync();

        Assert.Collection(
            app.Tree.Main.Children,
            e => Assert.Equal("callback failed", Assert.IsType<ExceptionElement>(e).Message),
            e => Assert.True(Assert.IsType<CheckboxElement>(e).Value),
            e => Assert.Equal("body", Assert.IsType<TextElement>(e).Text));
        Assert.Equal("callback failed", app.Exception?.Message);
    }

    [Fact]
    public async Task ThrowingCallbackDoesNotKeepTheOtherCallbacksFromRunning()
    {
        var ran = new List<string>();
        using var app = AppTest.FromFunction(ui =>
        {
            ui.Checkbox("a", onChange: () => throw new InvalidOperationException("a failed"));
            ui.Checkbox("b", onChange: () => ran.Add("b"));
        });
        await app.RunAsync();

        app.Checkbox("a").SetValue(true);
        app.Checkbox("b").SetValue(true);
        await app.RunAsync();

        Assert.Equal(["b"], ran);
        Assert.Single(app.Get<ExceptionElement>());
    }

    [Fact]
    public async Task ErrorOfACallbackIsGoneAfterTheNextRun()
    {
        using var app = AppTest.FromFunction(ui =>
        {
            ui.Checkbox("c", onChange: () => throw new InvalidOperationException("callback failed"));
            ui.Text("body");
        });
        await app.RunAsync();
        await app.Checkbox("c").SetValue(true).RunAsync();

        await app.RunAsync();

        Assert.Empty(app.Get<ExceptionElement>());
        Assert.Null(app.Exception);
    }
}

using DataApps.Testing;

namespace DataApps.Core.Tests.Widgets;

/// <summary>shortcut: on buttons: names are checked and made canonical on the server, and a page cannot give one shortcut to two buttons.</summary>
public sealed class ShortcutTests
{
    private static async Task<AppTest> Run(Action<Ui> page)
    {
        var app = AppTest.FromFunction(page);
        await app.RunAsync();
        return app;
    }

    [Theory]
    [InlineData("Ctrl+Enter", "ctrl+enter")]
    [InlineData("shift + control + S", "ctrl+shift+s")]
    [InlineData("Cmd+Return", "meta+enter")]
    [InlineData("Option+ArrowRight", "alt+right")]
    [InlineData("a", "a")]
    [InlineData("1", "1")]
    [InlineData("ArrowRight", "right")]
    [InlineData("Esc", "escape")]
    [InlineData("F2", "f2")]
    public async Task AShortcutIsCarriedInCanonicalForm(string shortcut, string canonical)
    {
        using var app = await Run(ui => ui.Button("Go", shortcut: shortcut));

        Assert.Null(app.Exception);
        Assert.Equal(canonical, app.Get<ButtonElement>().Single().Shortcut);
    }

    [Theory]
    [InlineData("Ctrl+Banana", "'Banana' is not a key")]
    [InlineData("Ctrl+A+B", "two keys")]
    [InlineData("Ctrl+Shift", "no key")]
    [InlineData("F25", "'F25' is not a key")]
    [InlineData("?", "'?' is not a key")]
    public async Task AnUnknownKeyIsAnErrorNamingTheButtonAndTheArgument(string shortcut, string why)
    {
        using var app = await Run(ui => ui.Button("Save", shortcut: shortcut));

        var error = Assert.IsType<ArgumentException>(app.Exception);
        Assert.Equal("shortcut", error.ParamName);
        Assert.Contains("button 'Save'", error.Message, StringComparison.Ordinal);
        Assert.Contains(why, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TwoButtonsWithOneShortcutShowAnErrorNamingBothAndTheSecondLosesIt()
    {
        using var app = await Run(ui =>
        {
            ui.Button("Save", shortcut: "Ctrl+Enter");
            ui.Button("Send", shortcut: "control+return");
            ui.Text("after");
        });

        Assert.Null(app.Exception);
        var error = app.Get<ErrorElement>().Single();
        Assert.Contains("button 'Send'", error.Body, StringComparison.Ordinal);
        Assert.Contains("button 'Save'", error.Body, StringComparison.Ordinal);
        Assert.Contains("Ctrl+Enter", error.Body, StringComparison.Ordinal);
        Assert.Equal(["ctrl+enter", null], app.Get<ButtonElement>().Select(b => b.Shortcut));
        Assert.Single(app.Get<TextElement>());
    }

    [Fact]
    public async Task TheSameShortcutIsFreeAgainInTheNextRun()
    {
        using var app = await Run(ui => ui.Button("Next", shortcut: "ArrowRight"));
        await app.RunAsync();

        Assert.Empty(app.Get<ErrorElement>());
        Assert.Equal("right", app.Get<ButtonElement>().Single().Shortcut);
    }

    [Fact]
    public async Task SubmitDownloadAndLinkButtonsTakeShortcutsFromTheSamePool()
    {
        using var app = await Run(ui =>
        {
            var form = ui.Form("f");
            form.SubmitButton("Save", shortcut: "Ctrl+S");
            ui.DownloadButton("Export", "a,b", "x.csv", shortcut: "Ctrl+E");
            ui.LinkButton("Docs", "https://example.org", shortcut: "Ctrl+D");
            ui.LinkButton("Again", "https://example.org/2", shortcut: "Ctrl+S");
        });

        Assert.Equal("ctrl+s", app.Get<SubmitButtonElement>().Single().Shortcut);
        Assert.Equal("ctrl+e", app.Get<DownloadButtonElement>().Single().Shortcut);
        Assert.Equal(["ctrl+d", null], app.Get<LinkButtonElement>().Select(b => b.Shortcut));
        Assert.Contains("submit button 'Save'", app.Get<ErrorElement>().Single().Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AButtonClickedThroughItsShortcutIsAnOrdinaryClick()
    {
        var clicks = 0;
        using var app = await Run(ui =>
        {
            if (ui.Button("Next", shortcut: "n"))
            {
                clicks++;
            }
        });

        await app.Button("Next").Click().RunAsync();

        Assert.Equal(1, clicks);
    }
}

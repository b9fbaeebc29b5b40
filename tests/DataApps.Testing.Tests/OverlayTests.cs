namespace DataApps.Testing.Tests;

/// <summary>Dialogs (modal fragments the page keeps open) and popovers (floating containers).</summary>
public sealed class OverlayTests
{
    private int _pageRuns;

    private AppTest VoteApp() => AppTest.FromFunction(ui =>
    {
        _pageRuns++;
        if (ui.Button("Vote"))
        {
            ui.State["voting"] = true;
        }

        if (ui.State.GetOrAdd("voting", false))
        {
            ui.Dialog("Cast your vote", d =>
            {
                var reason = d.TextInput("Because");
                d.Text($"typed: {reason}");
                if (d.Button("Submit"))
                {
                    d.State["vote"] = reason;
                    d.State["voting"] = false;
                    d.Rerun();
                }
            });
        }

        ui.Text($"vote: {ui.State.GetOrAdd("vote", "none")}");
    });

    [Fact]
    public async Task ADialogOpensInTheRunThatWritesIt()
    {
        using var app = VoteApp();
        await app.RunAsync();
        Assert.Null(app.Dialog);

        await app.Button("Vote").Click().RunAsync();

        Assert.Equal("Cast your vote", app.Dialog!.Title);
        Assert.Equal(DialogWidth.Medium, app.Dialog.Width);
        Assert.Contains(app.Dialog.Children, c => c is TextInputElement);
    }

    [Fact]
    public async Task AWidgetInsideADialogRerunsOnlyTheDialog()
    {
        using var app = VoteApp();
        await app.RunAsync();
        await app.Button("Vote").Click().RunAsync();
        var runsBefore = _pageRuns;

        await app.TextInput("Because").SetValue("it is fast").RunAsync();

        Assert.Equal(runsBefore, _pageRuns);
        Assert.Contains(app.Get<TextElement>(), t => t.Text == "typed: it is fast");
        Assert.NotNull(app.Dialog);
    }

    [Fact]
    public async Task RerunningThePageWithoutTheDialogClosesIt()
    {
        using var app = VoteApp();
        await app.RunAsync();
        await app.Button("Vote").Click().RunAsync();
        await app.TextInput("Because").SetValue("types").RunAsync();

        await app.Button("Submit").Click().RunAsync();

        Assert.Null(app.Dialog);
        Assert.Equal("vote: types", app.Get<TextElement>()[^1].Text);
    }

    [Fact]
    public async Task EachOpeningIsANewOpening()
    {
        using var app = AppTest.FromFunction(ui => ui.Dialog("Always", d => d.Text("hi")));
        await app.RunAsync();
        var first = app.Dialog!.Opened;

        await app.RunAsync();

        Assert.NotEqual(first, app.Dialog!.Opened); // the browser opens it again even if the user closed it
    }

    [Theory]
    [InlineData("two", "Only one dialog can be open at a time")]
    [InlineData("in-form", "is inside a form")]
    [InlineData("in-fragment", "inside a fragment or a dialog")]
    public async Task DialogMisuseIsAClearError(string misuse, string message)
    {
        using var app = AppTest.FromFunction(ui =>
        {
            switch (misuse)
            {
                case "two":
                    ui.Dialog("A", _ => { });
                    ui.Dialog("B", _ => { });
                    break;
                case "in-form":
                    ui.Form("f").Dialog("A", _ => { });
                    break;
                case "in-fragment":
                    ui.Fragment(f => f.Dialog("A", _ => { }));
                    break;
            }
        });

        await app.RunAsync();

        Assert.Contains(message, Assert.Single(app.Get<ExceptionElement>()).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task APopoversWidgetsRerunThePageLikeAnyOther()
    {
        using var app = AppTest.FromFunction(ui =>
        {
            _pageRuns++;
            var bins = ui.Popover("Settings").Slider("Bins", 5, 50, 10);
            ui.Text($"bins: {bins}");
        });
        await app.RunAsync();

        await app.Slider("Bins").SetValue(20).RunAsync();

        Assert.Equal(2, _pageRuns);
        Assert.Equal("bins: 20", app.Get<TextElement>()[0].Text);
        Assert.Equal("Settings", Assert.Single(app.Get<PopoverElement>()).Label);
    }
}

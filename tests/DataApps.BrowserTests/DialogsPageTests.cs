using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace DataApps.BrowserTests;

[Collection(nameof(ShowcaseCollection))]
public sealed class DialogsPageTests(ShowcaseFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task ADialogOpensRerunsOnItsOwnAndClosesOnSubmit()
    {
        var app = await OpenAsync("/dialogs");

        await app.ClickAsync("Vote for Linear");
        var dialog = app.Page.GetByRole(AriaRole.Dialog, new() { Name = "Vote for Linear" });
        await Expect(dialog).ToBeVisibleAsync();

        var reason = dialog.Locator("input");
        await reason.FillAsync("simple");
        await app.InteractAsync(() => reason.PressAsync("Enter"));
        await Expect(dialog.GetByText("6 characters")).ToBeVisibleAsync();

        await app.InteractAsync(() => dialog.GetByRole(AriaRole.Button, new() { Name = "Submit" }).ClickAsync());

        await Expect(dialog).ToHaveCountAsync(0);
        await Expect(app.Elements("text").Filter(new() { HasText = "Your vote:" })).ToHaveTextAsync("Your vote: Linear, because simple");
    }

    [Fact]
    public async Task ClosingADialogRunsNothing()
    {
        var app = await OpenAsync("/dialogs");
        await app.ClickAsync("Vote for Forest");
        var dialog = app.Page.GetByRole(AriaRole.Dialog);
        await Expect(dialog).ToBeVisibleAsync();
        var runs = await app.RunsAsync();

        await dialog.GetByRole(AriaRole.Button, new() { Name = "Close" }).ClickAsync();

        await Expect(dialog).ToHaveCountAsync(0);
        await app.Page.WaitForTimeoutAsync(300); // a run would have been announced by now
        Assert.Equal(runs, await app.RunsAsync());
    }
}

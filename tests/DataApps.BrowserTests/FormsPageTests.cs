using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace DataApps.BrowserTests;

[Collection(nameof(ShowcaseCollection))]
public sealed class FormsPageTests(ShowcaseFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task AFormDoesNotRerunThePageUntilItIsSubmitted()
    {
        var app = await OpenAsync("/forms");
        var runs = await app.RunsAsync();
        var note = app.Main.Locator("[data-form=order] [data-element=text-input] input");

        await note.FillAsync("ring twice");
        await note.PressAsync("Enter");
        await note.BlurAsync();
        var quantity = app.Main.Locator("[data-form=order] input[type=range]");
        await quantity.FocusAsync();
        await quantity.PressAsync("ArrowRight");
        await quantity.PressAsync("ArrowRight");
        await app.Page.WaitForTimeoutAsync(500); // a rerun would have started by now: none may come

        Assert.Equal(runs, await app.RunsAsync());
        await app.InteractAsync(() => app.Main.GetByRole(AriaRole.Button, new() { Name = "Place order" }).ClickAsync());
        Assert.Equal(runs + 1, await app.RunsAsync());
        await Expect(app.Elements("success")).ToHaveTextAsync("Ordered 3 × M: ring twice");
    }

    [Fact]
    public async Task AClearOnSubmitFormEmptiesItsFieldAfterTheSubmit()
    {
        var app = await OpenAsync("/forms");
        var item = app.Main.Locator("[data-form=todo] [data-element=text-input] input");

        await item.FillAsync("milk");
        await item.BlurAsync();
        await app.InteractAsync(() => app.Main.GetByRole(AriaRole.Button, new() { Name = "Add", Exact = true }).ClickAsync());

        await Expect(app.Elements("text").Filter(new() { HasText = "List: milk" })).ToHaveCountAsync(1);
        await Expect(item).ToHaveValueAsync("");
    }
}

using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace DataApps.BrowserTests;

[Collection(nameof(ShowcaseCollection))]
public sealed class EditorPageTests(ShowcaseFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task EditingACellChangesTheTotalTheScriptComputes()
    {
        var app = await OpenAsync("/editor");
        await Expect(Total(app)).ToHaveTextAsync("Total: 22.10");

        var quantity = app.Elements("data-editor").Locator("tr[data-row='1'] td[data-column='qty'] input");
        await app.InteractAsync(async () =>
        {
            await quantity.FillAsync("3");
            await quantity.PressAsync("Tab"); // the cell commits on change, like a text input
        });

        await Expect(Total(app)).ToHaveTextAsync("Total: 37.90");
    }

    [Fact]
    public async Task AWrongValueShowsAMessageAtItsCell()
    {
        var app = await OpenAsync("/editor");

        var quantity = app.Elements("data-editor").Locator("tr[data-row='0'] td[data-column='qty']");
        await app.InteractAsync(async () =>
        {
            await quantity.Locator("input").FillAsync("abc");
            await quantity.Locator("input").PressAsync("Tab");
        });

        await Expect(quantity.Locator(".da-cell-message")).ToHaveTextAsync("'abc' is not a whole number.");
        await Expect(Total(app)).ToHaveTextAsync("Total: 22.10");
    }

    private static ILocator Total(AppPage app) =>
        app.Elements("text").Filter(new LocatorFilterOptions { HasText = "Total:" });
}

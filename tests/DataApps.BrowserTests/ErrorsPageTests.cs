using static Microsoft.Playwright.Assertions;

namespace DataApps.BrowserTests;

[Collection(nameof(ShowcaseCollection))]
public sealed class ErrorsPageTests(ShowcaseFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task AnExceptionIsShownOnThePageAndTheSessionKeepsWorking()
    {
        var app = await OpenAsync("/errors");

        await app.ClickAsync("Raise an exception");
        await Expect(app.Elements("exception")).ToContainTextAsync("Boom from the Errors page");

        await app.ClickAsync("Say hello");
        await Expect(app.Elements("success")).ToHaveTextAsync("Hello!");
        await Expect(app.Elements("exception")).ToHaveCountAsync(0);
    }
}

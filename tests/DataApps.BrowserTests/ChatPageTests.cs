using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace DataApps.BrowserTests;

[Collection(nameof(ShowcaseCollection))]
public sealed class ChatPageTests(ShowcaseFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task AnAnswerShowsPartiallyBeforeItIsComplete()
    {
        var app = await OpenAsync("/chat");
        var runs = await app.RunsAsync();
        var answer = app.Main.Locator("[data-role=assistant] .da-chat-body");

        await app.Main.Locator(".da-chat-input input").FillAsync("streaming works nicely");
        await app.Main.Locator(".da-chat-input input").PressAsync("Enter");

        await Expect(answer).ToContainTextAsync("You wrote 3 words.");
        var partial = (await answer.InnerTextAsync()).Trim();
        await app.WaitForRunsAsync(runs + 1);
        var whole = (await answer.InnerTextAsync()).Trim();

        Assert.StartsWith(partial, whole, StringComparison.Ordinal);
        Assert.True(partial.Length < whole.Length, $"the first text seen ({partial.Length} chars) was already the whole answer");
        Assert.EndsWith("streaming its tokens the same way.", whole, StringComparison.Ordinal);
        await Expect(app.Main.Locator("[data-role=user]")).ToContainTextAsync("streaming works nicely");
    }
}

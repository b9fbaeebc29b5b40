using DataApps;
using DataApps.Testing;
using Showcase.Pages;

namespace Showcase.Tests;

public sealed class ChatPageTests
{
    [Fact]
    public async Task AMessageGetsAStreamedAnswerAndBothStay()
    {
        using var app = AppTest.For<ChatPage>();
        await app.RunAsync();

        await app.ChatInput().Send("hello there").RunAsync();
        await app.RunAsync();

        Assert.Equal(["user", "assistant"], app.Get<ChatMessageElement>().Select(m => m.Role));
        Assert.StartsWith("You wrote 2 words.", app.Get<MarkdownElement>()[^1].Markdown, StringComparison.Ordinal);
    }
}

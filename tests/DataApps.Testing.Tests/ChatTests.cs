namespace DataApps.Testing.Tests;

/// <summary>Chat messages, the chat input (a message for one run) and streamed text.</summary>
public sealed class ChatTests
{
    private static async IAsyncEnumerable<string> Words(string text)
    {
        foreach (var word in text.Split(' '))
        {
            await Task.Yield();
            yield return word + " ";
        }
    }

    [Fact]
    public async Task AMessageFromTheChatInputArrivesInOneRunOnly()
    {
        var seen = new List<string?>();
        using var app = AppTest.FromFunction(ui => seen.Add(ui.ChatInput("Ask")));
        await app.RunAsync();

        await app.ChatInput().Send("  hello  ").RunAsync();
        await app.RunAsync();

        Assert.Equal([null, "hello", null], seen);
        Assert.Equal("Ask", app.ChatInput().Element.Placeholder);
    }

    [Fact]
    public async Task AnEmptyMessageIsNotSent()
    {
        using var app = AppTest.FromFunction(ui => ui.ChatInput());
        await app.RunAsync();

        Assert.Throws<ArgumentException>(() => app.ChatInput().Send("   "));
        app.SetWidgetValue(app.ChatInput().Element.WidgetId, "   "); // a crafted message is ignored
        await app.RunAsync();
        Assert.Null(app.Exception);
    }

    [Fact]
    public async Task AConversationKeepsItsMessagesInState()
    {
        using var app = AppTest.FromFunction(async ui =>
        {
            var history = ui.State.GetOrAdd("history", () => new List<(string Role, string Text)>());
            foreach (var (role, text) in history)
            {
                ui.ChatMessage(role).Markdown(text);
            }

            if (ui.ChatInput() is { } prompt)
            {
                history.Add(("user", prompt));
                ui.ChatMessage("user").Markdown(prompt);
                var answer = await ui.ChatMessage("assistant").WriteStreamAsync(Words($"You said {prompt}"));
                history.Add(("assistant", answer));
            }
        });
        await app.RunAsync();

        await app.ChatInput().Send("hi").RunAsync();
        await app.RunAsync();

        var messages = app.Get<ChatMessageElement>();
        Assert.Equal(["user", "assistant"], messages.Select(m => m.Role));
        Assert.Equal("You said hi ", app.Get<MarkdownElement>()[^1].Markdown);
    }

    [Fact]
    public async Task WriteStreamReturnsTheWholeTextAndShowsItInOnePlace()
    {
        string? whole = null;
        using var app = AppTest.FromFunction(async ui => whole = await ui.WriteStreamAsync(Words("one two three")));

        await app.RunAsync();

        Assert.Equal("one two three ", whole);
        Assert.Equal("one two three ", Assert.Single(app.Get<MarkdownElement>()).Markdown);
    }

    [Fact]
    public async Task AChatInputInsideAFormIsAClearError()
    {
        using var app = AppTest.FromFunction(ui => ui.Form("f").ChatInput());

        await app.RunAsync();

        Assert.Contains("inside the form", Assert.Single(app.Get<ExceptionElement>()).Message, StringComparison.Ordinal);
    }
}

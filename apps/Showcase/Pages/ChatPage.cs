using System.Runtime.CompilerServices;
using DataApps;

namespace Showcase.Pages;

/// <summary>A chat with a local responder that streams its answer word by word (no network, no model).</summary>
[Page("/chat", Title = "Chat", Icon = "chat", Section = "Control flow", Order = 90)]
public sealed class ChatPage : DataPage
{
    public override async Task RunAsync(Ui ui, CancellationToken ct)
    {
        ui.Title("Chat");
        ui.Markdown("""
            `ui.ChatMessage(role)` writes a message; `ui.ChatInput()` is the box at the bottom and returns a message
            in the one run it causes; `WriteStreamAsync` shows text as it arrives. The responder here is local: it
            streams a few words about what you wrote.
            """);

        var history = ui.State.GetOrAdd("chat", () => new List<ChatLine>());
        foreach (var line in history)
        {
            ui.ChatMessage(line.Role).Markdown(line.Text);
        }

        if (ui.ChatInput("Ask something") is { } prompt)
        {
            history.Add(new ChatLine("user", prompt));
            ui.ChatMessage("user").Markdown(prompt);
            var answer = await ui.ChatMessage("assistant").WriteStreamAsync(RespondAsync(prompt, ct));
            history.Add(new ChatLine("assistant", answer));
        }
    }

    /// <summary>Streams an answer a word at a time, like a model's tokens.</summary>
    public static async IAsyncEnumerable<string> RespondAsync(string prompt, [EnumeratorCancellation] CancellationToken ct = default)
    {
        var words = prompt.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var reply = $"You wrote {words.Length} word{(words.Length == 1 ? "" : "s")}. " +
            $"The longest is **{words.MaxBy(w => w.Length)}**, and read backwards your message is: {string.Join(' ', words.Reverse())}. " +
            "A real model would answer here, streaming its tokens the same way.";
        foreach (var word in reply.Split(' '))
        {
            await Task.Delay(40, ct);
            yield return word + " ";
        }
    }

    /// <summary>One line of the conversation.</summary>
    /// <param name="Role">user or assistant.</param>
    /// <param name="Text">What was said.</param>
    public sealed record ChatLine(string Role, string Text);
}

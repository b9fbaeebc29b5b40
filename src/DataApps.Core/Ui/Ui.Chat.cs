using DataApps.Widgets;

namespace DataApps;

public sealed partial class Ui
{
    /// <summary>Writes one message of a conversation; returns the <see cref="Ui"/> inside it.</summary>
    /// <param name="role"><c>user</c>, <c>assistant</c> or any name; it picks the avatar and the alignment.</param>
    /// <param name="avatar">An emoji, a letter or a Material icon name, instead of the role's.</param>
    /// <example><c>ui.ChatMessage("user").Markdown(prompt);</c></example>
    public Ui ChatMessage(string role, string? avatar = null) => Child(Checkpoint(), new ChatMessageElement(role ?? "", avatar));

    /// <summary>Writes one message of a conversation with <paramref name="body"/>.</summary>
    /// <param name="role"><c>user</c>, <c>assistant</c> or any name.</param>
    /// <param name="body">Writes the message.</param>
    /// <param name="avatar">An emoji, a letter or a Material icon name.</param>
    /// <example><c>ui.ChatMessage("assistant", m =&gt; m.Markdown(answer));</c></example>
    public void ChatMessage(string role, Action<Ui> body, string? avatar = null)
    {
        ArgumentNullException.ThrowIfNull(body);
        body(ChatMessage(role, avatar));
    }

    /// <summary>
    /// Shows the message box pinned to the bottom of the page; returns the message the user sent, in the one run that
    /// message causes, and <c>null</c> otherwise.
    /// </summary>
    /// <param name="placeholder">The text shown while it is empty.</param>
    /// <param name="maxChars">The longest message.</param>
    /// <param name="key">A unique key; makes the identity the key alone.</param>
    /// <param name="disabled">Show it greyed out (while an answer is written, say).</param>
    /// <param name="onSubmit">Called before the run the message causes.</param>
    /// <example><c>if (ui.ChatInput("Ask about the data") is { } prompt) history.Add(("user", prompt));</c></example>
    public string? ChatInput(string placeholder = "Your message", int? maxChars = null, string? key = null, bool disabled = false, Action? onSubmit = null) =>
        Widget(new ChatInputSpec(placeholder ?? "", maxChars) { Key = key, Disabled = disabled, OnChange = onSubmit });

    /// <summary>
    /// Writes text as it arrives (tokens from a model, say): the browser shows it growing while the run goes on.
    /// Returns the whole text once the stream ends.
    /// </summary>
    /// <param name="chunks">The pieces of text, in order.</param>
    /// <returns>The whole text.</returns>
    /// <example><c>var answer = await ui.ChatMessage("assistant").WriteStreamAsync(model.StreamAsync(prompt, ct));</c></example>
    public async Task<string> WriteStreamAsync(IAsyncEnumerable<string> chunks)
    {
        ArgumentNullException.ThrowIfNull(chunks);
        var slot = Empty();
        var text = new System.Text.StringBuilder();
        slot.Markdown("");
        await foreach (var chunk in chunks.WithCancellation(CancellationToken).ConfigureAwait(false))
        {
            text.Append(chunk);
            slot.Markdown(text.ToString());
        }

        return text.ToString();
    }

    /// <summary>Writes the pieces of <paramref name="chunks"/> as they are produced and returns the whole text.</summary>
    /// <param name="chunks">The pieces of text, in order.</param>
    /// <returns>The whole text.</returns>
    /// <example><c>var text = ui.WriteStream(Words(reply));</c></example>
    public string WriteStream(IEnumerable<string> chunks)
    {
        ArgumentNullException.ThrowIfNull(chunks);
        var slot = Empty();
        var text = new System.Text.StringBuilder();
        slot.Markdown("");
        foreach (var chunk in chunks)
        {
            text.Append(chunk);
            slot.Markdown(text.ToString());
        }

        return text.ToString();
    }
}

namespace DataApps.Testing;

public sealed partial class AppTest
{
    /// <summary>The chat input of the last run (the only one, or the one with this key).</summary>
    /// <param name="key">The key given to <c>ui.ChatInput</c>, when the page has more than one.</param>
    /// <exception cref="InvalidOperationException">No chat input, or several and no key.</exception>
    public ChatInputHandle ChatInput(string? key = null)
    {
        var inputs = Get<ChatInputElement>();
        var found = key is not null
            ? inputs.SingleOrDefault(i => i.WidgetId == WidgetIdentity.ForKey(key))
            : inputs.Count == 1 ? inputs[0] : null;
        return found is not null
            ? new ChatInputHandle(this, found)
            : throw new InvalidOperationException(inputs.Count == 0
                ? "No chat input in the last run."
                : $"{inputs.Count} chat inputs in the last run; find one by its key.");
    }
}

/// <summary>A chat input in a test.</summary>
public sealed class ChatInputHandle : WidgetHandle<ChatInputElement>
{
    internal ChatInputHandle(AppTest app, ChatInputElement element)
        : base(app, element)
    {
    }

    /// <summary>Sends a message, as pressing Enter in the box does: <c>ui.ChatInput</c> returns it in the next run only.</summary>
    /// <param name="message">The message.</param>
    /// <returns>The test, to chain <c>RunAsync</c>.</returns>
    public AppTest Send(string message)
    {
        if (string.IsNullOrWhiteSpace(message))
        {
            throw new ArgumentException("A user cannot send an empty message.", nameof(message));
        }

        Send((object)message);
        return App;
    }
}

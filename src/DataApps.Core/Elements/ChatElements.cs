namespace DataApps;

/// <summary>One message of a conversation (<c>ui.ChatMessage</c>): a container with the author's avatar.</summary>
/// <param name="Role">Who wrote it: <c>user</c>, <c>assistant</c> or any name.</param>
/// <param name="Avatar">An emoji, a letter or a Material icon name; <c>null</c> picks one from the role.</param>
public sealed record ChatMessageElement(string Role, string? Avatar) : BlockElement;

/// <summary>The message box pinned to the bottom of the page (<c>ui.ChatInput</c>); its value is the message, for one run.</summary>
/// <param name="WidgetId">The widget's identity.</param>
/// <param name="Placeholder">The text shown while it is empty.</param>
/// <param name="MaxChars">The longest message, if limited.</param>
public sealed record ChatInputElement(string WidgetId, string Placeholder, int? MaxChars) : WidgetElement(WidgetId, "");

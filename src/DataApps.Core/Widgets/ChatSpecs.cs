namespace DataApps.Widgets;

/// <summary>A chat input: a trigger whose value is the submitted message in the one run it causes, then null.</summary>
internal sealed class ChatInputSpec(string placeholder, int? maxChars) : WidgetSpec<string?>("chat-input", "")
{
    public override bool IsTrigger => true;

    public override string? DefaultValue => null;

    public override void AddIdentity(ref WidgetIdentity identity)
    {
        identity.Add(placeholder);
        identity.Add(maxChars ?? -1);
    }

    public override string? FromWire(object? wire)
    {
        var text = Wire.ToText(wire).Trim();
        if (text.Length == 0)
        {
            throw new FormatException("An empty chat message is not sent.");
        }

        return maxChars is { } max && text.Length > max ? text[..max] : text;
    }

    public override WidgetElement CreateElement(string widgetId, string? value) => new ChatInputElement(widgetId, placeholder, maxChars) { Disabled = Disabled };
}

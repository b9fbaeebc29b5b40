namespace DataApps.Widgets;

/// <summary>A text input or text area: a string, optionally capped in length; both verbs build it, and its kind says which element shows it.</summary>
internal sealed class TextSpec(string kind, string label, string initial, string? placeholder, int? maxChars, bool password, int lines)
    : WidgetSpec<string>(kind, label)
{
    public override string DefaultValue => initial;

    internal override bool DefaultGiven => initial.Length > 0;

    public override void AddIdentity(ref WidgetIdentity identity)
    {
        identity.Add(initial);
        identity.Add(maxChars ?? -1);
    }

    public override bool IsValid(string value) => maxChars is not { } max || value.Length <= max;

    public override string FromWire(object? wire)
    {
        var text = Wire.ToText(wire);
        return maxChars is { } max && text.Length > max ? throw new FormatException(Refusal(text)) : text;
    }

    internal override string Refusal(string value) => $"The {Noun} '{Label}' refuses {value.Length} characters: it takes at most {maxChars}";

    public override WidgetElement CreateElement(string widgetId, string value) => Kind == "text-area"
        ? new TextAreaElement(widgetId, Label, value, placeholder, maxChars, lines) { Help = Help, Disabled = Disabled }
        : new TextInputElement(widgetId, Label, value, placeholder, maxChars, password) { Help = Help, Disabled = Disabled };
}

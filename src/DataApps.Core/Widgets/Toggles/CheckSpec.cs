namespace DataApps.Widgets;

/// <summary>A checkbox or a toggle: a bool; both verbs build it, and its kind says which element shows it.</summary>
internal sealed class CheckSpec(string kind, string label, bool initial) : WidgetSpec<bool>(kind, label)
{
    public override bool DefaultValue => initial;

    internal override bool DefaultGiven => initial;

    public override void AddIdentity(ref WidgetIdentity identity) => identity.Add(initial);

    public override bool FromWire(object? wire) => Wire.ToBool(wire);

    public override WidgetElement CreateElement(string widgetId, bool value) => Kind == "toggle"
        ? new ToggleElement(widgetId, Label, value) { Help = Help, Disabled = Disabled }
        : new CheckboxElement(widgetId, Label, value) { Help = Help, Disabled = Disabled };
}

namespace DataApps.Widgets;

/// <summary>A push button: a trigger, true only in the run its click caused.</summary>
internal sealed class ButtonSpec(string label, bool primary) : WidgetSpec<bool>("button", label)
{
    public override bool IsTrigger => true;

    public override bool DefaultValue => false;

    public override void AddIdentity(ref WidgetIdentity identity) => identity.Add(primary);

    public override bool FromWire(object? wire) => true;

    public override WidgetElement CreateElement(string widgetId, bool value) =>
        new ButtonElement(widgetId, Label, primary) { Help = Help, Disabled = Disabled };
}

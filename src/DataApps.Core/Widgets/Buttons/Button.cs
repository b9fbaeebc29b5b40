using DataApps.Widgets;

// Note [Widget files]: the widget's record, verb and spec side by side (see Widgets/WidgetSpec.cs).
namespace DataApps
{
    /// <summary>A push button (<c>ui.Button</c>); its value is <c>true</c> only in the run caused by the click.</summary>
    /// <param name="WidgetId">The widget's identity.</param>
    /// <param name="Label">The button text.</param>
    /// <param name="Primary">Whether the button is drawn as the primary action.</param>
    public sealed record ButtonElement(string WidgetId, string Label, bool Primary) : WidgetElement(WidgetId, Label);

    public sealed partial class Ui
    {
        /// <summary>Shows a button; returns <c>true</c> only in the run caused by its click.</summary>
        /// <param name="label">The button text.</param>
        /// <param name="primary">Draw it as the primary action.</param>
        /// <param name="key">A unique key; makes the identity the key alone.</param>
        /// <param name="help">A tooltip.</param>
        /// <param name="disabled">Show it greyed out.</param>
        /// <param name="onChange">Called before the next run when it is clicked.</param>
        /// <example><c>if (ui.Button("Refresh")) cache.Clear();</c></example>
        public bool Button(string label, bool primary = false, string? key = null, string? help = null, bool disabled = false, Action? onChange = null) =>
            Widget(new ButtonSpec(label, primary) { Key = key, Help = help, Disabled = disabled, OnChange = onChange });
    }
}

namespace DataApps.Widgets
{
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
}

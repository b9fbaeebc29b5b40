using DataApps.Widgets;

// Note [Widget files]: the widget's record, verb and spec side by side (see Widgets/WidgetSpec.cs).
namespace DataApps
{
    /// <summary>A push button (<c>ui.Button</c>); its value is <c>true</c> only in the run caused by the click.</summary>
    /// <param name="WidgetId">The widget's identity.</param>
    /// <param name="Label">The button text.</param>
    /// <param name="Primary">Whether the button is drawn as the primary action.</param>
    public sealed record ButtonElement(string WidgetId, string Label, bool Primary) : WidgetElement(WidgetId, Label)
    {
        /// <summary>The keyboard shortcut that clicks it, in canonical form (<c>ctrl+enter</c>, <c>a</c>), or <c>null</c>.</summary>
        public string? Shortcut { get; init; }
    }

    public sealed partial class Ui
    {
        /// <summary>Shows a button; returns <c>true</c> only in the run caused by its click.</summary>
        /// <param name="label">The button text.</param>
        /// <param name="primary">Draw it as the primary action.</param>
        /// <param name="key">A unique key; makes the identity the key alone.</param>
        /// <param name="help">A tooltip.</param>
        /// <param name="disabled">Show it greyed out.</param>
        /// <param name="onChange">Called before the next run when it is clicked.</param>
        /// <param name="shortcut">A key that clicks it: <c>"Ctrl+Enter"</c>, or a single key such as <c>"a"</c>, <c>"1"</c> or <c>"ArrowRight"</c>.
        /// A key without Ctrl, Cmd or Alt does nothing while the user types in a field. Two buttons on a page cannot share one.</param>
        /// <example><c>if (ui.Button("Save", shortcut: "Ctrl+Enter")) Save();</c></example>
        public bool Button(string label, bool primary = false, string? key = null, string? help = null, bool disabled = false, Action? onChange = null,
            string? shortcut = null) =>
            Widget(new ButtonSpec(label, primary) { Key = key, Help = help, Disabled = disabled, OnChange = onChange, Shortcut = ShortcutOf(shortcut, "button", label) });

        /// <summary>Checks a button's shortcut and claims it for this run; a shortcut another button has is shown as an error and dropped.</summary>
        private string? ShortcutOf(string? shortcut, string kind, string label)
        {
            var canonical = Widgets.Shortcut.Normalize(shortcut, kind, label);
            if (canonical is null)
            {
                return null;
            }

            var run = Checkpoint();
            var owner = $"{kind} '{label}'";
            if (run.ClaimShortcut(canonical, owner) is { } other)
            {
                _session.Emit(run, Block(run), new ErrorElement(
                    $"The shortcut {Widgets.Shortcut.Display(canonical)} of the {owner} is already the shortcut of the {other} on this page; " +
                    "give each button its own shortcut."));
                return null;
            }

            return canonical;
        }
    }
}

namespace DataApps.Widgets
{
    /// <summary>A push button: a trigger, true only in the run its click caused.</summary>
    internal sealed class ButtonSpec(string label, bool primary) : WidgetSpec<bool>("button", label)
    {
        public string? Shortcut { get; init; }

        public override bool IsTrigger => true;

        public override bool DefaultValue => false;

        public override void AddIdentity(ref WidgetIdentity identity) => identity.Add(primary);

        public override bool FromWire(object? wire) => true;

        public override WidgetElement CreateElement(string widgetId, bool value) =>
            new ButtonElement(widgetId, Label, primary) { Help = Help, Disabled = Disabled, Shortcut = Shortcut };
    }
}

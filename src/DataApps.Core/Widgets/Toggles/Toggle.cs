using DataApps.Widgets;

namespace DataApps;

// Note [Widget files]: the widget's record and verb; its spec, CheckSpec, is shared with Checkbox (CheckSpec.cs).

/// <summary>An on/off switch (<c>ui.Toggle</c>).</summary>
/// <param name="WidgetId">The widget's identity.</param>
/// <param name="Label">The label.</param>
/// <param name="Value">Whether it is on.</param>
public sealed record ToggleElement(string WidgetId, string Label, bool Value) : WidgetElement(WidgetId, Label);

public sealed partial class Ui
{
    /// <summary>Shows an on/off switch; returns whether it is on.</summary>
    /// <param name="label">The label.</param>
    /// <param name="value">The initial state.</param>
    /// <param name="key">A unique key; makes the identity the key alone.</param>
    /// <param name="help">A tooltip.</param>
    /// <param name="disabled">Show it greyed out.</param>
    /// <param name="onChange">Called before the next run when it changes.</param>
    /// <example><c>var live = ui.Toggle("Live updates");</c></example>
    public bool Toggle(string label, bool value = false, string? key = null, string? help = null, bool disabled = false, Action? onChange = null) =>
        Widget(new CheckSpec("toggle", label, value) { Key = key, Help = help, Disabled = disabled, OnChange = onChange });
}

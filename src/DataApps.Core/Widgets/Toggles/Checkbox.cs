using DataApps.Widgets;

namespace DataApps;

public sealed partial class Ui
{
    /// <summary>Shows a checkbox; returns whether it is checked.</summary>
    /// <param name="label">The label.</param>
    /// <param name="value">The initial state.</param>
    /// <param name="key">A unique key; makes the identity the key alone.</param>
    /// <param name="help">A tooltip.</param>
    /// <param name="disabled">Show it greyed out.</param>
    /// <param name="onChange">Called before the next run when it changes.</param>
    /// <example><c>if (ui.Checkbox("Show raw data")) ui.Json(rows);</c></example>
    public bool Checkbox(string label, bool value = false, string? key = null, string? help = null, bool disabled = false, Action? onChange = null) =>
        Widget(new CheckSpec("checkbox", label, value) { Key = key, Help = help, Disabled = disabled, OnChange = onChange });

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

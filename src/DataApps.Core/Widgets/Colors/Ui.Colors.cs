using DataApps.Widgets;

namespace DataApps;

public sealed partial class Ui
{
    /// <summary>Shows a colour swatch that opens a colour picker; returns the colour as lower-case <c>#rrggbb</c>.</summary>
    /// <param name="label">The label.</param>
    /// <param name="value">The initial colour as <c>#rrggbb</c> or <c>#rgb</c>; black by default, as in Streamlit.</param>
    /// <param name="key">A unique key; makes the identity the key alone.</param>
    /// <param name="help">A tooltip.</param>
    /// <param name="disabled">Show it greyed out.</param>
    /// <param name="onChange">Called before the next run when it changes.</param>
    /// <example><c>var color = ui.ColorPicker("Line colour", "#1f77b4");</c></example>
    public string ColorPicker(string label, string value = "#000000",
        string? key = null, string? help = null, bool disabled = false, Action? onChange = null)
    {
        if (!ColorPickerSpec.TryNormalize(value, out var initial))
        {
            throw new ArgumentException($"'{value}' is not a colour for '{label}'; write it as #rrggbb or #rgb.", nameof(value));
        }

        return Widget(new ColorPickerSpec(label, initial) { Key = key, Help = help, Disabled = disabled, OnChange = onChange });
    }
}

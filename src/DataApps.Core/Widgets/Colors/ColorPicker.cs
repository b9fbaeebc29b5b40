using System.Globalization;
using DataApps.Widgets;

// Note [Widget files]: the widget's record, verb and spec side by side (see Widgets/WidgetSpec.cs).
namespace DataApps
{
    /// <summary>A colour swatch that opens a colour picker (<c>ui.ColorPicker</c>); the browser sends the colour as <c>#rrggbb</c>.</summary>
    /// <param name="WidgetId">The widget's identity.</param>
    /// <param name="Label">The label.</param>
    /// <param name="Value">The colour, lower-case <c>#rrggbb</c>.</param>
    public sealed record ColorPickerElement(string WidgetId, string Label, string Value) : WidgetElement(WidgetId, Label);

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
}

namespace DataApps.Widgets
{
    /// <summary>A colour picker: a colour as lower-case <c>#rrggbb</c>, as Streamlit returns it.</summary>
    internal sealed class ColorPickerSpec(string label, string initial) : WidgetSpec<string>("color-picker", label)
    {
        internal override bool DefaultGiven => initial != "#000000";

        public override string DefaultValue => initial;

        public override void AddIdentity(ref WidgetIdentity identity) => identity.Add(initial);

        public override bool IsValid(string value) => TryNormalize(value, out var normal) && normal == value;

        /// <summary>A colour set through <c>ui.State</c> as <c>#ABC</c> or <c>#AABBCC</c> is kept, written the one way.</summary>
        internal override bool TryCarryOver(IWidgetSpec? previous, string value, out string carried) => TryNormalize(value, out carried);

        public override string FromWire(object? wire) => TryNormalize(Wire.ToText(wire), out var color)
            ? color
            : throw new FormatException($"The color picker '{Label}' takes a colour as #rrggbb, not '{Wire.ToText(wire)}'.");

        public override WidgetElement CreateElement(string widgetId, string value) =>
            new ColorPickerElement(widgetId, Label, value) { Help = Help, Disabled = Disabled };

        /// <summary>Reads <c>#rgb</c> or <c>#rrggbb</c> in any case and writes it as lower-case <c>#rrggbb</c>.</summary>
        public static bool TryNormalize(string? text, out string color)
        {
            color = "";
            var hex = text?.Trim();
            if (hex is not { Length: 4 or 7 } || hex[0] != '#' || !int.TryParse(hex.AsSpan(1), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out _))
            {
                return false;
            }

            color = hex.Length == 4
                ? string.Create(CultureInfo.InvariantCulture, $"#{hex[1]}{hex[1]}{hex[2]}{hex[2]}{hex[3]}{hex[3]}").ToLowerInvariant()
                : hex.ToLowerInvariant();
            return true;
        }
    }
}

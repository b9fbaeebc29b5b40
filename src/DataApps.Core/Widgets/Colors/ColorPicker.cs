using System.Globalization;

namespace DataApps.Widgets;

/// <summary>A colour picker: a colour as lower-case <c>#rrggbb</c>, as Streamlit returns it.</summary>
internal sealed class ColorPickerSpec(string label, string initial) : WidgetSpec<string>("color-picker", label)
{
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

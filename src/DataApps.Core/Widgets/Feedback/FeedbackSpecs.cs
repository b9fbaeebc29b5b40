using System.Text.Json;

namespace DataApps.Widgets;

/// <summary>Feedback icons: the position chosen (0 = the worst), or none; a second click on the chosen icon takes it back.</summary>
internal sealed class FeedbackSpec(FeedbackOptions options, int? initial) : WidgetSpec<int?>("feedback", "")
{
    public static int CountOf(FeedbackOptions options) => options == FeedbackOptions.Thumbs ? 2 : 5;

    public override int? DefaultValue => initial;

    public override void AddIdentity(ref WidgetIdentity identity)
    {
        identity.Add(options.ToString());
        identity.Add(initial ?? -1);
    }

    public override bool IsValid(int? value) => value is not { } v || (v >= 0 && v < CountOf(options));

    public override int? FromWire(object? wire)
    {
        if (wire is null or System.Text.Json.JsonElement { ValueKind: JsonValueKind.Null })
        {
            return null;
        }

        var value = Wire.ToInt(wire);
        return value < 0 ? null
            : value < CountOf(options) ? value
            : throw new FormatException($"The {options.ToString().ToLowerInvariant()} feedback has no position {value}.");
    }

    public override WidgetElement CreateElement(string widgetId, int? value) =>
        new FeedbackElement(widgetId, Label, options, value) { Help = Help, Disabled = Disabled };
}

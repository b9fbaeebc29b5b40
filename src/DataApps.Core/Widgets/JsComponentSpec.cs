using System.Text;
using System.Text.Json;

namespace DataApps.Widgets;

/// <summary>The spec of <c>ui.Component</c>: the value arrives from the browser as JSON text and is deserialized to <typeparamref name="TValue"/>.</summary>
/// <typeparam name="TValue">The component's value type; must be JSON-serializable.</typeparam>
internal sealed class JsComponentSpec<TValue>(string name, string args, TValue defaultValue, int maxSize) : WidgetSpec<TValue>("component", name)
{
    public override TValue DefaultValue => defaultValue;

    public override void AddIdentity(ref WidgetIdentity identity) => identity.Add(typeof(TValue).FullName ?? typeof(TValue).Name);

    /// <summary>Refuses JSON larger than the limit or not of <typeparamref name="TValue"/>'s shape; the session logs the refusal and keeps the old value.</summary>
    public override TValue FromWire(object? wire)
    {
        switch (wire)
        {
            case string json:
                if (Encoding.UTF8.GetByteCount(json) > maxSize)
                {
                    throw new FormatException($"The value of component '{Label}' is larger than its limit of {maxSize} bytes.");
                }

                try
                {
                    return JsonSerializer.Deserialize<TValue>(json, JsComponentJson.Options)!;
                }
                catch (JsonException ex)
                {
                    throw new FormatException($"The value of component '{Label}' is not a {typeof(TValue).Name}: {ex.Message}", ex);
                }

            default:
                throw new FormatException($"The component '{Label}' takes JSON text, not {wire?.GetType().Name ?? "null"}.");
        }
    }

    public override WidgetElement CreateElement(string widgetId, TValue value) =>
        new JsComponentElement(widgetId, Label, args, JsonSerializer.Serialize(value, JsComponentJson.Options), maxSize);
}

/// <summary>How JS component arguments and values are written and read: web defaults (camelCase, case-insensitive reading).</summary>
internal static class JsComponentJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);
}

using System.Text;
using System.Text.Json;
using DataApps.Widgets;

namespace DataApps;

public sealed partial class Ui
{
    /// <summary>The default limit of a JS component's arguments and value: 256 KB of UTF-8 JSON.</summary>
    public const int DefaultComponentMaxSize = 256 * 1024;

    /// <summary>
    /// Shows a JS component registered on the server with <c>AddJsComponent(name, modulePath)</c>; returns the value its
    /// module last set with <c>setValue</c>, deserialized from JSON, or <paramref name="defaultValue"/> until then.
    /// </summary>
    /// <typeparam name="TValue">The value type; must be JSON-serializable (web defaults: camelCase).</typeparam>
    /// <param name="name">The registered name of the component.</param>
    /// <param name="args">The arguments, serialized to JSON and handed to the module; new arguments update it without re-mounting.</param>
    /// <param name="defaultValue">The value before the module sets one.</param>
    /// <param name="key">A unique key; makes the identity the key alone (needed for two components of the same name and type).</param>
    /// <param name="onChange">Called before the next run when the module sets a value.</param>
    /// <param name="maxSize">The largest arguments and value, in UTF-8 bytes of JSON; larger values are refused with a message.</param>
    /// <example><c>var drawing = ui.Component&lt;Drawing?&gt;("canvas", new { width = 400 }, key: "sketch");</c></example>
    public TValue Component<TValue>(string name, object? args = null, TValue defaultValue = default!, string? key = null,
        Action? onChange = null, int maxSize = DefaultComponentMaxSize)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxSize);
        var json = JsonSerializer.Serialize(args, JsComponentJson.Options);
        var size = Encoding.UTF8.GetByteCount(json);
        if (size > maxSize)
        {
            Error($"The arguments of component '{name}' are {size:N0} bytes, more than its limit of {maxSize:N0}: pass less data or raise maxSize.");
            return defaultValue;
        }

        return Widget(new JsComponentSpec<TValue>(name, json, defaultValue, maxSize) { Key = key, OnChange = onChange });
    }

    /// <summary>Shows a JS component and returns its value as untyped JSON, or <c>null</c> until its module sets one.</summary>
    /// <param name="name">The registered name of the component.</param>
    /// <param name="args">The arguments, serialized to JSON.</param>
    /// <param name="key">A unique key; makes the identity the key alone.</param>
    /// <param name="onChange">Called before the next run when the module sets a value.</param>
    /// <example><c>System.Text.Json.JsonElement? v = ui.Component("counter", new { step = 2 });</c></example>
    public System.Text.Json.JsonElement? Component(string name, object? args = null, string? key = null, Action? onChange = null) =>
        Component<System.Text.Json.JsonElement?>(name, args, null, key, onChange);
}

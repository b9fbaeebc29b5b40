using System.Text.Json;

namespace DataApps.Testing;

public sealed partial class AppTest
{
    /// <summary>The JS component (<c>ui.Component</c>) with this name or key.</summary>
    /// <param name="nameOrKey">The component's registered name, or the key given to the verb.</param>
    /// <example><c>await app.Component("sketch").SetValue(new { strokes = Array.Empty&lt;object&gt;() }).RunAsync();</c></example>
    public ComponentHandle Component(string nameOrKey) => new(this, Find<JsComponentElement>(nameOrKey));
}

/// <summary>A JS component: read the arguments the script passed, and set the value its module would send.</summary>
public sealed class ComponentHandle : WidgetHandle<JsComponentElement>
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    internal ComponentHandle(AppTest app, JsComponentElement element)
        : base(app, element)
    {
    }

    /// <summary>The arguments the last run passed, as JSON.</summary>
    public System.Text.Json.JsonElement Args => JsonDocument.Parse(Element.Args).RootElement.Clone();

    /// <summary>The value the last run showed, as JSON.</summary>
    public System.Text.Json.JsonElement Value => JsonDocument.Parse(Element.Value).RootElement.Clone();

    /// <summary>Sets the value as the module's <c>setValue(value)</c> would: serialized to JSON (camelCase); it applies on the next run.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The test, to chain <c>RunAsync</c>.</returns>
    public AppTest SetValue(object? value) => SetJson(JsonSerializer.Serialize(value, Web));

    /// <summary>Sends raw JSON as the module's value, e.g. to test that a malformed value is refused.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The test, to chain <c>RunAsync</c>.</returns>
    public AppTest SetJson(string json)
    {
        Send(json, check: false);
        return App;
    }
}

using System.Text.Json.Nodes;
using DataApps.Api;

namespace DataApps.Hosting.Api;

/// <summary>The body of a successful API call: the page's outputs in order and its widget values by name (Note [API output]).</summary>
internal static class PageApiResponse
{
    public static JsonObject Of(PageDescriptor page, ApiRunResult result)
    {
        var values = new JsonObject();
        foreach (var (name, field) in result.Fields)
        {
            values[name] = Value(result, name, field);
        }

        return new JsonObject
        {
            ["page"] = page.Route,
            ["values"] = values,
            ["outputs"] = Outputs(result),
        };
    }

    public static JsonArray Outputs(ApiRunResult result)
    {
        var names = result.Fields.ToDictionary(f => f.Value.Widget.WidgetId, f => f.Key, StringComparer.Ordinal);
        var values = result.Fields.ToDictionary(f => f.Value.Widget.WidgetId, f => Value(result, f.Key, f.Value), StringComparer.Ordinal);
        return ApiOutput.Elements(result.Tree, names, values);
    }

    // A button's value is whether this call clicked it (its stored value is reset after the run that saw it).
    private static JsonNode? Value(ApiRunResult result, string name, ApiField field) =>
        field.IsTrigger ? result.Clicked.Contains(name) : field.Value?.DeepClone();
}

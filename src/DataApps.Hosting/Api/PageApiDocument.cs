using System.Text.Json.Nodes;
using DataApps.Api;
using DataApps.Auth;
using DataApps.Components;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DataApps.Hosting.Api;

/// <summary>
/// <c>GET /api/pages/openapi.json</c>: an OpenAPI 3.1 document of the API pages the caller may call, with each page's request
/// schema taken from the widgets a run with default values draws (types, ranges, options as enums, lengths).
/// </summary>
/// <remarks>
/// The widgets are only known once a page has run, and what a page draws may depend on who runs it, so the document runs each
/// page the caller may see once, as the caller, with its defaults (the app's run budget applies). A widget that appears only
/// for certain values is not listed, but the API still accepts it (Note [API runs]).
/// </remarks>
internal static class PageApiDocument
{
    public static async Task WriteAsync(HttpContext context)
    {
        var services = context.RequestServices;
        var catalog = services.GetRequiredService<PageCatalog>();
        var authorizer = services.GetRequiredService<PageAuthorizer>();
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger("DataApps.Api");
        var paths = new JsonObject();
        var schemas = new JsonObject { ["Output"] = OutputSchema(), ["Problem"] = ProblemSchema() };
        foreach (var page in catalog.Pages.Where(p => p.Api))
        {
            if (await authorizer.CheckAsync(context.User, page.PageType).ConfigureAwait(false) != PageAccess.Allowed)
            {
                continue; // a page the caller may not call is not listed, as the navigation leaves it out
            }

            var name = OperationId(page.Route);
            var fields = await FieldsAsync(context, page, logger).ConfigureAwait(false);
            schemas[name + "Input"] = fields is null
                ? new JsonObject { ["type"] = "object", ["description"] = "The page failed to run with its defaults, so its widgets are not known." }
                : InputSchema(fields);
            schemas[name + "Result"] = ResultSchema(name);
            paths[PageApiEndpoints.Root + (page.Route == "/" ? "/" : page.Route)] = new JsonObject { ["post"] = Operation(page, name) };
        }

        var document = new JsonObject
        {
            ["openapi"] = "3.1.0",
            ["info"] = new JsonObject
            {
                ["title"] = services.GetRequiredService<IOptions<DataAppsOptions>>().Value.Title,
                ["version"] = "1",
                ["description"] = "The pages of this app that answer POST with a JSON object of widget values (by key, or by label when unique).",
            },
            ["paths"] = paths,
            ["components"] = new JsonObject { ["schemas"] = schemas },
        };
        context.Response.ContentType = "application/json; charset=utf-8";
        await context.Response.WriteAsync(document.ToJsonString(Problems.Json), context.RequestAborted).ConfigureAwait(false);
    }

    private static async Task<IReadOnlyDictionary<string, ApiField>?> FieldsAsync(HttpContext context, PageDescriptor page, ILogger logger)
    {
        using var session = PageApiSession.Create(context.RequestServices, context.User, logger);
        if (PageApiEndpoints.Create(context, page, logger) is not { } instance)
        {
            return null; // logged; the document lists the page without its widgets
        }

        try
        {
            var result = await new PageApiRun(session).RunAsync(instance, page.Route, page.RunTimeout, new Dictionary<string, System.Text.Json.JsonElement>(), context.RequestAborted).ConfigureAwait(false);
            return result.Outcome == ApiOutcome.Completed ? result.Fields : null;
        }
        finally
        {
            (instance as IDisposable)?.Dispose();
        }
    }

    /// <summary>A name for the page's operation and schemas: <c>/models/compare</c> is <c>models_compare</c>, <c>/</c> is <c>root</c>.</summary>
    internal static string OperationId(string route)
    {
        var name = new string([.. route.Trim('/').Select(c => char.IsAsciiLetterOrDigit(c) ? c : '_')]);
        return name.Length == 0 ? "root" : name;
    }

    private static JsonObject Operation(PageDescriptor page, string name) => new()
    {
        ["operationId"] = name,
        ["summary"] = page.Title,
        ["requestBody"] = new JsonObject
        {
            ["required"] = true,
            ["content"] = new JsonObject { ["application/json"] = new JsonObject { ["schema"] = Ref(name + "Input") } },
        },
        ["responses"] = new JsonObject
        {
            ["200"] = new JsonObject
            {
                ["description"] = "The page ran: its outputs in page order and its widget values.",
                ["content"] = new JsonObject { ["application/json"] = new JsonObject { ["schema"] = Ref(name + "Result") } },
            },
            ["400"] = Problem("A value was refused (unknown name, wrong type, outside the widget's range), or the body is not a JSON object."),
            ["401"] = Problem("The page needs a signed-in user."),
            ["403"] = Problem("The user lacks the page's role or policy."),
            ["404"] = Problem("No API page at this route."),
            ["500"] = Problem("The page threw; correlationId names the server log entry."),
            ["504"] = Problem("The run went over its time budget."),
        },
    };

    private static JsonObject InputSchema(IReadOnlyDictionary<string, ApiField> fields)
    {
        var properties = new JsonObject();
        foreach (var (name, field) in fields)
        {
            var schema = (JsonObject)field.Schema.DeepClone();
            schema["title"] = field.Widget.Label;
            schema["description"] = $"The {field.Widget.Kind.Replace('-', ' ')} '{field.Widget.Label}'.";
            schema["default"] = field.Value?.DeepClone();
            properties[name] = schema;
        }

        return new JsonObject { ["type"] = "object", ["properties"] = properties, ["additionalProperties"] = false };
    }

    private static JsonObject ResultSchema(string name) => new()
    {
        ["type"] = "object",
        ["required"] = new JsonArray("page", "values", "outputs"),
        ["properties"] = new JsonObject
        {
            ["page"] = new JsonObject { ["type"] = "string" },
            ["values"] = new JsonObject { ["$ref"] = $"#/components/schemas/{name}Input" },
            ["outputs"] = new JsonObject { ["type"] = "array", ["items"] = Ref("Output") },
        },
    };

    private static JsonObject OutputSchema() => new()
    {
        ["type"] = "object",
        ["description"] = "One element of the page, in page order. Elements JSON cannot carry (images, media, custom components) have their kind only.",
        ["required"] = new JsonArray("kind"),
        ["properties"] = new JsonObject
        {
            ["kind"] = new JsonObject { ["type"] = "string", ["examples"] = new JsonArray("title", "markdown", "metric", "table", "data-frame", "chart", "slider", "error") },
            ["text"] = new JsonObject { ["type"] = "string", ["description"] = "Text elements, code and alerts." },
            ["label"] = new JsonObject { ["type"] = "string", ["description"] = "Metrics and widgets." },
            ["name"] = new JsonObject { ["type"] = "string", ["description"] = "A widget's key (or unique label), as the request names it." },
            ["value"] = new JsonObject { ["description"] = "A metric's value (text) or a widget's value." },
            ["delta"] = new JsonObject { ["type"] = new JsonArray("string", "null") },
            ["columns"] = new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["type"] = "string" } },
            ["rows"] = new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["type"] = "object" }, ["description"] = $"Tables, data frames and chart data as records (at most {ApiOutput.MaxRows})." },
            ["totalRows"] = new JsonObject { ["type"] = "integer" },
            ["chart"] = new JsonObject { ["type"] = "string" },
            ["x"] = new JsonObject { ["type"] = new JsonArray("string", "null") },
            ["y"] = new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["type"] = "string" } },
            ["correlationId"] = new JsonObject { ["type"] = "string" },
        },
    };

    private static JsonObject ProblemSchema() => new()
    {
        ["type"] = "object",
        ["properties"] = new JsonObject
        {
            ["type"] = new JsonObject { ["type"] = "string" },
            ["title"] = new JsonObject { ["type"] = "string" },
            ["status"] = new JsonObject { ["type"] = "integer" },
            ["detail"] = new JsonObject { ["type"] = "string" },
            ["errors"] = new JsonObject { ["type"] = "object", ["additionalProperties"] = new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["type"] = "string" } } },
            ["correlationId"] = new JsonObject { ["type"] = "string" },
        },
    };

    private static JsonObject Problem(string description) => new()
    {
        ["description"] = description,
        ["content"] = new JsonObject { ["application/problem+json"] = new JsonObject { ["schema"] = Ref("Problem") } },
    };

    private static JsonObject Ref(string schema) => new() { ["$ref"] = $"#/components/schemas/{schema}" };
}

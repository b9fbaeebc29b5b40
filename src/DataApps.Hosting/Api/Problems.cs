using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace DataApps.Hosting.Api;

/// <summary>RFC 9457 problem details for the page API, written by hand so the answer never depends on MVC being added.</summary>
internal static class Problems
{
    /// <summary>JSON as people read it (<c>'</c> stays <c>'</c>); the API answers <c>application/json</c>, never HTML, so no escaping is needed for a page.</summary>
    public static readonly System.Text.Json.JsonSerializerOptions Json = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static Task WriteAsync(HttpContext context, int status, string title, string detail, Action<JsonObject>? extra = null)
    {
        var problem = new JsonObject
        {
            ["type"] = $"https://tools.ietf.org/html/rfc9110#section-15.{(status >= 500 ? 6 : 5)}.{Section(status)}",
            ["title"] = title,
            ["status"] = status,
            ["detail"] = detail,
            ["instance"] = context.Request.Path.Value,
            ["traceId"] = System.Diagnostics.Activity.Current?.Id ?? context.TraceIdentifier,
        };
        extra?.Invoke(problem);
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/problem+json; charset=utf-8";
        return context.Response.WriteAsync(problem.ToJsonString(Json));
    }

    /// <summary>400 with an <c>errors</c> member naming each refused input and why (ASP.NET Core's validation problem shape).</summary>
    public static Task WriteInvalidAsync(HttpContext context, IReadOnlyDictionary<string, string> errors) =>
        WriteAsync(context, StatusCodes.Status400BadRequest, "One or more widget values are not valid.",
            string.Join(" ", errors.Values),
            o => o["errors"] = new JsonObject([.. errors.Select(e => KeyValuePair.Create(e.Key, (JsonNode?)new JsonArray(e.Value)))]));

    private static int Section(int status) => status switch
    {
        400 => 1,
        401 => 2,
        403 => 4,
        404 => 5,
        500 => 1,
        504 => 5,
        _ => 1,
    };
}

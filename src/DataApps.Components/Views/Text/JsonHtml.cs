using System.Net;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using JsonValue = System.Text.Json.JsonElement;

namespace DataApps.Components.Views.Text;

/// <summary>Turns JSON text into HTML: coloured tokens, and objects and arrays as <c>&lt;details&gt;</c> nodes that collapse in the browser.</summary>
/// <remarks>
/// Every piece of text is HTML-encoded. Text that is not valid JSON is shown as it is, encoded.
/// Short documents open fully; in long ones only the first two levels start open.
/// </remarks>
internal static class JsonHtml
{
    private const int ShortDocumentLines = 40;
    private const int OpenLevels = 2;

    public static string Render(string json)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 256 });
        }
        catch (JsonException)
        {
            return "<pre class=\"da-json-raw\">" + WebUtility.HtmlEncode(json) + "</pre>";
        }

        using (document)
        {
            var openAll = json.AsSpan().Count('\n') < ShortDocumentLines;
            var html = new StringBuilder(json.Length * 3);
            Write(html, document.RootElement, key: null, depth: 0, openAll, comma: false);
            return html.ToString();
        }
    }

    private static void Write(StringBuilder html, JsonValue value, string? key, int depth, bool openAll, bool comma)
    {
        var isObject = value.ValueKind == JsonValueKind.Object;
        var count = value.ValueKind switch
        {
            JsonValueKind.Object => value.EnumerateObject().Count(),
            JsonValueKind.Array => value.GetArrayLength(),
            _ => -1,
        };

        if (count <= 0)
        {
            html.Append("<div class=\"da-json-row\">");
            AppendKey(html, key);
            AppendScalar(html, value);
            html.Append(comma ? ",</div>" : "</div>");
            return;
        }

        var (open, close) = isObject ? ("{", "}") : ("[", "]");
        html.Append(openAll || depth < OpenLevels ? "<details class=\"da-json-node\" open><summary>" : "<details class=\"da-json-node\"><summary>");
        AppendKey(html, key);
        html.Append(open)
            .Append("<span class=\"da-json-more\">…").Append(close).Append(comma ? "," : "")
            .Append("<span class=\"da-json-count\">").Append(count).Append(isObject ? (count == 1 ? " key" : " keys") : (count == 1 ? " item" : " items"))
            .Append("</span></span></summary><div class=\"da-json-body\">");

        var i = 0;
        if (isObject)
        {
            foreach (var property in value.EnumerateObject())
            {
                Write(html, property.Value, property.Name, depth + 1, openAll, ++i < count);
            }
        }
        else
        {
            foreach (var item in value.EnumerateArray())
            {
                Write(html, item, null, depth + 1, openAll, ++i < count);
            }
        }

        html.Append("</div><div class=\"da-json-close\">").Append(close).Append(comma ? "," : "").Append("</div></details>");
    }

    private static void AppendKey(StringBuilder html, string? key)
    {
        if (key is null)
        {
            return;
        }

        html.Append("<span class=\"da-json-key\">\"")
            .Append(WebUtility.HtmlEncode(JsonEncodedText.Encode(key, JavaScriptEncoder.UnsafeRelaxedJsonEscaping).Value))
            .Append("\"</span>: ");
    }

    private static void AppendScalar(StringBuilder html, JsonValue value)
    {
        var kind = value.ValueKind switch
        {
            JsonValueKind.String => "string",
            JsonValueKind.Number => "number",
            JsonValueKind.True or JsonValueKind.False => "bool",
            JsonValueKind.Null => "null",
            _ => "punct",
        };
        // Strings are re-encoded leniently: the serializer's default escapes every non-ASCII character as \uXXXX.
        var text = value.ValueKind == JsonValueKind.String
            ? "\"" + JsonEncodedText.Encode(value.GetString() ?? "", JavaScriptEncoder.UnsafeRelaxedJsonEscaping).Value + "\""
            : value.GetRawText();
        html.Append("<span class=\"da-json-").Append(kind).Append("\">")
            .Append(WebUtility.HtmlEncode(text))
            .Append("</span>");
    }
}

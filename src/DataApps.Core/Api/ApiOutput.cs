using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Data.Analysis;

namespace DataApps.Api;

/// <summary>A page's output as JSON for an API caller: one object per element in page order (main area, then sidebar).</summary>
/// <remarks>
/// Note [API output]: containers (columns, tabs, expanders) are flattened away, since a caller reads results, not layout. Each
/// element is <c>{"kind": …}</c> plus what it says: text for text and alerts, label/value/delta for metrics, rows as records
/// for tables and data frames, the data behind a chart, the value of a widget. What JSON cannot carry (images, media, custom
/// components) appears with its kind only. Tables stop at <see cref="MaxRows"/> rows and say how many there were.
/// </remarks>
internal static class ApiOutput
{
    /// <summary>The most rows a table, data frame or chart sends.</summary>
    public const int MaxRows = 1000;

    /// <summary>The elements of <paramref name="tree"/> as JSON, in page order.</summary>
    /// <param name="tree">The output of the run.</param>
    /// <param name="names">The API name (key or label) of each widget, by widget id.</param>
    /// <param name="values">The API value of each widget, by widget id.</param>
    public static JsonArray Elements(PageTree tree, IReadOnlyDictionary<string, string> names, IReadOnlyDictionary<string, JsonNode?> values)
    {
        var outputs = new JsonArray();
        foreach (var element in tree.Main.Descendants().Concat(tree.Sidebar.Descendants()))
        {
            if (element is BlockElement and not StatusElement and not ChatMessageElement)
            {
                continue;
            }

            outputs.Add(Of(element, names, values));
        }

        return outputs;
    }

    private static JsonObject Of(Element element, IReadOnlyDictionary<string, string> names, IReadOnlyDictionary<string, JsonNode?> values)
    {
        var o = new JsonObject { ["kind"] = element.Kind };
        switch (element)
        {
            case TitleElement e: o["text"] = e.Text; break;
            case HeaderElement e: o["text"] = e.Text; break;
            case SubheaderElement e: o["text"] = e.Text; break;
            case MarkdownElement e: o["text"] = e.Markdown; break;
            case TextElement e: o["text"] = e.Text; break;
            case CaptionElement e: o["text"] = e.Text; break;
            case LatexElement e: o["text"] = e.Expression; break;
            case BadgeElement e: o["text"] = e.Text; break;
            case ToastElement e: o["text"] = e.Text; break;
            case StatusElement e: o["text"] = e.Label; o["state"] = e.State.ToString().ToLowerInvariant(); break;
            case ChatMessageElement e: o["role"] = e.Role; break;
            case CodeElement e:
                o["text"] = e.Code;
                o["language"] = e.Language;
                break;
            case AlertElement e: o["text"] = e.Body; break;
            case JsonTreeElement e: o["value"] = Parse(e.Json); break;
            case MetricElement e:
                o["label"] = e.Label;
                o["value"] = e.Value;
                o["delta"] = e.Delta;
                break;
            case ProgressElement e:
                o["value"] = e.Value;
                o["text"] = e.Text;
                break;
            case ExceptionElement e:
                o["text"] = e.Message;
                o["correlationId"] = e.CorrelationId;
                break;
            case TableElement e: Table(o, e); break;
            case DataFrameElement e: Frame(o, e.Data, e.Data.Columns.Select(c => c.Name).ToList()); break;
            case ChartElement e: Chart(o, e.Chart); break;
            case SelectableChartElement e: Chart(o, e.Chart); break;
            case WidgetElement w:
                o["label"] = w.Label;
                if (names.TryGetValue(w.WidgetId, out var name))
                {
                    o["name"] = name;
                }

                if (values.TryGetValue(w.WidgetId, out var value))
                {
                    o["value"] = value?.DeepClone();
                }

                break;
        }

        return o;
    }

    private static void Table(JsonObject o, TableElement table)
    {
        var rows = new JsonArray();
        var width = table.Headers.Count;
        for (var r = 0; width > 0 && r < table.RowCount && r < MaxRows; r++)
        {
            var row = new JsonObject();
            for (var c = 0; c < width; c++)
            {
                row[Unique(row, table.Headers[c])] = table.Cells[(r * width) + c];
            }

            rows.Add(row);
        }

        o["columns"] = new JsonArray([.. table.Headers.Select(h => (JsonNode?)h)]);
        o["rows"] = rows;
        o["totalRows"] = table.Total;
    }

    private static void Chart(JsonObject o, Chart chart)
    {
        o["chart"] = JsonNamingPolicy.CamelCase.ConvertName(chart.Kind.ToString());
        o["title"] = chart.Options.Title;
        o["x"] = chart.X;
        o["y"] = new JsonArray([.. chart.YColumns.Select(y => (JsonNode?)y)]);
        o["color"] = chart.Color;
        var used = new[] { chart.X, chart.Color, chart.Size, chart.Value }.Concat(chart.YColumns)
            .Where(c => c is not null && chart.Data.Columns.IndexOf(c) >= 0).Select(c => c!).Distinct().ToList();
        Frame(o, chart.Data, used.Count > 0 ? used : [.. chart.Data.Columns.Select(c => c.Name)]);
    }

    private static void Frame(JsonObject o, DataFrame frame, List<string> columns)
    {
        var indices = columns.Select(frame.Columns.IndexOf).ToArray();
        var rows = new JsonArray();
        var count = (int)Math.Min(frame.Rows.Count, MaxRows);
        for (var r = 0; r < count; r++)
        {
            var row = new JsonObject();
            for (var c = 0; c < indices.Length; c++)
            {
                row[Unique(row, columns[c])] = Value(frame.Columns[indices[c]][r]);
            }

            rows.Add(row);
        }

        o["columns"] = new JsonArray([.. columns.Select(c => (JsonNode?)c)]);
        o["rows"] = rows;
        o["totalRows"] = frame.Rows.Count;
    }

    /// <summary>A cell as JSON: numbers as numbers (not-a-number as <c>null</c>), dates as ISO 8601 text.</summary>
    internal static JsonNode? Value(object? cell) => cell switch
    {
        null => null,
        bool b => b,
        string s => s,
        double d => double.IsFinite(d) ? d : null,
        float f => float.IsFinite(f) ? f : null,
        decimal m => m,
        DateTime t => t.ToString("O", CultureInfo.InvariantCulture),
        DateTimeOffset t => t.ToString("O", CultureInfo.InvariantCulture),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        TimeSpan t => t.ToString("c", CultureInfo.InvariantCulture),
        IConvertible n when n.GetTypeCode() is >= TypeCode.SByte and <= TypeCode.UInt64 => n.ToInt64(CultureInfo.InvariantCulture),
        _ => Convert.ToString(cell, CultureInfo.InvariantCulture),
    };

    // Two columns with one name (a table of two "Value"s): the second becomes "Value (2)" rather than overwriting the first.
    private static string Unique(JsonObject row, string name)
    {
        var unique = name;
        for (var i = 2; row.ContainsKey(unique); i++)
        {
            unique = $"{name} ({i})";
        }

        return unique;
    }

    private static JsonNode? Parse(string json)
    {
        try
        {
            return JsonNode.Parse(json);
        }
        catch (JsonException)
        {
            return json;
        }
    }
}

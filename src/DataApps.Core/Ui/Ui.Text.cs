using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace DataApps;

public sealed partial class Ui
{
    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        WriteIndented = true,
        ReferenceHandler = ReferenceHandler.IgnoreCycles,
        Converters = { new JsonStringEnumConverter() },
    };

    /// <summary>Writes the page title.</summary>
    /// <param name="text">The title.</param>
    /// <example><c>ui.Title("Penguins");</c></example>
    public void Title(string text) => Add(new TitleElement(text ?? ""));

    /// <summary>Writes a section header.</summary>
    /// <param name="text">The header.</param>
    /// <param name="divider">Whether to draw a rule under it.</param>
    /// <example><c>ui.Header("Data", divider: true);</c></example>
    public void Header(string text, bool divider = false) => Add(new HeaderElement(text ?? "", divider));

    /// <summary>Writes a sub-section header.</summary>
    /// <param name="text">The header.</param>
    /// <example><c>ui.Subheader("Columns");</c></example>
    public void Subheader(string text) => Add(new SubheaderElement(text ?? ""));

    /// <summary>Writes markdown (CommonMark with tables and task lists). Raw HTML is escaped unless <paramref name="allowHtml"/>, and then sanitized.</summary>
    /// <param name="markdown">The markdown source.</param>
    /// <param name="allowHtml">Keep raw HTML (sanitized: no scripts, no event handlers).</param>
    /// <example><c>ui.Markdown("**Bold** and `code`");</c></example>
    public void Markdown(string markdown, bool allowHtml = false) => Add(new MarkdownElement(markdown ?? "", allowHtml));

    /// <summary>Writes plain, preformatted text.</summary>
    /// <param name="text">The text.</param>
    /// <example><c>ui.Text($"{rows} rows");</c></example>
    public void Text(string text) => Add(new TextElement(text ?? ""));

    /// <summary>Writes small, muted text.</summary>
    /// <param name="text">The caption.</param>
    /// <example><c>ui.Caption("Source: Palmer Station LTER");</c></example>
    public void Caption(string text) => Add(new CaptionElement(text ?? ""));

    /// <summary>Writes a code block.</summary>
    /// <param name="code">The source code.</param>
    /// <param name="language">The language, for highlighting (e.g. <c>csharp</c>).</param>
    /// <example><c>ui.Code("var x = 1;", "csharp");</c></example>
    public void Code(string code, string? language = null) => Add(new CodeElement(code ?? "", language));

    /// <summary>Writes a horizontal rule.</summary>
    /// <example><c>ui.Divider();</c></example>
    public void Divider() => Add(new DividerElement());

    /// <summary>Writes a value as pretty-printed JSON; a string is parsed as JSON when it is JSON.</summary>
    /// <param name="value">Any serializable object, or a JSON string.</param>
    /// <example><c>ui.Json(new { name = "Ada", langs = new[] { "C#" } });</c></example>
    public void Json(object? value) => Add(new JsonTreeElement(ToJson(value)));

    /// <summary>Writes anything: a string as markdown, an exception as an error, a frame or a sequence of records as a grid, anything else as JSON.</summary>
    /// <param name="value">The value.</param>
    /// <param name="more">More values, written in order (Streamlit's <c>st.write(*args)</c>): strings and numbers next to each other are
    /// joined with a space into one markdown element; anything else is written as its own element.</param>
    /// <example><c>ui.Write($"**{n}** rows");</c> or <c>ui.Write("Total:", 42, frame);</c></example>
    public void Write(object? value, params object?[]? more)
    {
        more ??= [null]; // ui.Write("a", null): C# passes the null as the params array itself
        if (more.Length == 0)
        {
            WriteOne(value);
            return;
        }

        if (_target == UiTarget.Block && _block!.ReplacesOnWrite)
        {
            // Streamlit's rule too: a placeholder shows one element, and each of the values but the last would vanish.
            throw new InvalidOperationException(
                "ui.Empty() shows one element, but ui.Write got several values. Write them into a container in the placeholder " +
                "(`placeholder.Container().Write(…)`), or pass one value.");
        }

        // Streamlit buffers text-like arguments and flushes them as one markdown call joined by spaces.
        var text = new List<string>();
        foreach (var item in (object?[])[value, .. more])
        {
            if (AsInlineText(item) is { } piece)
            {
                text.Add(piece);
                continue;
            }

            FlushText(text);
            WriteOne(item);
        }

        FlushText(text);
    }

    private void FlushText(List<string> text)
    {
        if (text.Count > 0)
        {
            Markdown(string.Join(' ', text));
            text.Clear();
        }
    }

    private static string? AsInlineText(object? value) => value switch
    {
        string s => s,
        IFormattable or bool when value is not System.Exception => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
        _ => null,
    };

    private void WriteOne(object? value)
    {
        switch (value)
        {
            case string text:
                Markdown(text);
                break;
            case System.Exception ex:
                Exception(ex);
                break;
            case null:
                Code("null");
                break;
            case IFormattable or bool:
                Markdown(Convert.ToString(value, CultureInfo.InvariantCulture) ?? "");
                break;
            case not null when IsTable(value, out var frame):
                DataFrame(frame!);
                break;
            default:
                Json(value);
                break;
        }
    }

    /// <summary>Writes a big number with a label and an optional change.</summary>
    /// <param name="label">The label.</param>
    /// <param name="value">The value; numbers are formatted with group separators.</param>
    /// <param name="delta">The change; a number or a string starting with <c>-</c> points down.</param>
    /// <param name="deltaColor">How the change is coloured.</param>
    /// <param name="format">A .NET numeric format for a numeric value and delta (<c>"P1"</c>, <c>"N0"</c>, <c>"C"</c>); strings are shown as given.</param>
    /// <param name="culture">The culture of the format (e.g. <c>"de-DE"</c>); invariant by default, <c>en-US</c> for currency formats.</param>
    /// <example><c>ui.Metric("Conversion", 0.123, delta: -0.004, format: "P1");</c></example>
    public void Metric(string label, object? value, object? delta = null, DeltaColor deltaColor = DeltaColor.Normal, string? format = null, string? culture = null)
    {
        var provider = MetricCulture(format, culture);
        var deltaText = delta is null ? null : FormatMetric(delta, format, provider);
        var direction = delta switch
        {
            null => DeltaDirection.None,
            string s => s.TrimStart().StartsWith('-') ? DeltaDirection.Down : s.Trim() is "" or "0" ? DeltaDirection.None : DeltaDirection.Up,
            _ => Sign(delta) switch { < 0 => DeltaDirection.Down, > 0 => DeltaDirection.Up, _ => DeltaDirection.None },
        };
        if (direction == DeltaDirection.Up && deltaText is not null && !deltaText.StartsWith('+'))
        {
            deltaText = "+" + deltaText;
        }

        Add(new MetricElement(label ?? "", FormatMetric(value, format, provider), deltaText, direction, deltaColor));
    }

    /// <summary>Writes a green success box; the body is markdown.</summary>
    /// <param name="body">The message.</param>
    /// <example><c>ui.Success("Saved.");</c></example>
    public void Success(string body) => Add(new SuccessElement(body ?? ""));

    /// <summary>Writes a blue information box; the body is markdown.</summary>
    /// <param name="body">The message.</param>
    /// <example><c>ui.Info("Pick a species in the sidebar.");</c></example>
    public void Info(string body) => Add(new InfoElement(body ?? ""));

    /// <summary>Writes a yellow warning box; the body is markdown.</summary>
    /// <param name="body">The message.</param>
    /// <example><c>ui.Warning("Some rows have no mass.");</c></example>
    public void Warning(string body) => Add(new WarningElement(body ?? ""));

    /// <summary>Writes a red error box; the body is markdown.</summary>
    /// <param name="body">The message.</param>
    /// <example><c>ui.Error("The file has no header row.");</c></example>
    public void Error(string body) => Add(new ErrorElement(body ?? ""));

    /// <summary>Writes an exception: its type, message and, in Development, the stack trace.</summary>
    /// <param name="exception">The exception.</param>
    /// <example><c>catch (IOException ex) { ui.Exception(ex); }</c></example>
    public void Exception(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        Add(_session.ExceptionElementFor(exception, Guid.NewGuid().ToString("N")[..12]));
    }

    private static string ToJson(object? value)
    {
        if (value is string text)
        {
            try
            {
                using var document = JsonDocument.Parse(text);
                return JsonSerializer.Serialize(document.RootElement, JsonOptions);
            }
            catch (JsonException)
            {
                return JsonSerializer.Serialize(text, JsonOptions);
            }
        }

        try
        {
            return JsonSerializer.Serialize(value, value?.GetType() ?? typeof(object), JsonOptions);
        }
        catch (Exception ex) when (ex is NotSupportedException or InvalidOperationException or JsonException)
        {
            return JsonSerializer.Serialize($"{value} (not serializable as JSON: {ex.Message})", JsonOptions);
        }
    }

    // Like Column.Currency: a currency format without a culture would show the invariant "¤".
    private static CultureInfo MetricCulture(string? format, string? culture) =>
        culture is not null ? CultureInfo.GetCultureInfo(culture)
        : format is ['C' or 'c', ..] ? CultureInfo.GetCultureInfo("en-US")
        : CultureInfo.InvariantCulture;

    private static string FormatMetric(object? value, string? format, CultureInfo culture) => value switch
    {
        null => "—",
        IFormattable number when format is not null && IsNumber(number) => number.ToString(format, culture),
        byte or sbyte or short or ushort or int or uint or long or ulong => ((IFormattable)value).ToString("N0", CultureInfo.InvariantCulture),
        float or double or decimal => ((IFormattable)value).ToString("#,0.####", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    private static bool IsNumber(object value) =>
        value is byte or sbyte or short or ushort or int or uint or long or ulong or float or double or decimal or Half or Int128 or UInt128;

    private static int Sign(object value) => value switch
    {
        int v => Math.Sign(v),
        long v => Math.Sign(v),
        double v => double.IsNaN(v) ? 0 : Math.Sign(v),
        float v => float.IsNaN(v) ? 0 : Math.Sign(v),
        decimal v => Math.Sign(v),
        short v => Math.Sign(v),
        IConvertible convertible => Math.Sign(convertible.ToDouble(CultureInfo.InvariantCulture)),
        _ => 0,
    };
}

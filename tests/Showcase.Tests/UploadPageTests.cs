using System.Text;
using DataApps;
using DataApps.Testing;
using Showcase.Pages;

namespace Showcase.Tests;

public sealed class UploadPageTests
{
    private const string Csv = "name,score,passed\nAda,90.5,true\nBob,70,false\nCy,,true\nDee,80,false\n";

    private static async Task<AppTest> OpenAsync()
    {
        var app = AppTest.For<UploadPage>();
        await app.RunAsync();
        return app;
    }

    /// <summary>The rows of a table as "a | b | c" lines.</summary>
    private static IReadOnlyList<string> Rows(TableElement table) =>
        [.. Enumerable.Range(0, table.RowCount).Select(r => string.Join(" | ", Enumerable.Range(0, table.Headers.Count).Select(c => table.Cells[(r * table.Headers.Count) + c])))];

    private static TableElement ColumnsTable(AppTest app) => app.Get<TableElement>().Single(t => t.Headers[0] == "Column");

    private static TableElement Summary(AppTest app) => app.Get<TableElement>().Single(t => t.Headers[0] == "statistic");

    [Fact]
    public async Task WithoutAnUploadTheBundledSampleIsSummarised()
    {
        using var app = await OpenAsync();

        Assert.Null(app.Exception);
        Assert.Equal("Sample: penguins.csv", app.Get<SubheaderElement>().Single().Text);
        Assert.Contains(Rows(ColumnsTable(app)), r => r.StartsWith("bill_length_mm | double |", StringComparison.Ordinal));
        Assert.Contains("bill_length_mm", Summary(app).Headers);
        Assert.Contains(app.Get<ChartElement>(), c => c.Chart.Kind == ChartKind.Histogram && c.Chart.X == "bill_length_mm");
        Assert.Single(app.Get<DataFrameElement>());
    }

    [Fact]
    public async Task AnUploadedCsvShowsItsColumnTypesAndStatistics()
    {
        using var app = await OpenAsync();

        await app.FileUploader("CSV file").Upload("scores.csv", Encoding.UTF8.GetBytes(Csv), "text/csv").RunAsync();

        Assert.Equal("scores.csv", app.Get<SubheaderElement>().Single().Text);
        Assert.Contains(app.Get<CaptionElement>(), c => c.Text == "4 rows × 3 columns");
        var columns = Rows(ColumnsTable(app));
        Assert.Contains("score | double | 1", columns);
        Assert.Contains("passed | bool | 0", columns);
        var summary = Summary(app);
        Assert.Equal(["statistic", "score"], summary.Headers);
        Assert.Contains("count | 3", Rows(summary));
        Assert.Contains("mean | 80.167", Rows(summary));
        Assert.Contains("max | 90.5", Rows(summary));
        var histogram = Assert.Single(app.Get<ChartElement>());
        Assert.Equal((ChartKind.Histogram, "score"), (histogram.Chart.Kind, histogram.Chart.X));
    }

    [Fact]
    public async Task TheDownloadIsTheFilteredFrameAsCsv()
    {
        using var app = await OpenAsync();
        await app.FileUploader("CSV file").Upload("scores.csv", Encoding.UTF8.GetBytes(Csv)).RunAsync();

        await app.TextInput("Keep rows containing").SetValue("d").RunAsync();

        var download = app.DownloadButton("Download CSV");
        Assert.Equal("scores-filtered.csv", download.FileName);
        Assert.Equal("name,score,passed\nAda,90.5,true\nDee,80,false\n", download.ReadText());
        Assert.Contains(app.Get<CaptionElement>(), c => c.Text == "2 of 4 rows contain \"d\".");
    }

    [Fact]
    public async Task ClickingDownloadConfirmsIt()
    {
        using var app = await OpenAsync();

        await app.DownloadButton("Download CSV").Click().RunAsync();

        Assert.Contains(app.Get<SuccessElement>(), s => s.Body.StartsWith("Downloading penguins.csv", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AMalformedCsvShowsTheLineAndTheProblem()
    {
        using var app = await OpenAsync();

        await app.FileUploader("CSV file").Upload("bad.csv", "a,b\n1,2\n3\n"u8.ToArray()).RunAsync();

        var error = Assert.Single(app.Get<ErrorElement>());
        Assert.Equal("bad.csv is not a CSV file we can read. CSV line 3: the row has 1 field, but the header has 2.", error.Body);
        Assert.Null(app.Exception);
    }

    [Fact]
    public async Task AFileOfAnotherTypeIsRefused()
    {
        using var app = await OpenAsync();

        var e = Assert.Throws<InvalidOperationException>(() => app.FileUploader("CSV file").Upload("photo.png", [1, 2, 3]));

        Assert.Contains("not an accepted file type (.csv, .tsv, .txt)", e.Message, StringComparison.Ordinal);
    }
}

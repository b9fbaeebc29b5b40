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

    private static IReadOnlyList<string> Markdown(AppTest app) => [.. app.Get<MarkdownElement>().Select(m => m.Markdown)];

    [Fact]
    public async Task WithoutAnUploadTheBundledSampleIsSummarised()
    {
        using var app = await OpenAsync();

        Assert.Null(app.Exception);
        Assert.Equal("Sample: penguins.csv", app.Get<SubheaderElement>().Single().Text);
        Assert.Contains(Markdown(app), m => m.Contains("| bill_length_mm | double |", StringComparison.Ordinal));
        Assert.Contains(Markdown(app), m => m.StartsWith("| statistic |", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AnUploadedCsvShowsItsColumnTypesAndStatistics()
    {
        using var app = await OpenAsync();

        await app.FileUploader("CSV file").Upload("scores.csv", Encoding.UTF8.GetBytes(Csv), "text/csv").RunAsync();

        Assert.Equal("scores.csv", app.Get<SubheaderElement>().Single().Text);
        Assert.Contains(app.Get<CaptionElement>(), c => c.Text == "4 rows × 3 columns");
        var columns = Markdown(app).Single(m => m.StartsWith("| column |", StringComparison.Ordinal));
        Assert.Contains("| score | double | 1 |", columns, StringComparison.Ordinal);
        Assert.Contains("| passed | bool | 0 |", columns, StringComparison.Ordinal);
        var summary = Markdown(app).Single(m => m.StartsWith("| statistic | score |", StringComparison.Ordinal));
        Assert.Contains("| count | 3 |", summary, StringComparison.Ordinal);
        Assert.Contains("| mean | 80.167 |", summary, StringComparison.Ordinal);
        Assert.Contains("| max | 90.5 |", summary, StringComparison.Ordinal);
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

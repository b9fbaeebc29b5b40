using System.Text;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace DataApps.BrowserTests;

/// <summary>The Upload page in Chromium: a real file through the file input, a real download, and an oversized file.</summary>
[Collection(nameof(ShowcaseCollection))]
public sealed class UploadPageTests(ShowcaseFixture fixture) : BrowserTest(fixture), IDisposable
{
    private const string Scores = "name,score,passed\nAda,90.5,true\nBob,70,false\nCy,,true\nDee,80,false\n";
    private readonly string _folder = Directory.CreateTempSubdirectory("dataapps-upload-test").FullName;

    [Fact]
    public async Task AnUploadedCsvIsSummarised()
    {
        var app = await OpenAsync("/upload");

        await UploadAsync(app, WriteFile("scores.csv", Encoding.UTF8.GetBytes(Scores)));

        await Expect(app.Elements("subheader")).ToHaveTextAsync("scores.csv");
        await Expect(app.Elements("caption").First).ToHaveTextAsync("4 rows × 3 columns");
        var summary = app.Elements("table").Filter(new LocatorFilterOptions { HasText = "statistic" });
        await Expect(summary.Locator("tr", new LocatorLocatorOptions { HasText = "mean" })).ToContainTextAsync("80.167");
        await Expect(app.Elements("chart").Locator(".js-plotly-plot")).ToHaveCountAsync(1);
        await Expect(app.Main.Locator(".da-upload-file-name")).ToHaveTextAsync("scores.csv");
    }

    [Fact]
    public async Task TheDownloadHasTheBytesOfTheFrameAsCsv()
    {
        var app = await OpenAsync("/upload");
        await UploadAsync(app, WriteFile("scores.csv", Encoding.UTF8.GetBytes(Scores)));
        await Expect(app.Elements("subheader")).ToHaveTextAsync("scores.csv");

        var download = await app.Page.RunAndWaitForDownloadAsync(() =>
            app.Elements("download-button").GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = "Download CSV" }).ClickAsync());

        Assert.Equal("scores.csv", download.SuggestedFilename);
        Assert.Equal(Encoding.UTF8.GetBytes(Scores), await File.ReadAllBytesAsync(await download.PathAsync(), TestContext.Current.CancellationToken));
        await Expect(app.Elements("success")).ToContainTextAsync("Downloading scores.csv (4 rows)");
    }

    [Fact]
    public async Task AnOversizedFileIsRefusedWithTheLimitAndTheSessionGoesOn()
    {
        var app = await OpenAsync("/upload");
        var path = Path.Combine(_folder, "huge.csv");
        using (var sparse = File.Create(path))
        {
            sparse.SetLength(201L * 1024 * 1024); // sparse: no disk, and the server refuses it before any byte is sent
        }

        await app.Main.Locator("[data-element=file-uploader] input[type=file]").SetInputFilesAsync(path);

        await Expect(app.Main.Locator(".da-upload-error")).ToHaveTextAsync("huge.csv is 201 MB, larger than the upload limit of 200 MB.");
        await Expect(app.Elements("subheader")).ToHaveTextAsync("Sample: penguins.csv");
        await UploadAsync(app, WriteFile("small.csv", "x\n1\n"u8.ToArray()));
        await Expect(app.Elements("subheader")).ToHaveTextAsync("small.csv");
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static Task UploadAsync(AppPage app, string path) =>
        app.InteractAsync(() => app.Main.Locator("[data-element=file-uploader] input[type=file]").SetInputFilesAsync(path));

    private string WriteFile(string name, byte[] content)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllBytes(path, content);
        return path;
    }
}

using System.Text;
using DataApps.Testing;

namespace DataApps.Core.Tests.Files;

public sealed class FileWidgetTests
{
    [Fact]
    public async Task AnUploaderReturnsNullUntilAFileIsUploadedThenTheFile()
    {
        var seen = new List<string?>();
        using var app = AppTest.FromFunction(ui => seen.Add(ui.FileUploader("Data", accept: [".csv"])?.ReadAllText()));
        await app.RunAsync();

        await app.FileUploader("Data").Upload("a.csv", "x\n1"u8.ToArray()).RunAsync();

        Assert.Equal([null, "x\n1"], seen);
        Assert.Equal("a.csv", Assert.Single(app.FileUploader("Data").Files).Name);
    }

    [Fact]
    public async Task ASecondUploadReplacesTheFirstAndDeletesIt()
    {
        UploadedFile? file = null;
        using var app = AppTest.FromFunction(ui => file = ui.FileUploader("Data"));
        await app.RunAsync();
        await app.FileUploader("Data").Upload("one.txt", "1"u8.ToArray()).RunAsync();
        var first = file!;

        await app.FileUploader("Data").Upload("two.txt", "2"u8.ToArray()).RunAsync();

        Assert.Equal("two.txt", file!.Name);
        Assert.Throws<FileNotFoundException>(first.ReadAllBytes);
    }

    [Fact]
    public async Task AMultiFileUploaderKeepsFilesInOrderAndRemovingOneDeletesIt()
    {
        IReadOnlyList<UploadedFile> files = [];
        using var app = AppTest.FromFunction(ui => files = ui.MultiFileUploader("Images"));
        await app.RunAsync();
        await app.FileUploader("Images").Upload("a.png", [1]).RunAsync();
        await app.FileUploader("Images").Upload("b.png", [2]).RunAsync();
        var a = files[0];

        await app.FileUploader("Images").Remove("a.png").RunAsync();

        Assert.Equal(["b.png"], files.Select(f => f.Name));
        Assert.Throws<FileNotFoundException>(a.ReadAllBytes);
    }

    [Fact]
    public async Task AnOversizedFileIsRefusedWithTheLimitAndTheSizeAndTheSessionGoesOn()
    {
        using var app = AppTest.FromFunction(ui => ui.Text(ui.FileUploader("Data", maxSize: 1024)?.Name ?? "none"));
        await app.RunAsync();

        var e = Assert.Throws<InvalidOperationException>(() => app.FileUploader("Data").Upload("big.bin", new byte[4096]));
        await app.RunAsync();

        Assert.Equal("big.bin is 4 KB, larger than the upload limit of 1 KB.", e.Message);
        Assert.Equal(1024, app.FileUploader("Data").MaxSize);
        Assert.Equal("none", app.Get<TextElement>().Single().Text);
    }

    [Fact]
    public async Task OnChangeRunsWhenAFileArrives()
    {
        var calls = 0;
        using var app = AppTest.FromFunction(ui => ui.FileUploader("Data", onChange: () => calls++));
        await app.RunAsync();

        await app.FileUploader("Data").Upload("a", [1]).RunAsync();

        Assert.Equal(1, calls);
    }

    [Fact]
    public async Task ACraftedIdIsIgnored()
    {
        UploadedFile? file = null;
        using var app = AppTest.FromFunction(ui => file = ui.FileUploader("Data"));
        await app.RunAsync();

        app.SetWidgetValue(app.FileUploader("Data").Element.WidgetId, new[] { "../../etc/passwd" });
        await app.RunAsync();

        Assert.Null(file);
    }

    [Fact]
    public async Task ADownloadButtonServesBytesTextOrAFrameAsCsvWithItsContentType()
    {
        var frame = Csv.ReadText("a,b\n1,x");
        using var app = AppTest.FromFunction(ui =>
        {
            ui.DownloadButton("Bytes", new byte[] { 1, 2 }, "a.bin");
            ui.DownloadButton("Text", "héllo", "a.txt");
            ui.DownloadButton("Frame", frame, "a.csv");
            ui.DownloadButton("Stream", DownloadData.FromStream(() => new MemoryStream(Encoding.UTF8.GetBytes("s"))), "s.dat", "application/x-test");
        });

        await app.RunAsync();

        Assert.Equal([1, 2], app.DownloadButton("Bytes").ReadBytes());
        Assert.Equal(("héllo", "text/plain; charset=utf-8"), (app.DownloadButton("Text").ReadText(), app.DownloadButton("Text").ContentType));
        Assert.Equal(("a,b\n1,x\n", "text/csv; charset=utf-8"), (app.DownloadButton("Frame").ReadText(), app.DownloadButton("Frame").ContentType));
        Assert.Equal(("s", "application/x-test", "s.dat"), (app.DownloadButton("Stream").ReadText(), app.DownloadButton("Stream").ContentType, app.DownloadButton("Stream").FileName));
    }

    [Fact]
    public async Task ADownloadButtonIsTrueInTheRunAfterItsClickOnly()
    {
        var seen = new List<bool>();
        using var app = AppTest.FromFunction(ui => seen.Add(ui.DownloadButton("Get", "x", "x.txt")));
        await app.RunAsync();

        await app.DownloadButton("Get").Click().RunAsync();
        await app.RunAsync();

        Assert.Equal([false, true, false], seen);
        Assert.StartsWith("/_dataapps/files/", app.DownloadButton("Get").Element.Url, StringComparison.Ordinal);
    }
}

using Bunit;
using DataApps.Components.Tests.Support;
using DataApps.Components.Views.Files;
using Microsoft.JSInterop;

namespace DataApps.Components.Tests.Files;

public sealed class FileViewsTests : RendererTest
{
    private static readonly UploadedFileEntry[] TwoFiles = [new("id-a", "a.csv", 1536), new("id-b", "b.csv", 10)];

    [Fact]
    public void TheDropZoneNamesTheLimitAndTheAcceptedTypes()
    {
        var cut = Render<FileUploaderView, FileUploaderElement>(SomeFiles.Uploader(accept: [".csv", ".tsv"], maxSize: 50L * 1024 * 1024));

        Assert.Equal("Limit 50 MB per file • CSV, TSV", cut.Find(".da-dropzone-limit").TextContent);
        Assert.Equal(".csv,.tsv", cut.Find("input[type=file]").GetAttribute("accept"));
        Assert.Equal("Browse files", cut.Find("label.da-browse").TextContent.Trim());
    }

    [Fact]
    public void TheInputTakesSeveralFilesOnlyForAMultiFileUploader()
    {
        var single = Render<FileUploaderView, FileUploaderElement>(SomeFiles.Uploader());
        var many = Render<FileUploaderView, FileUploaderElement>(SomeFiles.Uploader(multiple: true));

        Assert.False(single.Find("input[type=file]").HasAttribute("multiple"));
        Assert.True(many.Find("input[type=file]").HasAttribute("multiple"));
    }

    [Fact]
    public void TheUploadScriptIsAttachedWithTheSessionsUrlAndTheWidget()
    {
        var module = Context.JSInterop.SetupModule(FileUploaderView.ScriptPath);
        module.Mode = JSRuntimeMode.Loose;

        Render<FileUploaderView, FileUploaderElement>(SomeFiles.Uploader(multiple: true));

        var attach = module.VerifyInvoke("attach");
        Assert.Equal(SomeFiles.UploadUrl, attach.Arguments[2]);
        Assert.Equal("file-uploader-1", attach.Arguments[3]);
        Assert.Equal(true, attach.Arguments[4]);
    }

    [Fact]
    public void UploadedFilesAreListedWithSizeAndARemoveButtonThatSendsTheRest()
    {
        var cut = Render<FileUploaderView, FileUploaderElement>(SomeFiles.Uploader(multiple: true, files: TwoFiles));

        Assert.Equal(["a.csv", "b.csv"], cut.FindAll(".da-upload-file-name").Select(e => e.TextContent));
        Assert.Equal("1.5 KB", cut.FindAll(".da-upload-file-size")[0].TextContent);
        cut.Find("button[aria-label='Remove a.csv']").Click();

        Assert.Equal("file-uploader-1", Sink.Single.WidgetId);
        Assert.Equal(new[] { "id-b" }, Sink.Single.Value);
    }

    [Fact]
    public async Task ACompletedUploadIsAddedToAMultiFileUploadersValue()
    {
        var cut = Render<FileUploaderView, FileUploaderElement>(SomeFiles.Uploader(multiple: true, files: TwoFiles));

        await cut.InvokeAsync(() => cut.Instance.OnUploaded("id-c"));

        Assert.Equal(new[] { "id-a", "id-b", "id-c" }, Sink.Single.Value);
    }

    [Fact]
    public async Task ACompletedUploadReplacesASingleFileUploadersFile()
    {
        var cut = Render<FileUploaderView, FileUploaderElement>(SomeFiles.Uploader(files: [TwoFiles[0]]));

        await cut.InvokeAsync(() => cut.Instance.OnUploaded("id-c"));

        Assert.Equal(new[] { "id-c" }, Sink.Single.Value);
    }

    [Fact]
    public async Task ProgressShowsTheFileAndThePercentage()
    {
        var cut = Render<FileUploaderView, FileUploaderElement>(SomeFiles.Uploader());

        await cut.InvokeAsync(() => cut.Instance.OnProgress("big.csv", 250, 1000));

        Assert.Equal("Uploading big.csv … 25%", cut.Find(".da-upload-progress span").TextContent);
        Assert.Equal("25", cut.Find("[role=progressbar]").GetAttribute("aria-valuenow"));
    }

    [Fact]
    public async Task ARefusalShowsItsMessageAndSendsNothing()
    {
        var cut = Render<FileUploaderView, FileUploaderElement>(SomeFiles.Uploader());

        await cut.InvokeAsync(() => cut.Instance.OnRejected("big.csv is 3 GB, larger than the upload limit of 200 MB."));

        Assert.Equal("big.csv is 3 GB, larger than the upload limit of 200 MB.", cut.Find("[role=alert]").TextContent);
        Assert.Empty(Sink.Values);
        Assert.Empty(cut.FindAll(".da-upload-progress"));
    }

    [Fact]
    public void ADisabledUploaderDisablesItsInputAndRemoveButtons()
    {
        var cut = Render<FileUploaderView, FileUploaderElement>(SomeFiles.Uploader(files: [TwoFiles[0]], disabled: true));

        Assert.True(cut.Find("input[type=file]").HasAttribute("disabled"));
        Assert.True(cut.Find(".da-upload-remove").HasAttribute("disabled"));
    }

    [Fact]
    public void TheDownloadButtonIsALinkToTheSessionsFileThatAlsoFiresTheTrigger()
    {
        var cut = Render<DownloadButtonView, DownloadButtonElement>(SomeFiles.Download());

        var link = cut.Find("a");
        Assert.Equal("/_dataapps/files/token/downloads/download-button-1", link.GetAttribute("href"));
        Assert.Equal("data.csv", link.GetAttribute("download"));
        link.Click();
        Assert.Equal(["download-button-1"], Sink.Triggers);
    }

    [Fact]
    public void ADisabledDownloadButtonLinksNowhere()
    {
        var cut = Render<DownloadButtonView, DownloadButtonElement>(SomeFiles.Download(disabled: true));

        Assert.Empty(cut.FindAll("a[href]"));
    }
}

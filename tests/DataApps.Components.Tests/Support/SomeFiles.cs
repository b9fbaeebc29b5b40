namespace DataApps.Components.Tests.Support;

/// <summary>Sample file widgets.</summary>
internal static class SomeFiles
{
    public const string UploadUrl = "/_dataapps/files/token/uploads";

    public static FileUploaderElement Uploader(bool multiple = false, string[]? accept = null, long maxSize = 200L * 1024 * 1024,
        UploadedFileEntry[]? files = null, bool disabled = false) =>
        new("file-uploader-1", "Data", UploadUrl, accept ?? [".csv"], multiple, maxSize, files ?? []) { Disabled = disabled };

    public static DownloadButtonElement Download(bool disabled = false) =>
        new("download-button-1", "Download CSV", "/_dataapps/files/token/downloads/download-button-1", "data.csv", false) { Disabled = disabled };
}

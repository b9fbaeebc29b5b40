namespace DataApps.Files;

/// <summary>What a download button serves: a stream factory called for each download, a file name and a content type.</summary>
internal sealed record DownloadSource(Func<Stream> Open, string FileName, string ContentType, long? Length);

namespace DataApps.Files;

/// <summary>Content types of common data file extensions.</summary>
internal static class ContentTypes
{
    private static readonly Dictionary<string, string> ByExtension = new(StringComparer.OrdinalIgnoreCase)
    {
        [".csv"] = "text/csv; charset=utf-8",
        [".tsv"] = "text/tab-separated-values; charset=utf-8",
        [".txt"] = "text/plain; charset=utf-8",
        [".md"] = "text/markdown; charset=utf-8",
        [".json"] = "application/json",
        [".xml"] = "application/xml",
        [".html"] = "text/html; charset=utf-8",
        [".pdf"] = "application/pdf",
        [".png"] = "image/png",
        [".jpg"] = "image/jpeg",
        [".jpeg"] = "image/jpeg",
        [".gif"] = "image/gif",
        [".svg"] = "image/svg+xml",
        [".webp"] = "image/webp",
        [".mp3"] = "audio/mpeg",
        [".wav"] = "audio/wav",
        [".mp4"] = "video/mp4",
        [".zip"] = "application/zip",
        [".parquet"] = "application/vnd.apache.parquet",
        [".xlsx"] = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    };

    /// <summary>The content type for <paramref name="fileName"/>'s extension, or <paramref name="fallback"/>.</summary>
    public static string For(string fileName, string fallback) =>
        ByExtension.TryGetValue(Path.GetExtension(fileName), out var type) ? type : fallback;
}

using Microsoft.Data.Analysis;

namespace DataApps;

/// <summary>What a download button serves: bytes, text (UTF-8), a stream opened per download, or a <see cref="DataFrame"/> (as CSV).</summary>
/// <remarks>Bytes, strings and frames convert implicitly; a stream factory goes through <see cref="FromStream"/>.</remarks>
/// <example>
/// <code>
/// ui.DownloadButton("Report", report.ToString(), "report.txt");
/// ui.DownloadButton("Data", df, "data.csv");
/// ui.DownloadButton("Log", DownloadData.FromStream(() => File.OpenRead(logPath)), "app.log");
/// </code>
/// </example>
public sealed class DownloadData
{
    private DownloadData(Func<Stream> open, string defaultContentType, long? length)
    {
        Open = open;
        DefaultContentType = defaultContentType;
        Length = length;
    }

    internal Func<Stream> Open { get; }

    internal string DefaultContentType { get; }

    internal long? Length { get; }

    /// <summary>Serves these bytes.</summary>
    /// <param name="bytes">The contents; not copied, so do not change them afterwards.</param>
    /// <returns>The download data.</returns>
    /// <example><c>ui.DownloadButton("Image", DownloadData.FromBytes(png), "chart.png", "image/png");</c></example>
    public static DownloadData FromBytes(byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        return new(() => new MemoryStream(bytes, writable: false), "application/octet-stream", bytes.LongLength);
    }

    /// <summary>Serves this text as UTF-8.</summary>
    /// <param name="text">The contents.</param>
    /// <returns>The download data.</returns>
    /// <example><c>ui.DownloadButton("Notes", DownloadData.FromText(notes), "notes.md");</c></example>
    public static DownloadData FromText(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var bytes = System.Text.Encoding.UTF8.GetBytes(text);
        return new(() => new MemoryStream(bytes, writable: false), "text/plain; charset=utf-8", bytes.LongLength);
    }

    /// <summary>Serves what <paramref name="open"/> returns, called once per download (on a server thread, after the run).</summary>
    /// <param name="open">Opens the contents; the stream is disposed after the download.</param>
    /// <returns>The download data.</returns>
    /// <example><c>ui.DownloadButton("Log", DownloadData.FromStream(() => File.OpenRead(logPath)), "app.log");</c></example>
    public static DownloadData FromStream(Func<Stream> open)
    {
        ArgumentNullException.ThrowIfNull(open);
        return new(open, "application/octet-stream", null);
    }

    /// <summary>Serves a frame as CSV (written with <see cref="Csv.Write"/> when the download starts).</summary>
    /// <remarks>Text that a spreadsheet would run as a formula gets a leading <c>'</c> (<see cref="CsvOptions.EscapeFormulas"/>), unless <paramref name="options"/> turns it off.</remarks>
    /// <param name="frame">The frame; treated as immutable.</param>
    /// <param name="options">Separator, header and formula escaping; <see cref="CsvOptions.Default"/> when <c>null</c>.</param>
    /// <returns>The download data.</returns>
    /// <example><c>ui.DownloadButton("CSV", DownloadData.FromDataFrame(filtered), "filtered.csv");</c></example>
    public static DownloadData FromDataFrame(DataFrame frame, CsvOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(frame);
        return new(() =>
        {
            var buffer = new MemoryStream();
            Csv.Write(frame, buffer, options);
            buffer.Position = 0;
            return buffer;
        }, "text/csv; charset=utf-8", null);
    }

    /// <summary>Serves these bytes.</summary>
    /// <param name="bytes">The contents.</param>
    public static implicit operator DownloadData(byte[] bytes) => FromBytes(bytes);

    /// <summary>Serves this text as UTF-8.</summary>
    /// <param name="text">The contents.</param>
    public static implicit operator DownloadData(string text) => FromText(text);

    /// <summary>Serves a frame as CSV.</summary>
    /// <param name="frame">The frame.</param>
    public static implicit operator DownloadData(DataFrame frame) => FromDataFrame(frame);
}

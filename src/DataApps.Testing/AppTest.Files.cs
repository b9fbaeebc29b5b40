using DataApps.Files;

namespace DataApps.Testing;

public sealed partial class AppTest
{
    /// <summary>The file uploader with this label or key (<c>ui.FileUploader</c> or <c>ui.MultiFileUploader</c>).</summary>
    /// <param name="labelOrKey">The label or key.</param>
    /// <example><c>await app.FileUploader("Data").Upload("penguins.csv", bytes, "text/csv").RunAsync();</c></example>
    public FileUploaderHandle FileUploader(string labelOrKey) => new(this, Find<FileUploaderElement>(labelOrKey));

    /// <summary>The download button with this label or key.</summary>
    /// <param name="labelOrKey">The label or key.</param>
    /// <example><c>var csv = app.DownloadButton("Download CSV").ReadText();</c></example>
    public DownloadButtonHandle DownloadButton(string labelOrKey) => new(this, Find<DownloadButtonElement>(labelOrKey));
}

/// <summary>A file uploader: <see cref="Upload(string, byte[], string?)"/> files as the browser would (through the session's file store, in slices), then run.</summary>
public sealed class FileUploaderHandle : WidgetHandle<FileUploaderElement>
{
    private const int SliceSize = 4 * 1024 * 1024;

    internal FileUploaderHandle(AppTest app, FileUploaderElement element)
        : base(app, element)
    {
    }

    /// <summary>The files the widget holds after the last run.</summary>
    public IReadOnlyList<UploadedFileEntry> Files => Element.Files;

    /// <summary>The largest file the widget accepts, in bytes.</summary>
    public long MaxSize => Element.MaxSize;

    /// <summary>Uploads a file; the widget holds it from the next run (a single-file widget replaces its file).</summary>
    /// <param name="name">The file name.</param>
    /// <param name="content">The contents.</param>
    /// <param name="contentType">The content type the browser would give; from the extension when <c>null</c>.</param>
    /// <returns>The test, to chain <c>RunAsync</c>.</returns>
    /// <exception cref="InvalidOperationException">The widget refuses the file (too large, wrong type); the message is the one the user sees.</exception>
    /// <example><c>await app.FileUploader("Data").Upload("data.csv", "x,y\n1,2"u8.ToArray()).RunAsync();</c></example>
    public AppTest Upload(string name, byte[] content, string? contentType = null)
    {
        ArgumentNullException.ThrowIfNull(content);
        using var stream = new MemoryStream(content, writable: false);
        return Upload(name, stream, contentType);
    }

    /// <summary>Uploads a file read from a stream (to its end); the widget holds it from the next run.</summary>
    /// <param name="name">The file name.</param>
    /// <param name="content">The contents; its length must be known (a seekable stream) or it is buffered first.</param>
    /// <param name="contentType">The content type the browser would give; from the extension when <c>null</c>.</param>
    /// <returns>The test, to chain <c>RunAsync</c>.</returns>
    /// <exception cref="InvalidOperationException">The widget refuses the file (too large, wrong type); the message is the one the user sees.</exception>
    public AppTest Upload(string name, Stream content, string? contentType = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(content);
        if (Element.Disabled)
        {
            throw new InvalidOperationException($"'{Label}' is disabled; a user could not upload to it.");
        }

        if (!content.CanSeek)
        {
            var copy = new MemoryStream();
            content.CopyTo(copy);
            copy.Position = 0;
            content = copy;
        }

        var files = App.Session.Files;
        var size = content.Length - content.Position;
        string id;
        try
        {
            id = files.BeginUpload(Element.WidgetId, name, size, contentType ?? ContentTypes.For(name, "application/octet-stream").Split(';')[0]);
            var buffer = new byte[SliceSize];
            long offset = 0;
            do
            {
                var read = content.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
                using var slice = new MemoryStream(buffer, 0, read, writable: false);
                offset = files.AppendAsync(id, offset, slice, CancellationToken.None).GetAwaiter().GetResult().Received;
            }
            while (offset < size);
        }
        catch (UploadRejectedException e)
        {
            throw new InvalidOperationException(e.Message, e);
        }

        var held = Element.Multiple ? [.. Element.Files.Select(f => f.Id), id] : new[] { id };
        Send(held);
        return App;
    }

    /// <summary>Removes a file by name, as its remove button does.</summary>
    /// <param name="name">The file name.</param>
    /// <returns>The test, to chain <c>RunAsync</c>.</returns>
    public AppTest Remove(string name)
    {
        var file = Element.Files.FirstOrDefault(f => f.Name == name)
            ?? throw new ArgumentException($"'{Label}' holds no file '{name}'. It holds: {string.Join(", ", Element.Files.Select(f => f.Name))}.", nameof(name));
        Send(Element.Files.Where(f => f.Id != file.Id).Select(f => f.Id).ToArray());
        return App;
    }
}

/// <summary>A download button: read what it serves, or <see cref="Click"/> it.</summary>
public sealed class DownloadButtonHandle : WidgetHandle<DownloadButtonElement>
{
    internal DownloadButtonHandle(AppTest app, DownloadButtonElement element)
        : base(app, element)
    {
    }

    /// <summary>The name the browser saves the file under.</summary>
    public string FileName => Element.FileName;

    /// <summary>The content type served.</summary>
    public string ContentType => Source.ContentType;

    /// <summary>Reads the bytes a click would download now.</summary>
    /// <returns>The file's contents.</returns>
    /// <example><c>var bytes = app.DownloadButton("Download").ReadBytes();</c></example>
    public byte[] ReadBytes()
    {
        using var stream = Source.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    /// <summary>Reads what a click would download now, as UTF-8 text.</summary>
    /// <returns>The file's contents.</returns>
    public string ReadText() => System.Text.Encoding.UTF8.GetString(ReadBytes());

    /// <summary>Clicks the button: the download starts and the verb returns true in the next run.</summary>
    /// <returns>The test, to chain <c>RunAsync</c>.</returns>
    public AppTest Click()
    {
        if (Element.Disabled)
        {
            throw new InvalidOperationException($"'{Label}' is disabled; a user could not click it.");
        }

        App.Click(Element.WidgetId);
        return App;
    }

    private DownloadSource Source => App.Session.Files.TryGetDownload(Element.WidgetId, out var source)
        ? source
        : throw new InvalidOperationException($"The download button '{Label}' has nothing registered in this session.");
}

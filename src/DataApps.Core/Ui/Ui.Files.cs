using DataApps.Files;
using DataApps.Widgets;

namespace DataApps;

public sealed partial class Ui
{
    /// <summary>Shows a file picker with drag and drop; returns the uploaded file, or <c>null</c> until one is uploaded.</summary>
    /// <remarks>
    /// The file travels over HTTP in slices (not through the page's SignalR connection), so large files work; the app-wide limit is
    /// <c>DataAppsOptions.MaxUploadSize</c> (200 MB by default). A file over the limit is refused with a message in the widget. Uploading
    /// another file replaces this one, and the replaced file is deleted. For several files use <see cref="MultiFileUploader"/>.
    /// </remarks>
    /// <param name="label">The label.</param>
    /// <param name="accept">Accepted extensions (<c>".csv"</c>) or content types (<c>"image/*"</c>); <c>null</c> accepts any file.</param>
    /// <param name="maxSize">The largest file, in bytes, if smaller than the app's limit.</param>
    /// <param name="key">A unique key; makes the identity the key alone.</param>
    /// <param name="help">A tooltip.</param>
    /// <param name="disabled">Show it greyed out.</param>
    /// <param name="onChange">Called before the next run when a file is added or removed.</param>
    /// <returns>The file, or <c>null</c>.</returns>
    /// <example>
    /// <code>
    /// var file = ui.FileUploader("Data", accept: [".csv"]);
    /// if (file is null) { ui.Info("Upload a CSV file."); ui.Stop(); }
    /// var df = Csv.Read(file.OpenRead());
    /// </code>
    /// </example>
    public UploadedFile? FileUploader(string label, IEnumerable<string>? accept = null, long? maxSize = null,
        string? key = null, string? help = null, bool disabled = false, Action? onChange = null)
    {
        var files = Widget(Uploader(label, accept, multiple: false, maxSize, key, help, disabled, onChange));
        return files.Count == 0 ? null : files[0];
    }

    /// <summary>Shows a file picker for several files with drag and drop; returns the uploaded files in upload order.</summary>
    /// <remarks>Each file is removed (and deleted on the server) with its own remove button. See <see cref="FileUploader"/> for limits.</remarks>
    /// <param name="label">The label.</param>
    /// <param name="accept">Accepted extensions (<c>".csv"</c>) or content types (<c>"image/*"</c>); <c>null</c> accepts any file.</param>
    /// <param name="maxSize">The largest file, in bytes, if smaller than the app's limit.</param>
    /// <param name="key">A unique key; makes the identity the key alone.</param>
    /// <param name="help">A tooltip.</param>
    /// <param name="disabled">Show it greyed out.</param>
    /// <param name="onChange">Called before the next run when a file is added or removed.</param>
    /// <returns>The files; empty until one is uploaded.</returns>
    /// <example><c>foreach (var image in ui.MultiFileUploader("Images", accept: ["image/*"])) ui.Text(image.Name);</c></example>
    public IReadOnlyList<UploadedFile> MultiFileUploader(string label, IEnumerable<string>? accept = null, long? maxSize = null,
        string? key = null, string? help = null, bool disabled = false, Action? onChange = null) =>
        Widget(Uploader(label, accept, multiple: true, maxSize, key, help, disabled, onChange));

    /// <summary>Shows a button that downloads <paramref name="data"/> as a file; returns <c>true</c> in the run after a click.</summary>
    /// <remarks>
    /// The file is served over HTTP from the session when clicked (nothing is sent to the browser before); a frame is written as CSV
    /// then. Only the session that rendered the button can download it.
    /// </remarks>
    /// <param name="label">The button text.</param>
    /// <param name="data">Bytes, a string (UTF-8), a <c>DataFrame</c> (CSV) or <see cref="DownloadData.FromStream"/>.</param>
    /// <param name="fileName">The name the browser saves the file under.</param>
    /// <param name="contentType">The content type; from the data and the file extension when <c>null</c>.</param>
    /// <param name="primary">Draw it as the primary action.</param>
    /// <param name="key">A unique key; makes the identity the key alone.</param>
    /// <param name="help">A tooltip.</param>
    /// <param name="disabled">Show it greyed out.</param>
    /// <param name="onChange">Called before the next run when it is clicked.</param>
    /// <param name="shortcut">A key that clicks it, such as <c>"Ctrl+D"</c> (see <see cref="Button"/>).</param>
    /// <returns>Whether the button was clicked (true in exactly one run).</returns>
    /// <example><c>ui.DownloadButton("Download CSV", filtered, "penguins.csv");</c></example>
    public bool DownloadButton(string label, DownloadData data, string fileName, string? contentType = null, bool primary = false,
        string? key = null, string? help = null, bool disabled = false, Action? onChange = null, string? shortcut = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentException.ThrowIfNullOrWhiteSpace(fileName);
        var type = contentType ?? ContentTypes.For(fileName, data.DefaultContentType);
        return Widget(new DownloadButtonSpec(label, _session.Files, data, fileName, type, primary)
        {
            Key = key, Help = help, Disabled = disabled, OnChange = onChange, Shortcut = ShortcutOf(shortcut, "download button", label),
        });
    }

    private FileUploaderSpec Uploader(string label, IEnumerable<string>? accept, bool multiple, long? maxSize,
        string? key, string? help, bool disabled, Action? onChange)
    {
        if (maxSize is <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(maxSize), maxSize, $"The maxSize of file uploader '{label}' must be positive (in bytes).");
        }

        var types = (accept ?? []).Select(a => a.Trim()).Where(a => a.Length > 0)
            .Select(a => a.StartsWith('.') || a.Contains('/', StringComparison.Ordinal) ? a.ToLowerInvariant() : "." + a.ToLowerInvariant())
            .Distinct(StringComparer.Ordinal).ToArray();
        return new FileUploaderSpec(label, _session.Files, types, multiple, maxSize)
        {
            Key = key, Help = help, Disabled = disabled, OnChange = onChange,
        };
    }
}

using System.Text;
using DataApps.Files;

namespace DataApps;

/// <summary>A file the user uploaded through <c>ui.FileUploader</c>: its name, size, content type and contents.</summary>
/// <remarks>
/// The contents live in a temporary file on the server that belongs to the session. It is deleted when the user removes the file
/// from the widget, when the session ends, or when the server stops; read it during the run (or copy it) rather than keeping the
/// object for later.
/// </remarks>
/// <example>
/// <code>
/// var file = ui.FileUploader("Data", accept: [".csv"]);
/// if (file is not null) ui.Text($"{file.Name}: {file.Size:N0} bytes");
/// </code>
/// </example>
public sealed class UploadedFile : IEquatable<UploadedFile>
{
    internal UploadedFile(string id, string name, long size, string contentType, string path)
    {
        Id = id;
        Name = name;
        Size = size;
        ContentType = contentType;
        Path = path;
    }

    /// <summary>The file name the browser gave, without directories.</summary>
    public string Name { get; }

    /// <summary>The size in bytes.</summary>
    public long Size { get; }

    /// <summary>The content type the browser gave (e.g. <c>text/csv</c>), or <c>application/octet-stream</c>.</summary>
    public string ContentType { get; }

    /// <summary>The upload's id within its session (what the widget's value is made of).</summary>
    internal string Id { get; }

    /// <summary>The temporary file holding the contents.</summary>
    internal string Path { get; }

    /// <summary>Opens the contents for reading; dispose the stream when done.</summary>
    /// <returns>A read-only stream positioned at the start.</returns>
    /// <example><c>var df = Csv.Read(file.OpenRead());</c></example>
    public Stream OpenRead() =>
        new FileStream(Path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 1 << 16, FileOptions.SequentialScan);

    /// <summary>Reads the whole contents into memory.</summary>
    /// <returns>The bytes.</returns>
    /// <example><c>byte[] image = file.ReadAllBytes();</c></example>
    public byte[] ReadAllBytes() => File.ReadAllBytes(Path);

    /// <summary>Reads the whole contents as text (UTF-8 unless a byte order mark says otherwise).</summary>
    /// <param name="encoding">The encoding when there is no byte order mark; UTF-8 by default.</param>
    /// <returns>The text.</returns>
    /// <example><c>ui.Code(file.ReadAllText());</c></example>
    public string ReadAllText(Encoding? encoding = null) => File.ReadAllText(Path, encoding ?? Encoding.UTF8);

    /// <inheritdoc />
    public bool Equals(UploadedFile? other) => other is not null && other.Id == Id;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as UploadedFile);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Id);

    /// <inheritdoc />
    public override string ToString() => $"{Name} ({FileSizes.Format(Size)}, {ContentType})";
}

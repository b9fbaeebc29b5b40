namespace DataApps.Media;

/// <summary>Where a <see cref="MediaSource"/>'s content comes from.</summary>
internal enum MediaOrigin
{
    Bytes,
    Stream,
    File,
    Url,
}

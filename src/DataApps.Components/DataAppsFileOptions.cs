namespace DataApps;

/// <summary>
/// How much the app's upload widgets may hold (<c>DataApps:Files</c> in the configuration). Quotas count the announced size of
/// every upload in flight plus every completed upload still kept; an upload that does not fit is refused with a message in the widget.
/// </summary>
public sealed class DataAppsFileOptions
{
    /// <summary>The bytes one session (one browser tab) may hold in uploads; 1 GB by default.</summary>
    /// <example><c>builder.Services.AddDataApps(o => o.Files.SessionQuota = 4L * 1024 * 1024 * 1024);</c></example>
    public long SessionQuota { get; set; } = 1L << 30;

    /// <summary>The bytes all sessions of this server together may hold in uploads; 4 GB by default.</summary>
    /// <example><c>builder.Services.AddDataApps(o => o.Files.ServerQuota = 20L * 1024 * 1024 * 1024);</c></example>
    public long ServerQuota { get; set; } = 4L << 30;

    /// <summary>
    /// How long an upload no widget holds is kept: a completed upload the page never took, a stalled one, or one whose widget the
    /// page no longer shows; 5 minutes by default.
    /// </summary>
    /// <example><c>builder.Services.AddDataApps(o => o.Files.UnclaimedUploadLifetime = TimeSpan.FromMinutes(1));</c></example>
    public TimeSpan UnclaimedUploadLifetime { get; set; } = TimeSpan.FromMinutes(5);
}

namespace DataApps.Files;

/// <summary>What the file store accepts: the largest upload, the upload quotas, and how long an upload nobody holds is kept.</summary>
/// <param name="MaxUploadSize">The largest upload accepted by any widget, in bytes.</param>
internal sealed record FileLimits(long MaxUploadSize)
{
    /// <summary>The default quota of one session: the announced sizes of its uploads in flight plus the completed ones it keeps.</summary>
    public const long DefaultSessionQuota = 1L << 30;

    /// <summary>The default quota of the whole server (every session's uploads together).</summary>
    public const long DefaultServerQuota = 4L << 30;

    /// <summary>The default time an upload is kept while no widget holds it and no byte arrives.</summary>
    public static readonly TimeSpan DefaultUnclaimedUploadLifetime = TimeSpan.FromMinutes(5);

    /// <summary>The bytes one session may hold in uploads.</summary>
    public long SessionQuota { get; init; } = DefaultSessionQuota;

    /// <summary>The bytes all sessions together may hold in uploads.</summary>
    public long ServerQuota { get; init; } = DefaultServerQuota;

    /// <summary>How long an upload that no widget holds is kept after its last byte arrived (or after it was announced).</summary>
    public TimeSpan UnclaimedUploadLifetime { get; init; } = DefaultUnclaimedUploadLifetime;

    /// <summary>Throws when a limit is not positive, naming the setting.</summary>
    public void Validate()
    {
        if (MaxUploadSize <= 0 || SessionQuota <= 0 || ServerQuota <= 0 || UnclaimedUploadLifetime <= TimeSpan.Zero)
        {
            throw new InvalidOperationException(
                $"The file limits must be positive: DataApps:MaxUploadSize = {MaxUploadSize}, DataApps:Files:SessionQuota = {SessionQuota}, " +
                $"DataApps:Files:ServerQuota = {ServerQuota}, DataApps:Files:UnclaimedUploadLifetime = {UnclaimedUploadLifetime}.");
        }
    }
}

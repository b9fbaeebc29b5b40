namespace DataApps;

/// <summary>Who shares a cached entry (<c>ui.Cache.Data(…, scope: …)</c>).</summary>
public enum CacheScope
{
    /// <summary>Every session of the app shares the entry (the default).</summary>
    Global,

    /// <summary>Only the session that computed the entry sees it; it is dropped when the session ends.</summary>
    Session,
}

namespace DataApps.Caching;

/// <summary>What a cache verb computes: a data value (treated as immutable) or a shared resource (never serialized).</summary>
internal enum CacheKind
{
    Data,
    Resource,
}

/// <summary>Where in the source a cache verb is called, and for which value type: part of every key it makes.</summary>
/// <param name="Kind">Data or resource.</param>
/// <param name="File">The caller's source file.</param>
/// <param name="Member">The caller's method.</param>
/// <param name="Line">The caller's line.</param>
/// <param name="ValueType">The cached value's type.</param>
internal readonly record struct CallSite(CacheKind Kind, string File, string Member, int Line, Type ValueType)
{
    public override string ToString() => $"{Kind} of {ValueType.Name} at {Path.GetFileName(File)}:{Line} ({Member})";
}

/// <summary>One call site, interned: a short id for keys and the tracker of its global entries.</summary>
internal sealed class CacheSite(int id, CallSite where)
{
    public int Id { get; } = id;

    public CallSite Where { get; } = where;

    public EntryTracker Global { get; } = new();
}

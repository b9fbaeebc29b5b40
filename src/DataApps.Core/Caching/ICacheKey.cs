namespace DataApps;

/// <summary>
/// Says what stands for an object in a cache key (<c>ui.Cache.Data(args, …)</c>), for a type the cache cannot hash by content:
/// a connection, a service, a class that is not a record. Return the values the cached result depends on.
/// </summary>
/// <example>
/// <code>
/// sealed class Warehouse(string connectionString) : ICacheKey
/// {
///     public object? CacheKey => connectionString;   // two warehouses on the same database share entries
/// }
/// var sales = ui.Cache.Data((warehouse, year), a => a.warehouse.Sales(a.year));
/// </code>
/// </example>
public interface ICacheKey
{
    /// <summary>The value hashed in place of this object, by the same rules as any argument (a string, a tuple, a record…).</summary>
    object? CacheKey { get; }
}

namespace DataApps.Testing;

public sealed partial class AppTest
{
    /// <summary>The grid (<c>ui.DataFrame</c>) with this key.</summary>
    /// <param name="key">The key given to the verb.</param>
    /// <exception cref="InvalidOperationException">No grid has this key in the last run.</exception>
    /// <example><c>await app.DataFrame("orders").Select(3, 5).RunAsync();</c></example>
    public DataFrameHandle DataFrame(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var grids = Get<DataFrameElement>();
        var id = WidgetIdentity.ForKey(key);
        return grids.FirstOrDefault(g => g.WidgetId == id) is { } grid
            ? new DataFrameHandle(this, grid)
            : throw new InvalidOperationException($"No DataFrame keyed '{key}' in the last run; it has {grids.Count} grid(s).");
    }

    /// <summary>The grid (<c>ui.DataFrame</c>) at <paramref name="index"/> in document order.</summary>
    /// <param name="index">0 for the first grid of the page.</param>
    /// <exception cref="InvalidOperationException">The last run has fewer grids.</exception>
    /// <example><c>Assert.Equal(1000, app.DataFrame().RowCount);</c></example>
    public DataFrameHandle DataFrame(int index = 0)
    {
        var grids = Get<DataFrameElement>();
        return index >= 0 && index < grids.Count
            ? new DataFrameHandle(this, grids[index])
            : throw new InvalidOperationException($"The last run has {grids.Count} DataFrame grid(s); there is no grid {index}.");
    }
}

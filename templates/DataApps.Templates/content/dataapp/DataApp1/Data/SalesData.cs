namespace DataApp1.Data;

/// <summary>Units sold in one region in one month.</summary>
public sealed record MonthlySales(string Month, string Region, int Units);

/// <summary>Sample sales figures for the pages; replace them with your own source (a database, a CSV file, an API).</summary>
public sealed class SalesData
{
    private static readonly string[] Months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun"];
    private static readonly string[] RegionNames = ["North", "South", "East", "West"];

    /// <summary>The regions, in the order the pages offer them.</summary>
    public IReadOnlyList<string> Regions => RegionNames;

    /// <summary>Every region's units, month by month.</summary>
    public IReadOnlyList<MonthlySales> Monthly { get; } =
    [
        .. RegionNames.SelectMany((region, r) => Months.Select((month, m) =>
            new MonthlySales(month, region, 100 + (30 * r) + (12 * m) + (m % 2 == 0 ? 0 : 9)))),
    ];

    /// <summary>The units of <paramref name="region"/> in its latest month.</summary>
    public int LastMonth(string region) => Monthly.Last(s => s.Region == region).Units;
}

using System.Globalization;

namespace DataApps.Benchmarks;

/// <summary>Prints a result table as Markdown, ready to paste into docs/performance.md.</summary>
internal static class Table
{
    public static void Print(string title, string[] header, IReadOnlyList<string[]> rows)
    {
        var widths = header.Select((h, i) => Math.Max(h.Length, rows.Count == 0 ? 0 : rows.Max(r => i < r.Length ? r[i].Length : 0))).ToArray();
        Console.WriteLine();
        Console.WriteLine($"## {title}");
        Console.WriteLine();
        Console.WriteLine(Line(header, widths));
        Console.WriteLine("|" + string.Join("|", widths.Select(w => new string('-', w + 2))) + "|");
        foreach (var row in rows)
        {
            Console.WriteLine(Line(row, widths));
        }

        Console.WriteLine();
    }

    private static string Line(string[] cells, int[] widths) =>
        "| " + string.Join(" | ", widths.Select((w, i) => (i < cells.Length ? cells[i] : "").PadRight(w))) + " |";
}

/// <summary>Percentiles over measured samples.</summary>
internal static class Stats
{
    public static double Median(IEnumerable<int> values) => Percentile(values.Select(v => (double)v), 50);

    /// <summary>The nearest-rank percentile.</summary>
    public static double Percentile(IEnumerable<double> values, double p)
    {
        var sorted = values.Order().ToArray();
        if (sorted.Length == 0)
        {
            return double.NaN;
        }

        var rank = (int)Math.Ceiling(p / 100 * sorted.Length);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Length - 1)];
    }

    public static string Ms(double value) => value.ToString("0.0", CultureInfo.InvariantCulture);

    public static string MiB(double bytes) => (bytes / (1024 * 1024)).ToString("0.00", CultureInfo.InvariantCulture);
}

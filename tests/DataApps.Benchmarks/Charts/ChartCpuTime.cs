using System.Diagnostics;
using System.Globalization;
using DataApps.Charts;

namespace DataApps.Benchmarks.Charts;

/// <summary>The quick table of <c>charts</c>: median wall time of each server-side step over 20 runs after 3 warm-ups.</summary>
internal static class ChartCpuTime
{
    private const int Warmup = 3;
    private const int Runs = 20;

    public static void Run()
    {
        var b = new ChartBenchmarks();
        b.Setup();
        var rows = new List<string[]>
        {
            Row("MinMaxLTTB 1,000,000 → 4,000 points", () => b.MinMaxLttb()),
            Row("plain LTTB 1,000,000 → 4,000 points", () => b.PlainLttb()),
            Row("prepare: read 1,000,000 rows into a series", () => b.Prepare()),
            Row("overview figure (downsample)", () => b.Overview()),
            Row("zoom to 10% (re-sample 100,000 → 4,000)", () => b.Zoom10Percent()),
        };
        var overview = ((ChartFigure)b.Overview()).Series[0];
        Table.Print("Charts: server-side preparation of a 1,000,000-point line (ms, median of 20)",
            ["step", "median ms", "min ms"], rows);
        Console.WriteLine($"overview points sent: {overview.Y.Length:N0} of {overview.TotalPoints:N0}");
    }

    private static string[] Row(string name, Func<object> work)
    {
        for (var i = 0; i < Warmup; i++)
        {
            work();
        }

        var samples = new List<double>();
        for (var i = 0; i < Runs; i++)
        {
            var watch = Stopwatch.StartNew();
            work();
            samples.Add(watch.Elapsed.TotalMilliseconds);
        }

        return [name, Stats.Ms(Stats.Percentile(samples, 50)), Stats.Ms(samples.Min())];
    }
}

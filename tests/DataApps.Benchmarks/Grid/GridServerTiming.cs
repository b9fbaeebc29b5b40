using System.Diagnostics;
using DataApps.Data;
using Microsoft.Data.Analysis;

namespace DataApps.Benchmarks.Grid;

/// <summary>
/// <c>grid --server</c>: the server side of the 1M × 10 grid, timed with a stopwatch (median of several runs):
/// a sort per column type (uncached), a cached sort, a row window, filters and the search box.
/// </summary>
internal static class GridServerTiming
{
    private const int Repeats = 5;

    public static IReadOnlyList<string[]> Run()
    {
        Console.WriteLine($"Building a {GridFrame.Rows:N0} x 10 frame...");
        var build = Stopwatch.StartNew();
        var frame = GridFrame.Create(GridFrame.Rows);
        Console.WriteLine($"built in {build.ElapsedMilliseconds} ms");
        var model = TableModel.Create(frame, [Column.Percent("discount"), Column.Currency("price")], out _)!;
        var rows = new List<string[]>();

        foreach (var name in new[] { "price", "id", "quantity", "ordered", "shipped", "city", "customer" })
        {
            var column = frame.Columns[name];
            rows.Add(Row($"sort by {name} ({column.DataType.Name}), uncached", () => TableSort.Compute(column, descending: false)));
        }

        rows.Add(Row("sort by price descending, uncached", () => TableSort.Compute(frame.Columns["price"], descending: true)));
        _ = model.Apply(new TableQuery("price"));
        rows.Add(Row("sort by price again (cached order)", () => model.Apply(new TableQuery("price"))));

        var sorted = model.Apply(new TableQuery("price"));
        rows.Add(Row("row window: 40 rows at 900,000 of the sorted view", () => sorted.GetRows(900_000, 40), repeats: 200));
        rows.Add(Row("row window: 40 rows at 0, frame order", () => model.GetRows(0, 40), repeats: 200));
        rows.Add(Row("filter price '> 500'", () => model.Apply(new TableQuery(Filters: new Dictionary<string, string> { ["price"] = "> 500" }))));
        rows.Add(Row("filter city contains 'ber'", () => model.Apply(new TableQuery(Filters: new Dictionary<string, string> { ["city"] = "ber" }))));
        rows.Add(Row("search 'kyoto' (text columns only)", () => model.Apply(new TableQuery(Search: "kyoto"))));
        rows.Add(Row("search '123' (every visible column)", () => model.Apply(new TableQuery(Search: "123"))));

        Table.Print($"Grid server side, {GridFrame.Rows:N0} x 10 (goal: sort <= 400 ms)", ["operation", "median ms", "min ms", "median CPU ms"], rows);
        return rows;
    }

    private static string[] Row(string name, Func<object> action, int repeats = Repeats)
    {
        _ = action(); // warm up (JIT)
        var samples = new double[repeats];
        var cpu = new double[repeats];
        using var process = Process.GetCurrentProcess();
        for (var i = 0; i < repeats; i++)
        {
            process.Refresh();
            var cpuBefore = process.TotalProcessorTime;
            var watch = Stopwatch.StartNew();
            GC.KeepAlive(action());
            samples[i] = watch.Elapsed.TotalMilliseconds;
            process.Refresh();
            cpu[i] = (process.TotalProcessorTime - cpuBefore).TotalMilliseconds;
        }

        // CPU time (all threads of this process) says what the work costs when the machine is shared and wall time is not.
        return [name, Stats.Ms(Stats.Percentile(samples, 50)), Stats.Ms(samples.Min()), Stats.Ms(Stats.Percentile(cpu, 50))];
    }
}

using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;

namespace DataApps.Benchmarks.Rerun;

/// <summary>
/// The same rerun as <see cref="RerunBenchmarks"/>, timed by CPU time instead of wall-clock time: the process's
/// (the run executes on a pool thread, Note [Run budget]; the process adds the GC's threads), and the calling
/// thread's own (<c>CLOCK_THREAD_CPUTIME_ID</c>: only what runs on it, i.e. setting the value and waiting).
/// On a shared two-core machine wall-clock figures include time spent waiting for a core; CPU time
/// does not. Bounded: about two seconds per page size.
/// </summary>
internal static class RerunCpuTime
{
    private const int Rounds = 7;
    private static readonly TimeSpan RoundTime = TimeSpan.FromMilliseconds(250);

    public static IReadOnlyList<string[]> Run()
    {
        var rows = new List<string[]>();
        foreach (var widgets in new[] { 20, 100, 1000 })
        {
            var bench = new RerunBenchmarks { Widgets = widgets };
            bench.Setup();
            try
            {
                Measure(bench, RoundTime); // warm-up: JIT, tiering, first-use caches
                var results = Enumerable.Range(0, Rounds).Select(_ => Measure(bench, RoundTime)).ToArray();
                var thread = results.Select(r => r.ThreadCpuNs).Order().ElementAt(Rounds / 2);
                var process = results.Select(r => r.ProcessCpuNs).Order().ElementAt(Rounds / 2);
                var wall = results.Select(r => r.WallNs).Order().ElementAt(Rounds / 2);
                var allocated = results.Select(r => r.AllocatedBytes).Order().ElementAt(Rounds / 2);
                rows.Add(
                [
                    widgets.ToString(CultureInfo.InvariantCulture),
                    Us(thread), Us(results.Min(r => r.ThreadCpuNs)), Us(process), Us(wall),
                    (allocated / 1024).ToString("0.0", CultureInfo.InvariantCulture),
                    results.Sum(r => r.Iterations).ToString(CultureInfo.InvariantCulture),
                ]);
            }
            finally
            {
                bench.Cleanup();
            }
        }

        Table.Print(
            $"Rerun after one value changes, CPU time per rerun (median of {Rounds} rounds; goal: 100 widgets <= 2 ms, 20 widgets <= 0.3 ms)",
            ["widgets", "thread CPU us", "min round us", "process CPU us", "wall us", "allocated KB", "reruns"],
            rows);
        return rows;
    }

    private static string Us(double ns) => (ns / 1000).ToString("0.0", CultureInfo.InvariantCulture);

    private static Result Measure(RerunBenchmarks bench, TimeSpan duration)
    {
        var process = Process.GetCurrentProcess();
        var cpu0 = process.TotalProcessorTime;
        var thread0 = ThreadCpuNs();
        var alloc0 = GC.GetTotalAllocatedBytes(precise: true); // the run allocates on its own thread
        var wall = Stopwatch.StartNew();
        var n = 0;
        while (wall.Elapsed < duration || n < 20)
        {
            bench.RerunAfterOneValueChanges();
            n++;
        }

        wall.Stop();
        var thread = ThreadCpuNs() - thread0;
        var alloc = GC.GetTotalAllocatedBytes(precise: true) - alloc0;
        process.Refresh();
        var cpu = (process.TotalProcessorTime - cpu0).Ticks * 100.0;
        return new Result(n, thread / (double)n, cpu / n, wall.Elapsed.Ticks * 100.0 / n, alloc / (double)n);
    }

    internal static long ProcessCpuNs()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime.Ticks * 100L;
    }

    internal static long ThreadCpuNs()
    {
        if (OperatingSystem.IsLinux() && clock_gettime(3 /* CLOCK_THREAD_CPUTIME_ID */, out var ts) == 0)
        {
            return (ts.Seconds * 1_000_000_000L) + ts.Nanoseconds;
        }

        return (long)(Process.GetCurrentProcess().TotalProcessorTime.Ticks * 100L);
    }

    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int clock_gettime(int clock, out TimeSpec time);

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    private readonly record struct Result(int Iterations, double ThreadCpuNs, double ProcessCpuNs, double WallNs, double AllocatedBytes);
}

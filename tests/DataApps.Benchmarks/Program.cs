using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using DataApps.Benchmarks.Browser;
using DataApps.Benchmarks.Grid;
using DataApps.Benchmarks.Csv;
using DataApps.Benchmarks.Charts;
using DataApps.Benchmarks.Hosting;
using DataApps.Benchmarks.Rerun;

namespace DataApps.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release --project tests/DataApps.Benchmarks -- rerun|cache|wire|latency|memory|grid|csv|charts|feedback|all</c>
/// (see docs/performance.md). <c>serve</c> is the server process the browser benchmarks start.
/// </summary>
public static class Program
{
    public static async Task<int> Main(string[] args)
    {
        var command = args.Length == 0 ? "help" : args[0];
        var standIns = args.Contains("--stand-ins");
        var rest = args.Skip(1).Where(a => a != "--stand-ins").ToArray();
        switch (command)
        {
            case "serve":
                return await BenchServer.RunAsync([.. args.Skip(1)]);
            case "rerun":
                Rerun(rest);
                return 0;
            case "cache":
                RunInProcess(typeof(Cache.CacheBenchmarks), rest);
                return 0;
            case "wire":
                await WireBenchmark.RunAsync(standIns);
                return 0;
            case "latency":
                await LatencyBenchmark.RunAsync(standIns);
                return 0;
            case "memory":
                await MemoryBenchmark.RunAsync(standIns);
                return 0;
            case "grid":
                // The ui.DataFrame grid: server timing, then (unless --server) the browser timing.
                GridServerTiming.Run();
                if (!rest.Contains("--server"))
                {
                    await GridBrowserTiming.RunAsync();
                }

                return 0;
            case "grid-first-frame":
                // Analysis: variants of the grid page's document (inline sheets, fewer rows, …) against the document as served.
                await GridFirstFrame.RunAsync(rest);
                return 0;
            case "critical-css":
                // Not a benchmark: regenerates the MudBlazor rules the first frame needs, from a running Showcase.
                return await CriticalCss.CriticalCssTool.RunAsync(rest);
            case "csv":
                CsvBenchmark.Run(rest);
                return 0;
            case "charts":
                await Charts(rest);
                return 0;
            case "feedback":
                await Feedback.FeedbackWriteBenchmark.RunAsync();
                return 0;
            case "seq-outage":
                Operations.SeqOutageBenchmark.Run();
                return 0;
            case "all":
                Rerun(rest);
                await WireBenchmark.RunAsync(standIns);
                await LatencyBenchmark.RunAsync(standIns);
                await MemoryBenchmark.RunAsync(standIns);
                return 0;
            default:
                Console.WriteLine("usage: dotnet run -c Release --project tests/DataApps.Benchmarks -- rerun|cache|wire|latency|memory|grid|grid-first-frame|csv|charts|feedback|seq-outage|all|critical-css [--stand-ins] [--cpu-only | BenchmarkDotNet options for rerun]");
                return command == "help" ? 0 : 2;
        }
    }

    /// <summary>
    /// <c>charts</c>: the server-side table (downsampling, zoom re-sampling of a 1M-point line), then time to paint in
    /// Chromium; <c>--server-only</c> skips the browser, <c>--bdn</c> runs <see cref="ChartBenchmarks"/> in BenchmarkDotNet instead of the quick table.
    /// </summary>
    private static async Task Charts(string[] args)
    {
        if (args.Contains("--bdn"))
        {
            var config = DefaultConfig.Instance.AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance));
            BenchmarkSwitcher.FromTypes([typeof(ChartBenchmarks)]).Run(["--filter", "*"], config);
        }
        else
        {
            ChartCpuTime.Run();
        }

        if (!args.Contains("--server-only"))
        {
            await ChartPaintBenchmark.RunAsync();
        }
    }

    /// <summary>
    /// First the CPU-time table (<see cref="RerunCpuTime"/>, seconds), then BenchmarkDotNet in process: the benchmark project is a Web SDK app with a browser driver, and
    /// rebuilding it in a generated project for every run costs a minute on two cores for no gain here.
    /// </summary>
    private static void Rerun(string[] args)
    {
        if (args.Contains("--by-kind"))
        {
            RerunByKind.Run();
            return;
        }

        RerunCpuTime.Run();
        if (args.Contains("--cpu-only"))
        {
            return;
        }

        RunInProcess(typeof(RerunBenchmarks), args);
    }

    /// <summary>BenchmarkDotNet in process (see <see cref="Rerun"/>); <c>cache</c> measures a cached 100 MB frame against a plain rerun.</summary>
    private static void RunInProcess(Type benchmarks, string[] args)
    {
        var config = DefaultConfig.Instance
            .AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance));
        BenchmarkSwitcher.FromTypes([benchmarks]).Run(args.Length == 0 ? ["--filter", "*"] : args, config);
    }
}

using System.Globalization;
using DataApps.Benchmarks.Hosting;
using Microsoft.Playwright;

namespace DataApps.Benchmarks.Browser;

/// <summary>
/// Figure 4: server memory per connected session on the 20-widget page. Opens 10 then 30 browser
/// contexts, clicks once in each, forces a full GC in the server and reads its RSS after each step;
/// MiB per session = ΔRSS(10 → 30) / 20. Both apps, with server GC and with workstation GC.
/// </summary>
internal static class MemoryBenchmark
{
    private const int First = 10;
    private const int Second = 30;

    public static async Task<IReadOnlyList<string[]>> RunAsync(bool standIns)
    {
        await using var chromium = await Chromium.LaunchAsync();
        var rows = new List<string[]>();
        foreach (var gcServer in new[] { true, false })
        {
            foreach (var app in TargetApp.Both.Where(a => Environment.GetEnvironmentVariable("BENCH_ONLY") is not { Length: > 0 } only || a.Kind.ToString() == only))
            {
                rows.Add(await MeasureAsync(chromium, app, gcServer, standIns));
            }
        }

        Table.Print(
            "Server memory per connected session, 20-widget page (goal: DataApps <= 1 MiB)",
            ["app", "GC", "RSS idle MiB", $"RSS {First} MiB", $"RSS {Second} MiB", "MiB/session (RSS)", "MiB/session (GC committed)", "MiB/session (managed live)", "circuits"],
            rows);
        return rows;
    }

    private static async Task<string[]> MeasureAsync(Chromium chromium, TargetApp app, bool gcServer, bool standIns)
    {
        await using var server = await ServerProcess.StartAsync(app.Kind, gcServer, standIns);
        Console.WriteLine($"{app.Name}, {(gcServer ? "server" : "workstation")} GC, renderers: {await server.RenderersAsync()}");
        var pages = new List<IPage>();
        try
        {
            // One session first, so JIT and first-use caches are not counted as per-session memory.
            var warm = await OpenAndClickAsync(chromium, server, app);
            pages.Add(warm);
            var idle = await server.MemoryAsync();
            while (pages.Count < First + 1)
            {
                pages.Add(await OpenAndClickAsync(chromium, server, app));
            }

            var first = await server.MemoryAsync();
            await GcDumpAsync(server, app, gcServer, First);
            while (pages.Count < Second + 1)
            {
                pages.Add(await OpenAndClickAsync(chromium, server, app));
            }

            var second = await server.MemoryAsync();
            await GcDumpAsync(server, app, gcServer, Second);
            const int added = Second - First;
            return
            [
                app.Name, gcServer ? "server" : "workstation (DOTNET_gcServer=0)",
                Stats.MiB(idle.RssBytes), Stats.MiB(first.RssBytes), Stats.MiB(second.RssBytes),
                Stats.MiB((second.RssBytes - first.RssBytes) / (double)added),
                Stats.MiB((second.GcCommittedBytes - first.GcCommittedBytes) / (double)added),
                Stats.MiB((second.ManagedBytes - first.ManagedBytes) / (double)added),
                $"{first.Circuits - 1} -> {second.Circuits - 1}",
            ];
        }
        finally
        {
            foreach (var page in pages)
            {
                await page.Context.CloseAsync();
            }
        }
    }

    /// <summary>
    /// For analysis: with <c>BENCH_GCDUMP_TOOL</c> set to a dotnet-gcdump executable, writes a heap
    /// report of the server at each step to <c>BENCH_GCDUMP_DIR</c> (default: the temp folder).
    /// </summary>
    private static async Task GcDumpAsync(ServerProcess server, TargetApp app, bool gcServer, int sessions)
    {
        if (Environment.GetEnvironmentVariable("BENCH_GCDUMP_TOOL") is not { Length: > 0 } tool)
        {
            return;
        }

        var dir = Environment.GetEnvironmentVariable("BENCH_GCDUMP_DIR") is { Length: > 0 } d ? d : Path.GetTempPath();
        var name = Path.Combine(dir, $"{app.Kind}-{(gcServer ? "server" : "workstation")}-{sessions}");
        await RunToolAsync(tool, $"collect -p {server.Pid} -o {name}.gcdump");
        File.WriteAllText(name + ".txt", await RunToolAsync(tool, $"report {name}.gcdump"));
    }

    private static async Task<string> RunToolAsync(string tool, string arguments)
    {
        using var process = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo(tool, arguments) { RedirectStandardOutput = true })!;
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));
        return output;
    }

    private static async Task<IPage> OpenAndClickAsync(Chromium chromium, ServerProcess server, TargetApp app)
    {
        var page = await chromium.OpenAsync(server.BaseUrl + app.Path, app.Ready);
        await app.ClickOnceAsync(page, 1);
        return page;
    }
}

using System.Diagnostics;
using System.Runtime;
using DataApps.Benchmarks.Baseline;
using DataApps.Benchmarks.Pages;
using DataApps.Benchmarks.StandIns;
using DataApps.Components;
using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.Extensions.DependencyInjection.Extensions;
using MudBlazor.Services;

namespace DataApps.Benchmarks.Hosting;

/// <summary>Which app a bench server hosts.</summary>
internal enum AppKind
{
    /// <summary>A DataApps app with the generated pages (<c>/click</c>, <c>/w20</c>, <c>/w100</c>).</summary>
    DataApps,

    /// <summary>The hand-written Blazor Server + MudBlazor baseline (<c>/click</c>).</summary>
    Baseline,
}

/// <summary>
/// <c>serve --app dataapps|baseline --port N --parent PID [--no-critical-css]</c>: the server process the browser
/// benchmarks start, so its memory is the server's alone. It stops by itself when its parent
/// exits or after 20 minutes.
/// </summary>
internal static class BenchServer
{
    public const string ReadyLine = "BENCH-SERVER-READY";

    public static async Task<int> RunAsync(string[] args)
    {
        var app = Arg(args, "--app") == "baseline" ? AppKind.Baseline : AppKind.DataApps;
        var port = int.Parse(Arg(args, "--port") ?? "5099", System.Globalization.CultureInfo.InvariantCulture);
        var standIns = args.Contains("--stand-ins");
        var criticalCss = !args.Contains("--no-critical-css");
        var parent = Arg(args, "--parent") is { } p ? int.Parse(p, System.Globalization.CultureInfo.InvariantCulture) : (int?)null;

        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(BenchServer).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
            EnvironmentName = Environments.Production,
        });

        // Production, like a deployed app, but package assets (_content/…) come from the build output's manifest.
        builder.WebHost.UseStaticWebAssets();
        // Serve the precompressed files the build made: with runtime reloading on (the default from build output),
        // files whose times have sub-second parts are sent uncompressed under a gzip label.
        builder.Configuration["ReloadStaticAssetsAtRuntime"] = "false";
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        builder.Logging.ClearProviders();
        builder.Services.TryAddEnumerable(ServiceDescriptor.Scoped<CircuitHandler, CircuitCounter>());

        if (app == AppKind.DataApps)
        {
            builder.Services.AddDataApps(o =>
                {
                    o.Title = "DataApps bench";
                    o.CriticalCss = criticalCss;
                })
                .AddPage("/click", Sync(WidgetMix.ClickPage), "Click")
                .AddPage("/w20", Sync(ui => WidgetMix.Page(ui, 20)), "20 widgets")
                .AddPage("/w100", Sync(ui => WidgetMix.Page(ui, 100)), "100 widgets")
                .AddPage("/grid", Sync(Grid.GridFrame.Page), "1M-row grid")
                .AddPage("/chart1m", Sync(Charts.ChartData1M.Page), "1M-point chart");
            if (standIns)
            {
                StandInRenderers.AddMissing(builder.Services);
            }
        }
        else
        {
            builder.Services.AddRazorComponents().AddInteractiveServerComponents();
            builder.Services.AddMudServices();
        }

        var web = builder.Build();
        if (app == AppKind.DataApps)
        {
            web.MapDataApps();
        }
        else
        {
            web.UseAntiforgery();
            web.MapStaticAssets();
            web.MapRazorComponents<BaselineApp>().AddInteractiveServerRenderMode();
        }

        web.MapGet("/_bench/memory", () => Results.Json(MemorySnapshot.AfterFullGc()));
        web.MapGet("/_bench/renderers", (IServiceProvider services) =>
            services.GetService<ElementRegistry>() is { } registry ? StandInRenderers.Describe(registry) : "hand-written Blazor + MudBlazor");
        web.Lifetime.ApplicationStarted.Register(() => Console.WriteLine(ReadyLine));
        _ = StopWhenOrphanedAsync(web, parent);
        await web.RunAsync().ConfigureAwait(false);
        return 0;
    }

    private static Func<Ui, Task> Sync(Action<Ui> body) => ui =>
    {
        body(ui);
        return Task.CompletedTask;
    };

    private static async Task StopWhenOrphanedAsync(WebApplication web, int? parent)
    {
        var started = Stopwatch.StartNew();
        while (started.Elapsed < TimeSpan.FromMinutes(20))
        {
            await Task.Delay(1000).ConfigureAwait(false);
            if (parent is { } pid && !IsAlive(pid))
            {
                break;
            }
        }

        await web.StopAsync().ConfigureAwait(false);
    }

    private static bool IsAlive(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    internal static string? Arg(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }
}

/// <summary>Counts the open circuits, so the memory benchmark can check every page is connected.</summary>
internal sealed class CircuitCounter : CircuitHandler
{
    private static int _open;

    public static int Open => Volatile.Read(ref _open);

    public override Task OnCircuitOpenedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _open);
        return Task.CompletedTask;
    }

    public override Task OnCircuitClosedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        Interlocked.Decrement(ref _open);
        return Task.CompletedTask;
    }
}

/// <summary>What <c>/_bench/memory</c> answers, after a full, compacting, blocking GC.</summary>
internal sealed record MemorySnapshot(long RssBytes, long ManagedBytes, long GcCommittedBytes, bool ServerGc, int Circuits)
{
    public static MemorySnapshot AfterFullGc()
    {
        for (var i = 0; i < 3; i++)
        {
            GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
            GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
            GC.WaitForPendingFinalizers();
        }

        var info = GC.GetGCMemoryInfo(GCKind.Any);
        return new MemorySnapshot(ReadRss(), GC.GetTotalMemory(false), info.TotalCommittedBytes, GCSettings.IsServerGC, CircuitCounter.Open);
    }

    /// <summary>VmRSS from /proc/self/status (Linux); the working set elsewhere.</summary>
    private static long ReadRss()
    {
        const string status = "/proc/self/status";
        if (File.Exists(status))
        {
            foreach (var line in File.ReadLines(status))
            {
                if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
                {
                    var kb = line["VmRSS:".Length..].Trim().Split(' ')[0];
                    return long.Parse(kb, System.Globalization.CultureInfo.InvariantCulture) * 1024;
                }
            }
        }

        using var self = Process.GetCurrentProcess();
        return self.WorkingSet64;
    }
}

using System.Diagnostics;
using DataApps;
using Microsoft.Data.Analysis;

namespace Showcase.Pages;

/// <summary>ui.Cache: a slow computation done once for every session, a shared resource, and clearing both.</summary>
[Page("/caching", Title = "Caching", Icon = "cached", Section = "Data", Order = 40)]
public sealed class CachingPage : DataPage
{
    protected override void Run(Ui ui)
    {
        ui.Title("Caching");
        ui.Markdown("""
            The page runs again on every interaction, so slow work belongs in `ui.Cache`. A value is computed
            **once per key and call site** and then served to every session, the same instance, without a copy.
            While it computes, a spinner shows where the call is; sessions asking at the same time wait for the
            one computation.
            """);

        SlowData(ui);
        SharedResource(ui);
        Clearing(ui);
    }

    private static void SlowData(Ui ui)
    {
        ui.Header("A slow computation", divider: true);
        var rows = ui.Slider("Rows", 1_000, 100_000, 10_000, step: 1_000);
        var seconds = ui.Slider("Simulated work (s)", 0, 5, 2, key: "work");

        var watch = Stopwatch.StartNew();
        var frame = ui.Cache.Data($"sales-{rows}-{seconds}", () => SimulateSales(rows, seconds), ttl: TimeSpan.FromMinutes(30), maxEntries: 20);
        var elapsed = watch.Elapsed;

        var (left, right) = ui.Columns(2) is [var l, var r] ? (l, r) : throw new InvalidOperationException();
        left.Metric("Rows", frame.Rows.Count);
        right.Metric("Total revenue", Math.Round((double)frame["revenue"].Sum()));
        ui.Text($"ui.Cache.Data returned in {elapsed.TotalMilliseconds:0.0} ms");
        ui.Caption("Move the slider back to a value you have seen: that frame is still cached (up to 20 per call site).");
        ui.Code("""
            var frame = ui.Cache.Data($"sales-{rows}-{seconds}", () => SimulateSales(rows, seconds),
                                      ttl: TimeSpan.FromMinutes(30), maxEntries: 20);
            """, "csharp");
    }

    private static void SharedResource(Ui ui)
    {
        ui.Header("A shared resource", divider: true);
        ui.Markdown("`ui.Cache.Resource` holds one object for the whole app (a model, a client, a pool); it is never serialized or copied.");
        var model = ui.Cache.Resource("price-model", () => new PriceModel());
        ui.Text($"Model #{model.Instance}, loaded at {model.LoadedAt:HH:mm:ss} UTC, shared by every session");
        ui.Code("""var model = ui.Cache.Resource("price-model", () => new PriceModel());""", "csharp");
    }

    private static void Clearing(Ui ui)
    {
        ui.Header("Clearing", divider: true);
        if (ui.Button("Clear the cache"))
        {
            ui.Cache.Clear();
            ui.Success("Cleared: the next run computes everything again.");
        }
    }

    private static DataFrame SimulateSales(int rows, int seconds)
    {
        Thread.Sleep(TimeSpan.FromSeconds(seconds));
        var random = new Random(rows);
        var units = new Int32DataFrameColumn("units", rows);
        var revenue = new DoubleDataFrameColumn("revenue", rows);
        for (var i = 0; i < rows; i++)
        {
            units[i] = random.Next(1, 20);
            revenue[i] = units[i]!.Value * (5 + random.NextDouble() * 10);
        }

        return new DataFrame(units, revenue);
    }

    private sealed class PriceModel
    {
        private static int _instances;

        public int Instance { get; } = Interlocked.Increment(ref _instances);

        public DateTimeOffset LoadedAt { get; } = DateTimeOffset.UtcNow;
    }
}

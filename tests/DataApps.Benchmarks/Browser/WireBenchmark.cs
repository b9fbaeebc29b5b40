using DataApps.Benchmarks.Hosting;
using Microsoft.Playwright;

namespace DataApps.Benchmarks.Browser;

/// <summary>
/// Figure 2: bytes the browser receives over the circuit's WebSocket for a one-value change, from
/// the interaction until the run completed (<c>.da-page[data-runs=N+1]</c>) and the socket is quiet.
/// </summary>
internal static class WireBenchmark
{
    private static readonly int Repetitions = int.TryParse(Environment.GetEnvironmentVariable("BENCH_REPS"), out var r) ? r : 10;
    private static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(400);

    /// <summary>One way to change one widget, by the renderer's DOM.</summary>
    private sealed record Interaction(string Name, string Selector, Func<ILocator, int, Task> Act);

    private static readonly Interaction[] Interactions =
    [
        new("slider +1 (keyboard)", "[data-element=slider] input[type=range]", async (l, _) =>
        {
            await l.FocusAsync();
            await l.PressAsync("ArrowRight");
        }),
        new("checkbox toggle", "[data-element=checkbox] input[type=checkbox]", (l, _) => l.ClickAsync()),
        new("text input (fill, Tab)", "[data-element=text-input] input", async (l, i) =>
        {
            await l.FillAsync($"penguins {i}");
            await l.PressAsync("Tab");
        }),
        new("button click", "[data-element=button] button", (l, _) => l.ClickAsync()),
    ];

    public static async Task<IReadOnlyList<string[]>> RunAsync(bool standIns)
    {
        await using var server = await ServerProcess.StartAsync(AppKind.DataApps, standIns: standIns);
        Console.WriteLine($"DataApps renderers: {await server.RenderersAsync()}");
        await using var chromium = await Chromium.LaunchAsync();
        var rows = new List<string[]>();
        foreach (var widgets in new[] { 100, 20 })
        {
            WebSocketMeter meter = null!;
            var page = await chromium.OpenAsync($"{server.BaseUrl}/w{widgets}", ".da-page[data-runs='1']", async p => meter = await WebSocketMeter.AttachAsync(p));
            foreach (var interaction in Interactions)
            {
                rows.Add(await MeasureAsync(page, meter, widgets, interaction));
            }

            await page.Context.CloseAsync();
        }

        Table.Print(
            "Bytes to the browser for a one-value change (goal: 100-widget page <= 1 KB)",
            ["page", "interaction", "reps", "recv bytes p50", "min", "max", "recv frames p50", "sent bytes p50", "largest frame p50", "runs not shown"],
            rows);
        return rows;
    }

    private static async Task<string[]> MeasureAsync(IPage page, WebSocketMeter meter, int widgets, Interaction interaction)
    {
        var target = page.Locator(interaction.Selector).First;
        if (await page.Locator(interaction.Selector).CountAsync() == 0)
        {
            return [$"{widgets} widgets", interaction.Name, "0", "no renderer", "", "", "", "", ""];
        }

        var received = new List<int>();
        var frames = new List<int>();
        var sent = new List<int>();
        var largest = new List<int>();
        var missed = 0;
        for (var i = 0; i < Repetitions; i++)
        {
            await meter.WaitIdleAsync(Quiet, TimeSpan.FromSeconds(5));
            var runs = int.Parse(await page.Locator(".da-page").GetAttributeAsync("data-runs") ?? "0", System.Globalization.CultureInfo.InvariantCulture);
            meter.Reset();
            await interaction.Act(target, i);
            try
            {
                await page.WaitForSelectorAsync($".da-page[data-runs='{runs + 1}']", new() { Timeout = 10_000 });
            }
            catch (TimeoutException)
            {
                missed++; // the page never showed the run as completed (see docs/performance.md)
            }

            await meter.WaitIdleAsync(Quiet, TimeSpan.FromSeconds(5));
            var (r, s) = meter.Snapshot();
            received.Add(r.Sum());
            frames.Add(r.Length);
            sent.Add(s.Sum());
            largest.Add(r.Length == 0 ? 0 : r.Max());
            if (i == 0 && Environment.GetEnvironmentVariable("BENCH_VERBOSE") == "1")
            {
                Console.WriteLine($"  {interaction.Name} on {widgets}: {string.Join("; ", meter.Labels())}");
            }
        }

        return
        [
            $"{widgets} widgets", interaction.Name, Repetitions.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Stats.Median(received).ToString("0", System.Globalization.CultureInfo.InvariantCulture),
            received.Min().ToString(System.Globalization.CultureInfo.InvariantCulture),
            received.Max().ToString(System.Globalization.CultureInfo.InvariantCulture),
            Stats.Median(frames).ToString("0", System.Globalization.CultureInfo.InvariantCulture),
            Stats.Median(sent).ToString("0", System.Globalization.CultureInfo.InvariantCulture),
            Stats.Median(largest).ToString("0", System.Globalization.CultureInfo.InvariantCulture),
            missed.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ];
    }
}

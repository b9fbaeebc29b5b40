using DataApps.Benchmarks.Hosting;

namespace DataApps.Benchmarks.Browser;

/// <summary>
/// Figure 3: click → dependent text updated in the DOM, measured inside the page, on the 20-widget
/// page of DataApps and of the hand-written MudBlazor baseline, one server at a time.
/// </summary>
internal static class LatencyBenchmark
{
    private const int Warmup = 20;
    private const int Clicks = 200;

    public static async Task<IReadOnlyList<string[]>> RunAsync(bool standIns)
    {
        await using var chromium = await Chromium.LaunchAsync();
        var results = new List<(TargetApp App, double[] Samples)>();
        foreach (var app in TargetApp.Both)
        {
            await using var server = await ServerProcess.StartAsync(app.Kind, standIns: standIns);
            Console.WriteLine($"{app.Name} renderers: {await server.RenderersAsync()}");
            var page = await chromium.OpenAsync(server.BaseUrl + app.Path, app.Ready);
            var samples = new List<double>();
            for (var i = 1; i <= Warmup + Clicks; i++)
            {
                var ms = await page.EvaluateAsync<double>(TargetApp.ClickScript, new object[] { app.Root, app.Button, app.Text, i });
                if (i > Warmup)
                {
                    samples.Add(ms);
                }

                await Task.Delay(50); // let acknowledgements and the run's end settle before the next click
            }

            await page.Context.CloseAsync();
            results.Add((app, [.. samples]));
        }

        var baselineP50 = Stats.Percentile(results[1].Samples, 50);
        var rows = results.Select(r => new[]
        {
            r.App.Name,
            r.Samples.Length.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Stats.Ms(Stats.Percentile(r.Samples, 50)),
            Stats.Ms(Stats.Percentile(r.Samples, 95)),
            Stats.Ms(r.Samples.Average()),
            Stats.Ms(r.Samples.Max()),
            (Stats.Percentile(r.Samples, 50) / baselineP50).ToString("0.00", System.Globalization.CultureInfo.InvariantCulture),
        }).ToList();
        Table.Print(
            "Click -> dependent text in the DOM, 20-widget page (goal: DataApps p50 <= 16 ms, p95 <= 30 ms)",
            ["app", "clicks", "p50 ms", "p95 ms", "mean ms", "max ms", "p50 / baseline"],
            rows);
        return rows;
    }
}

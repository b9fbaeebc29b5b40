using DataApps.Benchmarks.Charts;
using DataApps.Benchmarks.Hosting;
using Microsoft.Playwright;

namespace DataApps.Benchmarks.Browser;

/// <summary>
/// Time to paint the 1,000,000-point line in Chromium (<c>/chart1m</c> on a Production bench server): from navigation
/// start to the moment the line is drawn, in a fresh browser context (plotly.js not cached) and on a reload
/// (cached); and the zoom round trip: relayout to a 1% x range → the server's re-sampled trace is drawn.
/// </summary>
internal static class ChartPaintBenchmark
{
    private const int Samples = 5;

    // Painted: Plotly has drawn the figure (its full data exists) and the line is in the plot (an SVG path, or a gl canvas).
    private const string PaintedScript = """
        () => {
          const gd = document.querySelector(".da-chart[data-total='1000000'] .js-plotly-plot");
          return gd && gd._fullData && gd._fullData.length === 1 && (gd.querySelector('.scatterlayer path.js-line') || gd.querySelector('.gl-container canvas')) ? performance.now() : false;
        }
        """;

    private const string ChartDivScript = """
        () => new Promise(resolve => {
          const find = () => document.querySelector(".da-chart[data-total='1000000']");
          if (find()) { resolve(-1); return; }
          setTimeout(() => resolve(-1), 60000);
          const observer = new MutationObserver(() => { if (find()) { observer.disconnect(); resolve(performance.now()); } });
          observer.observe(document, { subtree: true, childList: true });
        })
        """;

    private const string ZoomScript = """
        async () => {
          const gd = document.querySelector(".da-chart[data-total='1000000'] .js-plotly-plot");
          const t0 = performance.now();
          await window.Plotly.relayout(gd, { 'xaxis.range[0]': 400000, 'xaxis.range[1]': 410000 });
          for (let i = 0; i < 6000 && !(gd.data[0].x.length > 0 && gd.data[0].x[0] >= 399000); i++) { await new Promise(r => setTimeout(r, 10)); }
          return [performance.now() - t0, gd.data[0].x.length];
        }
        """;

    public static async Task RunAsync()
    {
        await using var chromium = await Chromium.LaunchAsync();
        await using var server = await ServerProcess.StartAsync(AppKind.DataApps);
        var url = server.BaseUrl + "/chart1m";
        var cold = new List<double>();
        var warm = new List<double>();
        var divToPaint = new List<double>();
        var zoom = new List<double>();
        var zoomPoints = 0.0;
        for (var i = 0; i < Samples + 1; i++)
        {
            var context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 800 } });
            var page = await context.NewPageAsync();
            page.SetDefaultTimeout(60_000);

            Console.Error.WriteLine($"sample {i}: fresh context");
            var (paint, div) = await OpenAsync(page, () => page.GotoAsync(url));
            Console.Error.WriteLine($"sample {i}: reload");
            var (reloadPaint, reloadDiv) = await OpenAsync(page, () => page.ReloadAsync());
            Console.Error.WriteLine($"sample {i}: zoom");
            await page.WaitForSelectorAsync(".da-chart[data-total='1000000'][data-ready='true']");
            var zoomed = await page.EvaluateAsync<double[]>(ZoomScript);
            await context.CloseAsync();
            if (i == 0)
            {
                continue; // the server's first page run JIT-compiles everything: not a visitor's experience
            }

            cold.Add(paint);
            warm.Add(reloadPaint);
            divToPaint.Add(reloadPaint - reloadDiv);
            zoom.Add(zoomed[0]);
            zoomPoints = zoomed[1];
        }

        string[] Row(string name, List<double> s) => [name, Stats.Ms(Stats.Percentile(s, 50)), Stats.Ms(s.Min()), Stats.Ms(s.Max())];
        Table.Print($"Charts: 1,000,000-point line in Chromium (ms, {Samples} samples)", ["measure", "median", "min", "max"],
        [
            Row("navigation → painted, fresh context (plotly.js downloaded)", cold),
            Row("navigation → painted, reload (plotly.js cached)", warm),
            Row("chart element in DOM → painted (reload)", divToPaint),
            Row("zoom to 1% → re-sampled trace drawn", zoom),
        ]);
        Console.WriteLine($"points drawn after the zoom: {zoomPoints:N0}; total points {ChartData1M.Points:N0}");
    }

    private static async Task<(double Paint, double Div)> OpenAsync(IPage page, Func<Task> navigate)
    {
        await navigate();
        var div = await page.EvaluateAsync<double>(ChartDivScript);
        var handle = await page.WaitForFunctionAsync(PaintedScript, null, new PageWaitForFunctionOptions { PollingInterval = null, Timeout = 60_000 });
        var paint = await handle.JsonValueAsync<double>();
        return (paint, div < 0 ? double.NaN : div);
    }
}

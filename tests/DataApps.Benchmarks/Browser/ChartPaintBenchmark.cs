using DataApps.Benchmarks.Charts;
using DataApps.Benchmarks.Hosting;
using Microsoft.Playwright;

namespace DataApps.Benchmarks.Browser;

/// <summary>
/// Time to paint the 1,000,000-point line in Chromium (<c>/chart1m</c> on a Production bench server): from navigation
/// start to the moment the line is drawn, in a fresh browser context (plotly.js not cached) and on a reload
/// (cached); and the zoom round trip: relayout to a 1% x range → the server's re-sampled trace is drawn.
/// Both plotly.js bundles are measured in the same run, their samples interleaved: the DataApps bundle (what charts
/// load) and the package's full bundle (what they loaded before; <c>localStorage['dataapps.plotly'] = 'full'</c>).
/// </summary>
internal static class ChartPaintBenchmark
{
    private const int SampleCount = 5;

    // Painted: Plotly has drawn the figure (its full data exists) and the line is in the plot (an SVG path, or a gl canvas).
    private const string PaintedScript = """
        () => {
          const gd = document.querySelector(".da-chart[data-total='1000000'] .js-plotly-plot");
          return gd && gd._fullData && gd._fullData.length === 1 && (gd.querySelector('.scatterlayer path.js-line') || gd.querySelector('.gl-container canvas')) ? performance.now() : false;
        }
        """;

    // Where the time went: the chart element appears, plotly.js is requested (by the preload or the gate's script element),
    // arrives, its script element is added, and it has run (window.Plotly set).
    private const string TimingsInitScript = """
        (() => {
          window.__bench = {};
          let plotly;
          Object.defineProperty(window, 'Plotly', { configurable: true, get() { return plotly; }, set(v) {
            plotly = v;
            if (!window.__bench.evaluated) window.__bench.evaluated = performance.now();
          } });
          new MutationObserver((_, observer) => {
            if (!window.__bench.div && document.querySelector(".da-chart[data-total='1000000']")) window.__bench.div = performance.now();
            if (!window.__bench.script && document.getElementById('plotly-import')) window.__bench.script = performance.now();
            if (window.__bench.div && window.__bench.script) observer.disconnect();
          }).observe(document, { subtree: true, childList: true });
        })();
        """;

    private const string TimingsScript = """
        () => {
          const script = performance.getEntriesByType('resource').find(r => /plotly-3\.7\.0\.min\.js|plotly-dataapps\.min\.js/.test(r.name));
          const b = window.__bench;
          return [b.div ?? NaN, script ? script.startTime : NaN, script ? script.responseEnd : NaN, b.evaluated ?? NaN, script ? script.transferSize : NaN, b.script ?? NaN];
        }
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

    private static readonly string[] Bundles = ["full", "dataapps"];

    public static async Task RunAsync()
    {
        await using var chromium = await Chromium.LaunchAsync();

        // The bench server serves the build's precompressed assets (BenchServer: ReloadStaticAssetsAtRuntime=false).
        await using var server = await ServerProcess.StartAsync(AppKind.DataApps);
        var url = server.BaseUrl + "/chart1m";
        var results = Bundles.ToDictionary(b => b, _ => new BundleSamples());
        var zoomPoints = 0.0;
        for (var i = 0; i < SampleCount + 1; i++)
        {
            foreach (var bundle in Bundles)
            {
                var context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 800 } });
                await context.AddInitScriptAsync(TimingsInitScript);
                if (bundle == "full")
                {
                    await context.AddInitScriptAsync("localStorage.setItem('dataapps.plotly', 'full')");
                }

                var page = await context.NewPageAsync();
                page.SetDefaultTimeout(60_000);

                Console.Error.WriteLine($"sample {i}, {bundle} bundle: fresh context");
                var (paint, cold) = await OpenAsync(page, () => page.GotoAsync(url));
                Console.Error.WriteLine($"sample {i}, {bundle} bundle: reload");
                var (reloadPaint, warm) = await OpenAsync(page, () => page.ReloadAsync());
                Console.Error.WriteLine($"sample {i}, {bundle} bundle: zoom");
                await page.WaitForSelectorAsync(".da-chart[data-total='1000000'][data-ready='true']");
                var zoomed = await page.EvaluateAsync<double[]>(ZoomScript);
                await context.CloseAsync();
                if (i == 0)
                {
                    continue; // the server's first page run JIT-compiles everything: not a visitor's experience
                }

                results[bundle].Add(paint, cold, reloadPaint, warm, zoomed[0]);
                zoomPoints = zoomed[1];
            }
        }

        string[] Row(string name, Func<BundleSamples, List<double>> pick) =>
        [
            name,
            .. Bundles.SelectMany(b => new[] { Stats.Ms(Stats.Percentile(pick(results[b]), 50)), Stats.Ms(pick(results[b]).Min()) }),
            Ratio(Stats.Percentile(pick(results["dataapps"]), 50), Stats.Percentile(pick(results["full"]), 50)),
        ];
        Table.Print(
            $"Charts: 1,000,000-point line in Chromium (ms, {SampleCount} samples per bundle, interleaved)",
            ["measure", "full bundle median", "min", "DataApps bundle median", "min", "DataApps / full"],
            [
                Row("navigation → painted, fresh context (plotly.js downloaded)", s => s.ColdPaint),
                Row("navigation → painted, reload (plotly.js cached)", s => s.WarmPaint),
                Row("chart element in DOM → painted (reload)", s => s.WarmDivToPaint),
                Row("zoom to 1% → re-sampled trace drawn", s => s.Zoom),
                Row("fresh: navigation → chart element in DOM", s => s.ColdDiv),
                Row("fresh: plotly.js requested, from the chart element (< 0: preloaded)", s => s.ColdDivToRequest),
                Row("fresh: plotly.js request → last byte", s => s.ColdFetch),
                Row("fresh: chart element → plotly.js script element added", s => s.ColdDivToScript),
                Row("fresh: script element and last byte → plotly.js has run (compile, init)", s => s.ColdEvaluate),
                Row("fresh: plotly.js has run → painted", s => s.ColdDraw),
                Row("reload: script element and last byte → plotly.js has run", s => s.WarmEvaluate),
            ]);
        Console.WriteLine($"plotly.js bytes over the wire on a fresh visit: full {Kb(results["full"].Transfer)}, DataApps {Kb(results["dataapps"].Transfer)}");
        Console.WriteLine($"points drawn after the zoom: {zoomPoints:N0}; total points {ChartData1M.Points:N0}");
    }

    private static string Ratio(double a, double b) => (a / b).ToString("0.00", System.Globalization.CultureInfo.InvariantCulture);

    private static string Kb(List<double> bytes) => $"{Stats.Percentile(bytes, 50) / 1024:N0} KB";

    private static async Task<(double Paint, double[] Timings)> OpenAsync(IPage page, Func<Task> navigate)
    {
        await navigate();
        var handle = await page.WaitForFunctionAsync(PaintedScript, null, new PageWaitForFunctionOptions { PollingInterval = null, Timeout = 60_000 });
        var paint = await handle.JsonValueAsync<double>();
        var timings = await page.EvaluateAsync<double[]>(TimingsScript);
        return (paint, timings);
    }

    /// <summary>One bundle's samples; timings are [chart element, request start, response end, plotly.js run, transfer bytes, script element added].</summary>
    private sealed class BundleSamples
    {
        public List<double> ColdPaint { get; } = [];
        public List<double> WarmPaint { get; } = [];
        public List<double> WarmDivToPaint { get; } = [];
        public List<double> Zoom { get; } = [];
        public List<double> ColdDiv { get; } = [];
        public List<double> ColdDivToRequest { get; } = [];
        public List<double> ColdFetch { get; } = [];
        public List<double> ColdDivToScript { get; } = [];
        public List<double> ColdEvaluate { get; } = [];
        public List<double> ColdDraw { get; } = [];
        public List<double> WarmEvaluate { get; } = [];
        public List<double> Transfer { get; } = [];

        public void Add(double coldPaint, double[] cold, double warmPaint, double[] warm, double zoom)
        {
            ColdPaint.Add(coldPaint);
            WarmPaint.Add(warmPaint);
            WarmDivToPaint.Add(warmPaint - warm[0]);
            Zoom.Add(zoom);
            ColdDiv.Add(cold[0]);
            ColdDivToRequest.Add(cold[1] - cold[0]);
            ColdFetch.Add(cold[2] - cold[1]);
            ColdDivToScript.Add(cold[5] - cold[0]);
            ColdEvaluate.Add(cold[3] - Math.Max(cold[2], cold[5]));
            ColdDraw.Add(coldPaint - cold[3]);
            WarmEvaluate.Add(warm[3] - Math.Max(warm[2], warm[5]));
            Transfer.Add(cold[4]);
        }
    }
}

using System.Globalization;
using System.Text;
using DataApps.Benchmarks.Browser;
using DataApps.Benchmarks.Hosting;
using Microsoft.Playwright;

namespace DataApps.Benchmarks.Grid;

/// <summary>
/// <c>grid</c>: the 1M × 10 grid page of a bench server in Chromium: first rows painted and the bytes it took,
/// a jump to row 900,000 painted, and a sort painted. Times are measured inside the page (performance.now, then
/// one animation frame so the rows are painted).
/// </summary>
internal static class GridBrowserTiming
{
    private const int LoadCount = 9;

    // Records when the first grid rows are in the DOM and a frame has been painted with them (in the prerendered HTML, or
    // rendered by the circuit), and when the circuit has taken the page over (data-runs appears: the grid is interactive).
    private const string FirstRowsScript = """
        (() => {
          const seen = () => document.querySelector('.da-grid-rows .da-row');
          const mark = () => requestAnimationFrame(() => setTimeout(() => { window.__firstRows = performance.now(); }, 0));
          const check = () => {
            if (!window.__page && document.querySelector('.da-page')) window.__page = performance.now();
            if (!window.__interactive && document.querySelector('.da-page[data-runs] .da-grid-rows .da-row')) window.__interactive = performance.now();
          };
          let painted = false;
          const observer = new MutationObserver(() => {
            check();
            if (!painted && seen()) { painted = true; mark(); }
            if (window.__interactive) observer.disconnect();
          });
          document.addEventListener('DOMContentLoaded', () => {
            check(); // a prerendered page has its rows in the HTML
            if (seen()) { painted = true; mark(); }
            observer.observe(document.body, { childList: true, subtree: true, attributes: true });
          });
        })();
        """;

    // Scrolls the grid so that row `target` is at the top and resolves with the ms until that row is painted.
    private const string JumpScript = """
        (target) => new Promise((resolve, reject) => {
          const scroll = document.querySelector('.da-grid-scroll');
          const rows = scroll.querySelector('.da-grid-rows');
          const total = +rows.dataset.total, rowH = 32;
          const headH = scroll.querySelector('.da-grid-head').offsetHeight;
          const viewH = scroll.clientHeight - headH;
          const maxTop = total * rowH - viewH, native = Math.min(total * rowH, 8000000), maxNative = native - viewH;
          const shown = () => [...rows.children].some(r => +r.dataset.row === target);
          const timer = setTimeout(() => { observer.disconnect(); reject(new Error('row ' + target + ' never shown')); }, 10000);
          const done = () => requestAnimationFrame(() => setTimeout(() => { clearTimeout(timer); resolve(performance.now() - t0); }, 0));
          const observer = new MutationObserver(() => { if (shown()) { observer.disconnect(); done(); } });
          observer.observe(rows, { childList: true, subtree: true, attributes: true });
          const t0 = performance.now();
          scroll.scrollTop = target * rowH * maxNative / maxTop;
        })
        """;

    // Clicks a header and resolves with the ms until the first row changed and was painted.
    private const string SortScript = """
        (column) => new Promise((resolve, reject) => {
          const rows = document.querySelector('.da-grid-rows');
          const before = rows.firstElementChild?.dataset.row + '@' + rows.dataset.first;
          const timer = setTimeout(() => { observer.disconnect(); reject(new Error('no sort')); }, 20000);
          const observer = new MutationObserver(() => {
            const now = rows.firstElementChild?.dataset.row + '@' + rows.dataset.first;
            if (now !== before && !document.querySelector('.da-grid-busy')) {
              observer.disconnect();
              requestAnimationFrame(() => setTimeout(() => { clearTimeout(timer); resolve(performance.now() - t0); }, 0));
            }
          });
          observer.observe(document.querySelector('.da-grid'), { childList: true, subtree: true, attributes: true });
          const t0 = performance.now();
          document.querySelector(`[data-column="${column}"] button`).click();
        })
        """;

    // Clicks the app navigation's link to the grid page (the circuit renders it, no new document) and resolves with the ms until
    // the grid's first rows are painted.
    private const string InAppScript = """
        () => new Promise((resolve, reject) => {
          const shown = () => document.querySelector('.da-page[data-page="/grid"] .da-grid-rows .da-row');
          const timer = setTimeout(() => { observer.disconnect(); reject(new Error('grid never shown')); }, 20000);
          const done = () => requestAnimationFrame(() => setTimeout(() => { clearTimeout(timer); resolve(performance.now() - t0); }, 0));
          const observer = new MutationObserver(() => { if (shown()) { observer.disconnect(); done(); } });
          observer.observe(document.body, { childList: true, subtree: true });
          const t0 = performance.now();
          document.querySelector('a[href="grid"]').click();
        })
        """;

    public static async Task<IReadOnlyList<string[]>> RunAsync()
    {
        // Two servers: the default shell (critical CSS first, Note [First frame] in App.razor) and, in the same run,
        // the plain shell (DataAppsOptions.CriticalCss = false: the whole MudBlazor sheet and the scripts block the first
        // frame), loaded alternately so both see the same machine.
        await using var server = await ServerProcess.StartAsync(AppKind.DataApps);
        await using var plainServer = await ServerProcess.StartAsync(AppKind.DataApps, criticalCss: false);
        await using var chromium = await Chromium.LaunchAsync();
        var url = server.BaseUrl + "/grid";
        var plainUrl = plainServer.BaseUrl + "/grid";

        // Warm up: the first visit builds the frame and JIT-compiles the server.
        foreach (var warmUrl in new[] { url, plainUrl })
        {
            var warm = await chromium.OpenAsync(warmUrl, ".da-page[data-runs] .da-grid-rows .da-row");
            await warm.Context.CloseAsync();
        }

        var (critical, plain) = (new Loads(), new Loads());
        var (sameTab, sameTabFcp, inApp) = (new List<double>(), new List<double>(), new List<double>());
        for (var i = 0; i < LoadCount; i++)
        {
            critical.Add(await FirstLoadAsync(chromium, url));
            plain.Add(await FirstLoadAsync(chromium, plainUrl));
            var warm = await FromAnotherPageAsync(chromium, server.BaseUrl);
            sameTab.Add(warm.FirstRows);
            sameTabFcp.Add(warm.Fcp);
            inApp.Add(warm.InApp);
        }

        var firstRows = critical.FirstRows;
        var fromPage = critical.FromPage;
        var interactive = critical.Interactive;
        var bytes = critical.Bytes;
        var socketBytes = critical.SocketBytes;

        var jumps = new List<double>();
        var sorts = new List<double>();
        var open = await chromium.OpenAsync(url, ".da-page[data-runs] .da-grid-rows .da-row");
        await open.WaitForTimeoutAsync(1000); // the grid's script attaches after the first render
        foreach (var target in new[] { 900_000, 100_000, 900_000, 500_000, 999_990, 900_000, 250_000, 900_000, 750_000, 900_000 })
        {
            jumps.Add(await open.EvaluateAsync<double>(JumpScript, target));
            await open.WaitForTimeoutAsync(200);
        }

        sorts.Add(await open.EvaluateAsync<double>(SortScript, "quantity")); // first sort of this column: computes the order
        await open.WaitForTimeoutAsync(300);
        sorts.Add(await open.EvaluateAsync<double>(SortScript, "quantity")); // descending: computes the other order
        await open.Context.CloseAsync();

        List<string[]> rows =
        [
            ["first rows painted, from navigation start, fresh browser context (a first visit)", Stats.Ms(Stats.Percentile(firstRows, 50)), Stats.Ms(firstRows.Max()), "<= 300 ms"],
            ["  the same, plain shell (CriticalCss = false), same run", Stats.Ms(Stats.Percentile(plain.FirstRows, 50)), Stats.Ms(plain.FirstRows.Max()), ""],
            ["first contentful paint (Paint Timing), from navigation start", Stats.Ms(Stats.Percentile(critical.Fcp, 50)), Stats.Ms(critical.Fcp.Max()), ""],
            ["  the same, plain shell", Stats.Ms(Stats.Percentile(plain.Fcp, 50)), Stats.Ms(plain.Fcp.Max()), ""],
            ["first rows painted, same tab, after another page of the app (a new document, e.g. a typed URL)", Stats.Ms(Stats.Percentile(sameTab, 50)), Stats.Ms(sameTab.Max()), ""],
            ["  first contentful paint of that document", Stats.Ms(Stats.Percentile(sameTabFcp, 50)), Stats.Ms(sameTabFcp.Max()), ""],
            ["first rows painted, the navigation's link clicked (the circuit renders the page)", Stats.Ms(Stats.Percentile(inApp, 50)), Stats.Ms(inApp.Max()), ""],
            ["first rows painted, from the page shell in the DOM", Stats.Ms(Stats.Percentile(fromPage, 50)), Stats.Ms(fromPage.Max()), ""],
            ["grid interactive (the circuit took the page over), from navigation start", Stats.Ms(Stats.Percentile(interactive, 50)), Stats.Ms(interactive.Max()), ""],
            ["  the same, plain shell", Stats.Ms(Stats.Percentile(plain.Interactive, 50)), Stats.Ms(plain.Interactive.Max()), ""],
            ["jump to a row (900,000 and others) painted", Stats.Ms(Stats.Percentile(jumps, 50)), Stats.Ms(jumps.Max()), "<= 100 ms"],
            ["sort 1M rows by a column (click to painted), uncached", Stats.Ms(Stats.Percentile(sorts, 50)), Stats.Ms(sorts.Max()), "<= 400 ms"],
            ["bytes to first paint over the WebSocket (render batches: shell, page, grid rows), KB",
                (Stats.Percentile(socketBytes, 50) / 1024).ToString("0.0", CultureInfo.InvariantCulture),
                (socketBytes.Max() / 1024).ToString("0.0", CultureInfo.InvariantCulture), "<= 150 KB"],
            ["bytes to first paint, all (HTTP as encoded + WebSocket), KB", (Stats.Percentile(bytes, 50) / 1024).ToString("0.0", CultureInfo.InvariantCulture),
                (bytes.Max() / 1024).ToString("0.0", CultureInfo.InvariantCulture), ""],
            ["  the same, plain shell", (Stats.Percentile(plain.Bytes, 50) / 1024).ToString("0.0", CultureInfo.InvariantCulture),
                (plain.Bytes.Max() / 1024).ToString("0.0", CultureInfo.InvariantCulture), ""],
        ];
        Table.Print($"Grid in Chromium, {GridFrame.Rows:N0} x 10 (median of {LoadCount} loads of each shell and from another page, alternating, {jumps.Count} jumps, {sorts.Count} sorts)",
            ["measure", "median", "max", "goal"], rows);
        return rows;
    }

    private static async Task<Load> FirstLoadAsync(Chromium chromium, string url)
    {
        var context = await chromium.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        long http = 0;
        long socket = 0;
        var cdp = await context.NewCDPSessionAsync(page);
        cdp.Event("Network.loadingFinished").OnEvent += (_, e) =>
        {
            if (e is { } json && json.TryGetProperty("encodedDataLength", out var length))
            {
                Interlocked.Add(ref http, (long)length.GetDouble());
            }
        };
        cdp.Event("Network.webSocketFrameReceived").OnEvent += (_, e) =>
        {
            if (e is { } json && json.TryGetProperty("response", out var response))
            {
                var payload = response.GetProperty("payloadData").GetString() ?? "";
                var size = response.GetProperty("opcode").GetDouble() == 1 ? Encoding.UTF8.GetByteCount(payload) : payload.Length / 4 * 3;
                Interlocked.Add(ref socket, size);
            }
        };
        await cdp.SendAsync("Network.enable");
        await page.AddInitScriptAsync(FirstRowsScript);
        await page.GotoAsync(url);
        await page.WaitForFunctionAsync("() => window.__firstRows !== undefined && window.__interactive !== undefined", null, new() { Timeout = 30_000 });
        var socketTotal = Interlocked.Read(ref socket);
        var total = Interlocked.Read(ref http) + socketTotal;
        var first = await page.EvaluateAsync<double>("() => window.__firstRows");
        var shell = await page.EvaluateAsync<double>("() => window.__page ?? 0");
        var ready = await page.EvaluateAsync<double>("() => window.__interactive");
        var fcp = await page.EvaluateAsync<double>("() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? -1");
        await context.CloseAsync();
        return new Load(first, first - shell, ready, total, socketTotal, fcp);
    }

    /// <summary>
    /// The grid reached from another page of the app in one tab: by the navigation's link (the circuit renders the page in
    /// place), then as a new document (the tab's renderer process and the browser's caches are warm, as for a user already in
    /// the app who types the URL, follows a bookmark or reloads).
    /// </summary>
    private static async Task<(double FirstRows, double Fcp, double InApp)> FromAnotherPageAsync(Chromium chromium, string baseUrl)
    {
        var context = await chromium.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.AddInitScriptAsync(FirstRowsScript);
        await page.GotoAsync(baseUrl + "/");
        await page.WaitForSelectorAsync(".da-page[data-runs]");
        var inApp = await page.EvaluateAsync<double>(InAppScript);
        await page.GotoAsync(baseUrl + "/");
        await page.WaitForSelectorAsync(".da-page[data-runs]");
        await page.GotoAsync(baseUrl + "/grid");
        await page.WaitForFunctionAsync("() => window.__firstRows !== undefined && performance.getEntriesByName('first-contentful-paint').length > 0", null, new() { Timeout = 30_000 });
        var first = await page.EvaluateAsync<double>("() => window.__firstRows");
        var fcp = await page.EvaluateAsync<double>("() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? -1");
        await context.CloseAsync();
        return (first, fcp, inApp);
    }

    private sealed record Load(double FirstRows, double FromPage, double Interactive, double Bytes, double SocketBytes, double Fcp);

    private sealed class Loads
    {
        public List<double> FirstRows { get; } = [];

        public List<double> FromPage { get; } = [];

        public List<double> Interactive { get; } = [];

        public List<double> Bytes { get; } = [];

        public List<double> SocketBytes { get; } = [];

        public List<double> Fcp { get; } = [];

        public void Add(Load load)
        {
            FirstRows.Add(load.FirstRows);
            FromPage.Add(load.FromPage);
            Interactive.Add(load.Interactive);
            Bytes.Add(load.Bytes);
            SocketBytes.Add(load.SocketBytes);
            Fcp.Add(load.Fcp);
        }
    }
}

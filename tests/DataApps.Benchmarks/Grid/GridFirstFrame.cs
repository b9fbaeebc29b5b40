using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using DataApps.Benchmarks.Browser;
using DataApps.Benchmarks.CriticalCss;
using DataApps.Benchmarks.Hosting;
using Microsoft.Playwright;

namespace DataApps.Benchmarks.Grid;

/// <summary>
/// <c>grid-first-frame [--loads 9]</c>: what stands between the grid page's HTML and its first frame. The bench server's
/// prerendered <c>/grid</c> document (default shell) is fetched once, and variants of it are served to Chromium from memory
/// (Playwright routes the navigation; every other request — stylesheets, scripts — goes to the bench server), each load in a
/// fresh context, the variants alternating so all see the same machine. Measured: first contentful paint (the frame presented)
/// and first rows painted (DOMContentLoaded, then one animation frame), from navigation start. The document as served is one
/// of the variants, so serving from memory is the same for all; the live server is shown for reference.
/// </summary>
internal static class GridFirstFrame
{
    // The first-rows mark of GridBrowserTiming: rows in the DOM at DOMContentLoaded, then one animation frame.
    private const string FirstRowsScript = """
        document.addEventListener('DOMContentLoaded', () => {
          if (document.querySelector('.da-grid-rows .da-row'))
            requestAnimationFrame(() => setTimeout(() => { window.__firstRows = performance.now(); }, 0));
        });
        """;

    // A page with nothing but one "row", so the same script marks it: what a fresh context costs before any content.
    private const string BlankPage = """
        <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>blank</title></head>
        <body><div class="da-page"><div class="da-grid-rows"><div class="da-grid-row da-row">first row</div></div></div></body></html>
        """;

    public static async Task RunAsync(string[] args)
    {
        var at = Array.IndexOf(args, "--loads");
        var loads = at >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], CultureInfo.InvariantCulture) : 9;
        await using var server = await ServerProcess.StartAsync(AppKind.DataApps);
        await using var chromium = await Chromium.LaunchAsync();
        var url = server.BaseUrl + "/grid";
        var warm = await chromium.OpenAsync(url, ".da-page[data-runs] .da-grid-rows .da-row");
        await warm.Context.CloseAsync();

        using var http = new HttpClient { BaseAddress = new Uri(server.BaseUrl) };
        var served = await http.GetStringAsync("/grid");
        File.WriteAllText(Path.Combine(Path.GetTempPath(), "grid-served.html"), served);
        var critical = await http.GetStringAsync("/_content/DataApps.Components/mudblazor-critical.css");
        var dataApps = await http.GetStringAsync("/_content/DataApps.Components/dataapps.css");
        var gridOnly = await GridOnlySheetAsync(chromium, http, served, server.BaseUrl);

        // The shell links both sheets (Note [First frame]); "inline" puts their text in the head instead. Either form is accepted.
        const string CriticalLink = """<link href="_content/DataApps.Components/mudblazor-critical.css" rel="stylesheet">""";
        const string DataAppsLink = """<link id="da-css" href="_content/DataApps.Components/dataapps.css" rel="stylesheet">""";
        var (criticalStyle, dataAppsStyle) = ($"<style>{critical}</style>", $"<style id=\"da-css\">{dataApps}</style>");
        var linked = served.Replace(criticalStyle, CriticalLink, StringComparison.Ordinal).Replace(dataAppsStyle, DataAppsLink, StringComparison.Ordinal);
        var inline = linked.Replace(CriticalLink, criticalStyle, StringComparison.Ordinal).Replace(DataAppsLink, dataAppsStyle, StringComparison.Ordinal);
        if (!linked.Contains(CriticalLink, StringComparison.Ordinal) || !linked.Contains(DataAppsLink, StringComparison.Ordinal))
        {
            throw new InvalidOperationException("The /grid document has neither the inline nor the linked sheets (see grid-served.html in the temp folder); update GridFirstFrame.");
        }

        var variants = new List<(string Name, string? Html)>
        {
            ("live server (reference)", null),
            ("as served (the linked document again when the shell links: a control for the noise)", served),
            ("critical sheet and dataapps.css linked (as the shell does)", linked),
            ("both sheets inline in the head", inline),
            ("critical sheet of the grid page only, inline", inline.Replace(criticalStyle, $"<style>{gridOnly}</style>", StringComparison.Ordinal)),
            ("inline, 10 prerendered rows instead of all (19 at 800 px)", KeepRows(inline, 10)),
            ("only the critical sheet linked (no dataapps.css: the grid itself unstyled)", linked.Replace(DataAppsLink, "", StringComparison.Ordinal)),
            ("no stylesheet at all (floor, unstyled)", linked.Replace(CriticalLink, "", StringComparison.Ordinal).Replace(DataAppsLink, "", StringComparison.Ordinal)),
            ("one line of text, no stylesheet (Chromium's floor for any page here)", BlankPage),
        };

        Console.WriteLine($"load average at start: {LoadAverage()}");
        foreach (var (name, html) in variants.Where(v => v.Html is not null))
        {
            Console.WriteLine($"{name}: {Encoding.UTF8.GetByteCount(html!) / 1024.0:F1} KB");
        }

        Console.WriteLine($"critical sheet {critical.Length / 1024.0:F1} KB, grid-only sheet {gridOnly.Length / 1024.0:F1} KB, dataapps.css {dataApps.Length / 1024.0:F1} KB");
        var fcp = variants.Select(_ => new List<double>()).ToArray();
        var rows = variants.Select(_ => new List<double>()).ToArray();
        for (var i = 0; i < loads; i++)
        {
            for (var v = 0; v < variants.Count; v++)
            {
                var (f, r) = await LoadAsync(chromium, url, variants[v].Html);
                fcp[v].Add(f);
                rows[v].Add(r);
            }
        }

        var table = new List<string[]>();
        for (var v = 0; v < variants.Count; v++)
        {
            table.Add([variants[v].Name, Stats.Ms(Stats.Percentile(fcp[v], 50)), Stats.Ms(fcp[v].Min()), Stats.Ms(Stats.Percentile(rows[v], 50)), Stats.Ms(rows[v].Min())]);
        }

        Table.Print($"Grid page, first frame by document variant (median and fastest of {loads} loads each, alternating; load average at end {LoadAverage()})",
            ["document", "FCP median ms", "FCP min", "first rows median ms", "first rows min"], table);
    }

    private static async Task<(double Fcp, double FirstRows)> LoadAsync(Chromium chromium, string url, string? html)
    {
        var context = await chromium.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        if (html is not null)
        {
            await page.RouteAsync(url, route => route.FulfillAsync(new() { Status = 200, ContentType = "text/html; charset=utf-8", Body = html }));
        }

        await page.AddInitScriptAsync(FirstRowsScript);
        await page.GotoAsync(url);
        await page.WaitForFunctionAsync("() => window.__firstRows !== undefined && performance.getEntriesByName('first-contentful-paint').length > 0", null, new() { Timeout = 30_000 });
        var rows = await page.EvaluateAsync<double>("() => window.__firstRows");
        var fcp = await page.EvaluateAsync<double>("() => performance.getEntriesByName('first-contentful-paint')[0].startTime");
        await context.CloseAsync();
        return (fcp, rows);
    }

    // The MudBlazor rules the grid page itself matches (scripts off, 1280 px), as the critical-css tool would keep them for one page.
    private static async Task<string> GridOnlySheetAsync(Chromium chromium, HttpClient http, string served, string baseUrl)
    {
        var css = await http.GetStringAsync("/_content/MudBlazor/MudBlazor.min.css");
        var rules = CssRules.Split(css);
        var selectors = new List<string>();
        CriticalCssTool.Collect(rules, selectors);
        var distinct = selectors.Distinct().ToList();
        await using var context = await chromium.Browser.NewContextAsync(new() { JavaScriptEnabled = false, ViewportSize = new() { Width = 1280, Height = 800 } });
        var page = await context.NewPageAsync();
        await page.RouteAsync(baseUrl + "/grid", route => route.FulfillAsync(new() { Status = 200, ContentType = "text/html; charset=utf-8", Body = served }));
        await page.GotoAsync(baseUrl + "/grid");
        var hit = await page.EvaluateAsync<int[]>(CriticalCssTool.MatchScript, distinct);
        var used = new HashSet<string>(hit.Select(i => distinct[i]), StringComparer.Ordinal);
        var body = new StringBuilder();
        CriticalCssTool.Emit(rules, used, body);
        return body.ToString();
    }

    // Drops prerendered grid rows after the first `keep`: from the start of row `keep` to the end of the last row (found by
    // counting <div> depth from its start).
    private static string KeepRows(string html, int keep)
    {
        var rows = Regex.Matches(html, """<div class="da-grid-row da-row"[^>]*>""");
        if (rows.Count <= keep)
        {
            return html;
        }

        var depth = 0;
        var tags = new Regex("<div[ >]|</div>");
        for (var m = tags.Match(html, rows[^1].Index); m.Success; m = m.NextMatch())
        {
            depth += m.Value.StartsWith("</", StringComparison.Ordinal) ? -1 : 1;
            if (depth == 0)
            {
                return html[..rows[keep].Index] + html[(m.Index + m.Length)..];
            }
        }

        return html;
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";
}

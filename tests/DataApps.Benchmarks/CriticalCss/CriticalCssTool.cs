using System.Text;
using DataApps.Benchmarks.Browser;
using Microsoft.Playwright;

namespace DataApps.Benchmarks.CriticalCss;

/// <summary>
/// <c>critical-css URL [OUT]</c>: writes the MudBlazor rules that the first frame of a DataApps page needs
/// (src/DataApps.Components/wwwroot/mudblazor-critical.css by default). Run the Showcase first
/// (<c>dotnet run --project apps/Showcase</c>); every page of its navigation is loaded in Chromium as prerendered
/// (scripts off, wide and narrow), then interactive in light and dark mode, and a rule of MudBlazor.min.css is kept
/// when one of its selectors, without state pseudo-classes and pseudo-elements, matches an element of one of them, or names
/// a component DataApps shows only for a moment (a spinner, a progress bar, an alert).
/// Kept rules keep their text and order, so the full sheet, applied later in the same place, changes nothing they set.
/// With <c>--sign-in user:password</c> (the Showcase started with sign-in, e.g. <c>--launch-profile dev-identity</c> and
/// tools/dev-identity running), every page is crawled again as that user: the app bar's user menu, and the pages only a
/// signed-in user or a role sees.
/// </summary>
internal static class CriticalCssTool
{
    private const string DefaultOut = "src/DataApps.Components/wwwroot/mudblazor-critical.css";

    // Components DataApps shows only for a moment (a spinner while a cached value or a run is computing, a progress bar, an
    // alert): a crawl of warm pages may not catch them, so every rule that names one of their classes is kept.
    private static readonly string[] Transient = [".mud-progress-circular", ".mud-progress-linear", ".mud-alert", ".mud-snackbar"];

    // Returns the selectors (by index) that match an element: as written, or with pseudo-elements and state
    // pseudo-classes removed; a selector the browser cannot parse after stripping is kept (conservative).
    internal const string MatchScript = """
        (list) => {
          const strip = s => s
            .replace(/::?-(webkit|moz|ms)-[\w-]+(\([^)]*\))?/g, '')
            .replace(/::?(before|after|placeholder|selection|marker|first-line|first-letter|backdrop|file-selector-button)\b/g, '')
            .replace(/:(hover|focus-visible|focus-within|focus|active|visited|link|target|autofill|placeholder-shown|indeterminate|invalid|valid|read-only|read-write|checked|disabled|enabled|required|optional)\b(?!\()/g, '');
          const hit = [];
          list.forEach((s, i) => {
            for (const t of [s, strip(s)]) {
              try { if (document.querySelector(t)) { hit.push(i); return; } } catch { if (t !== s) { hit.push(i); return; } }
            }
          });
          return hit;
        }
        """;

    public static async Task<int> RunAsync(string[] args)
    {
        if (args.Length == 0)
        {
            Console.WriteLine("usage: critical-css http://127.0.0.1:5000 [out.css] [--sign-in user:password]   (a running Showcase)");
            return 2;
        }

        var signIn = Option(ref args, "--sign-in");
        var baseUrl = args[0].TrimEnd('/');
        var outPath = args.Length > 1 ? args[1] : Path.Combine(RepositoryRoot(), DefaultOut);
        using var http = new HttpClient();
        var css = await http.GetStringAsync(baseUrl + "/_content/MudBlazor/MudBlazor.min.css").ConfigureAwait(false);
        var rules = CssRules.Split(css);
        var selectors = new List<string>();
        Collect(rules, selectors);
        var distinct = selectors.Distinct().ToList();

        await using var chromium = await Chromium.LaunchAsync().ConfigureAwait(false);
        var used = new HashSet<string>(distinct.Where(s => Transient.Any(t => s.Contains(t, StringComparison.Ordinal))), StringComparer.Ordinal);
        var pages = await PagesAsync(chromium, baseUrl, storageState: null).ConfigureAwait(false);
        await CrawlAsync(chromium, baseUrl, pages, distinct, used, storageState: null).ConfigureAwait(false);
        var crawled = pages.Count;
        if (signIn is not null)
        {
            var state = await SignInAsync(chromium, baseUrl, signIn).ConfigureAwait(false);
            var signedIn = await PagesAsync(chromium, baseUrl, state).ConfigureAwait(false);
            Console.WriteLine($"signed in as {signIn.Split(':')[0]}: {signedIn.Count} pages");
            await CrawlAsync(chromium, baseUrl, signedIn, distinct, used, state).ConfigureAwait(false);
            crawled += signedIn.Count;
        }

        var body = new StringBuilder();
        Emit(rules, used, body);
        var version = typeof(MudBlazor.MudButton).Assembly.GetName().Version;
        var how = signIn is null ? "" : $" --sign-in {signIn.Split(':')[0]}:…";
        var header = $"/* Generated from MudBlazor {version?.ToString(3)} MudBlazor.min.css (MIT, github.com/MudBlazor/MudBlazor) by "
            + $"`dotnet run -c Release --project tests/DataApps.Benchmarks -- critical-css http://127.0.0.1:5000{how}` with the Showcase running; "
            + $"do not edit. {used.Count} of {distinct.Count} selectors, from {crawled} page loads"
            + (signIn is null ? "" : " (anonymous and signed in)") + ". */\n";
        await File.WriteAllTextAsync(outPath, header + body + "\n").ConfigureAwait(false);
        Console.WriteLine($"wrote {outPath}: {body.Length:N0} of {css.Length:N0} characters");
        return 0;
    }

    // Every page prerendered with scripts off (wide and narrow), then interactive in light and in dark mode.
    private static async Task CrawlAsync(Chromium chromium, string baseUrl, List<string> pages, List<string> distinct, HashSet<string> used, string? storageState)
    {
        foreach (var path in pages)
        {
            foreach (var width in new[] { 1280, 390 })
            {
                await using var context = await chromium.Browser.NewContextAsync(new() { JavaScriptEnabled = false, ViewportSize = new() { Width = width, Height = 800 }, StorageState = storageState }).ConfigureAwait(false);
                var page = await context.NewPageAsync().ConfigureAwait(false);
                await page.GotoAsync(baseUrl + path).ConfigureAwait(false);
                await MatchAsync(page, distinct, used).ConfigureAwait(false);
            }

            await using (var context = await chromium.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 1280, Height = 800 }, StorageState = storageState }).ConfigureAwait(false))
            {
                var page = await context.NewPageAsync().ConfigureAwait(false);
                await page.GotoAsync(baseUrl + path).ConfigureAwait(false);
                await page.WaitForSelectorAsync(".da-page[data-runs]", new() { Timeout = 30_000 }).ConfigureAwait(false);
                await page.WaitForTimeoutAsync(500).ConfigureAwait(false);
                await MatchAsync(page, distinct, used).ConfigureAwait(false);
                await page.ClickAsync("[data-testid=theme-toggle]").ConfigureAwait(false);
                await page.WaitForTimeoutAsync(500).ConfigureAwait(false);
                await MatchAsync(page, distinct, used).ConfigureAwait(false);
            }

            Console.WriteLine($"{path}{(storageState is null ? "" : " (signed in)")}: {used.Count} selectors so far");
        }
    }

    // Signs in through the app's sign-in button and the provider's login form; returns the browser's cookies as storage state.
    private static async Task<string> SignInAsync(Chromium chromium, string baseUrl, string credentials)
    {
        var (user, password) = (credentials.Split(':')[0], credentials[(credentials.IndexOf(':', StringComparison.Ordinal) + 1)..]);
        await using var context = await chromium.Browser.NewContextAsync().ConfigureAwait(false);
        var page = await context.NewPageAsync().ConfigureAwait(false);
        await page.GotoAsync(baseUrl + "/").ConfigureAwait(false);
        await page.ClickAsync("[data-testid=user-login]").ConfigureAwait(false);
        await page.FillAsync("input[name=login]", user).ConfigureAwait(false);
        await page.FillAsync("input[name=password]", password).ConfigureAwait(false);
        await page.ClickAsync("button[type=submit]").ConfigureAwait(false);
        await page.WaitForSelectorAsync("[data-testid=user-name]", new() { Timeout = 30_000 }).ConfigureAwait(false);
        return await context.StorageStateAsync().ConfigureAwait(false);
    }

    // Removes "name value" from the arguments and returns the value.
    private static string? Option(ref string[] args, string name)
    {
        var at = Array.IndexOf(args, name);
        if (at < 0 || at + 1 >= args.Length)
        {
            return null;
        }

        var value = args[at + 1];
        args = [.. args[..at], .. args[(at + 2)..]];
        return value;
    }

    // dotnet run starts in the project's directory: the default output is relative to the repository's root.
    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            if (Directory.Exists(Path.Combine(dir.FullName, "src", "DataApps.Components")))
            {
                return dir.FullName;
            }
        }

        return Directory.GetCurrentDirectory();
    }

    private static async Task<List<string>> PagesAsync(Chromium chromium, string baseUrl, string? storageState)
    {
        await using var context = await chromium.Browser.NewContextAsync(new() { JavaScriptEnabled = false, StorageState = storageState }).ConfigureAwait(false);
        var page = await context.NewPageAsync().ConfigureAwait(false);
        await page.GotoAsync(baseUrl + "/").ConfigureAwait(false);
        var hrefs = await page.EvalOnSelectorAllAsync<string[]>(".mud-navmenu a[href]", "links => links.map(a => new URL(a.href).pathname)").ConfigureAwait(false);
        return ["/", .. hrefs.Where(h => h != "/").Distinct()];
    }

    private static async Task MatchAsync(IPage page, List<string> selectors, HashSet<string> used)
    {
        var hit = await page.EvaluateAsync<int[]>(MatchScript, selectors).ConfigureAwait(false);
        foreach (var i in hit)
        {
            used.Add(selectors[i]);
        }
    }

    internal static void Collect(List<CssRule> rules, List<string> selectors)
    {
        foreach (var rule in rules)
        {
            if (rule.IsGroup)
            {
                Collect(CssRules.Split(rule.Body!), selectors);
            }
            else if (rule.IsStyle)
            {
                selectors.AddRange(CssRules.Selectors(rule.Prelude));
            }
        }
    }

    // Writes the kept rules in their order: style rules with only their matching selectors, group rules with their kept
    // children (dropped when none is left), and every other at-rule (@font-face, @keyframes, @import) as it is.
    internal static void Emit(List<CssRule> rules, HashSet<string> used, StringBuilder output)
    {
        foreach (var rule in rules)
        {
            if (rule.IsGroup)
            {
                var inner = new StringBuilder();
                Emit(CssRules.Split(rule.Body!), used, inner);
                if (inner.Length > 0)
                {
                    output.Append(rule.Prelude).Append('{').Append(inner).Append('}');
                }
            }
            else if (rule.IsStyle)
            {
                var kept = CssRules.Selectors(rule.Prelude).Where(used.Contains).ToList();
                if (kept.Count > 0)
                {
                    output.Append(string.Join(',', kept)).Append('{').Append(rule.Body).Append('}');
                }
            }
            else
            {
                output.Append(rule.Text);
            }
        }
    }
}

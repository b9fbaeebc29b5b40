using DataApps.Benchmarks.Hosting;

namespace DataApps.Benchmarks.Browser;

/// <summary>Where the click page of an app is and how to find its parts in the DOM.</summary>
internal sealed record TargetApp(string Name, AppKind Kind, string Path, string Ready, string Root, string Button, string Text)
{
    /// <summary>The DataApps 20-widget click page; the first button is "Click me", the text shows <c>Clicks: N</c>.</summary>
    public static readonly TargetApp DataApps = new(
        "DataApps", AppKind.DataApps, "/click", ".da-page[data-runs='1']", ".da-page", "[data-element=button] button", "[data-element=text]");

    /// <summary>The hand-written Blazor Server + MudBlazor page doing the same.</summary>
    public static readonly TargetApp Baseline = new(
        "Blazor + MudBlazor (hand-written)", AppKind.Baseline, "/click", ".bl-page", ".bl-page", "[data-testid=click]", "[data-testid=clicks]");

    public static readonly TargetApp[] Both = [DataApps, Baseline];

    /// <summary>
    /// Clicks the button inside the page and resolves with the milliseconds from dispatching the click
    /// to the DOM mutation that shows <c>Clicks: {expected}</c> (a MutationObserver callback).
    /// </summary>
    public const string ClickScript = """
        ([root, button, text, expected]) => new Promise((resolve, reject) => {
          const scope = document.querySelector(root);
          const btn = scope.querySelector(button);
          const goal = 'Clicks: ' + expected;
          const done = () => [...scope.querySelectorAll(text)].some(e => e.textContent.trim() === goal);
          let t0 = 0;
          const timer = setTimeout(() => { observer.disconnect(); reject(new Error('no update to ' + goal)); }, 10000);
          const observer = new MutationObserver(() => {
            if (done()) { const t1 = performance.now(); observer.disconnect(); clearTimeout(timer); resolve(t1 - t0); }
          });
          observer.observe(scope, { subtree: true, childList: true, characterData: true, attributes: true });
          t0 = performance.now();
          btn.click();
        })
        """;

    /// <summary>Clicks once and waits for the text, without timing it (memory benchmark).</summary>
    public async Task ClickOnceAsync(Microsoft.Playwright.IPage page, int expected) =>
        await page.EvaluateAsync<double>(ClickScript, new object[] { Root, Button, Text, expected });
}

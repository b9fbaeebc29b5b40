using Microsoft.Playwright;

namespace DataApps.BrowserTests;

/// <summary>
/// A DataApps page in the browser. The shell renders <c>.da-page[data-runs=N]</c> with N the runs
/// the session has completed, so a test waits for the circuit (N ≥ 1) before it interacts, and for
/// N + 1 after each interaction, instead of sleeping.
/// </summary>
internal sealed class AppPage(IPage page)
{
    private const string RunsAtLeast = "n => Number(document.querySelector('.da-page')?.dataset.runs ?? -1) >= n";

    public IPage Page { get; } = page;

    /// <summary>The page's output (the shell's <c>.da-page</c>, not the navigation or the sidebar).</summary>
    public ILocator Main => Page.Locator(".da-page");

    /// <summary>The wrappers of the page's elements of one kind (<c>data-element="slider"</c>, "text", "exception", …).</summary>
    public ILocator Elements(string kind) => Main.Locator($"[data-element=\"{kind}\"]");

    /// <summary>The button labelled <paramref name="label"/> on the page.</summary>
    public ILocator Button(string label) =>
        Elements("button").GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = label, Exact = true });

    /// <summary>Navigates to <paramref name="path"/> and waits until the circuit has rendered a completed run.</summary>
    public async Task GotoAsync(string path)
    {
        await Page.GotoAsync(path);
        await WaitForRunsAsync(1);
    }

    /// <summary>The number of completed runs the page shows.</summary>
    public async Task<int> RunsAsync() =>
        int.Parse(await Main.GetAttributeAsync("data-runs") ?? "0", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Waits until the page shows at least <paramref name="runs"/> completed runs.</summary>
    public Task WaitForRunsAsync(int runs) =>
        Page.WaitForFunctionAsync(RunsAtLeast, runs, new PageWaitForFunctionOptions { Timeout = (float)Timeouts.Action.TotalMilliseconds });

    /// <summary>Does something that reruns the page, then waits for that run to be rendered.</summary>
    public async Task InteractAsync(Func<Task> action)
    {
        var before = await RunsAsync();
        await action();
        await WaitForRunsAsync(before + 1);
    }

    /// <summary>Clicks a button and waits for the rerun it causes.</summary>
    public Task ClickAsync(string label) => InteractAsync(() => Button(label).ClickAsync());
}

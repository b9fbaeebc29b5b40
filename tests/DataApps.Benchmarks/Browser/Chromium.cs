using Microsoft.Playwright;

namespace DataApps.Benchmarks.Browser;

/// <summary>Debian's Chromium driven by Playwright (never <c>playwright install</c>).</summary>
internal sealed class Chromium : IAsyncDisposable
{
    public const string DefaultPath = "/usr/bin/chromium";

    private readonly IPlaywright _playwright;

    private Chromium(IPlaywright playwright, IBrowser browser)
    {
        _playwright = playwright;
        Browser = browser;
    }

    public IBrowser Browser { get; }

    public static async Task<Chromium> LaunchAsync()
    {
        var path = Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? DefaultPath;
        if (!File.Exists(path))
        {
            throw new InvalidOperationException($"Chromium was not found at {path}; install it (apt-get install chromium) or set CHROMIUM_PATH.");
        }

        var playwright = await Playwright.CreateAsync().ConfigureAwait(false);
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = path,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        }).ConfigureAwait(false);
        return new Chromium(playwright, browser);
    }

    /// <summary>Opens <paramref name="url"/> in a fresh context and waits until the app is interactive.</summary>
    public async Task<IPage> OpenAsync(string url, string readySelector, Func<IPage, Task>? beforeNavigation = null)
    {
        var context = await Browser.NewContextAsync().ConfigureAwait(false);
        var page = await context.NewPageAsync().ConfigureAwait(false);
        page.SetDefaultTimeout(30_000);
        if (beforeNavigation is not null)
        {
            await beforeNavigation(page).ConfigureAwait(false);
        }

        await page.GotoAsync(url).ConfigureAwait(false);
        await page.WaitForSelectorAsync(readySelector).ConfigureAwait(false);
        return page;
    }

    public async ValueTask DisposeAsync()
    {
        await Browser.CloseAsync().ConfigureAwait(false);
        _playwright.Dispose();
    }
}

using DataApps.Tests.Shared;
using Microsoft.Playwright;

namespace DataApps.BrowserTests;

/// <summary>
/// One Showcase app and one headless Chromium for the whole collection; each test opens its own
/// browser context (cookies, storage and circuit of its own) through <see cref="BrowserTest"/>.
/// </summary>
public class ShowcaseFixture : IAsyncLifetime
{
    private ShowcaseHost? _host;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    /// <summary>What the app has logged (warnings and errors).</summary>
    internal ServerLog ServerLog { get; } = new();

    /// <summary>The app's base address, http://127.0.0.1:PORT/.</summary>
    internal Uri BaseAddress { get; private set; } = default!;

    /// <summary>The browser, or null when Chromium is missing (then every test skips, or fails under CI=true).</summary>
    internal IBrowser? Browser => _browser;

    public async ValueTask InitializeAsync()
    {
        if (Chromium.MissingReason is not null)
        {
            return;
        }

        // Slow machines (2 shared cores) need more than Playwright's 5 s for an expectation.
        Assertions.SetDefaultExpectTimeout((float)Timeouts.Expect.TotalMilliseconds);

        _host = CreateHost(ServerLog);
        BaseAddress = _host.Start();

        _playwright = await Playwright.CreateAsync();
        _browser = await Chromium.LaunchAsync(_playwright);
    }

    /// <summary>The app this fixture hosts: the Showcase; a collection with test pages of its own adds them here.</summary>
    private protected virtual ShowcaseHost CreateHost(ServerLog log) => new(log);

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
    }
}

/// <summary>
/// All browser tests share one app and one browser, and run one after another, never beside
/// another collection (two slow cores).
/// </summary>
[CollectionDefinition(nameof(ShowcaseCollection), DisableParallelization = true)]
public sealed class ShowcaseCollection : ICollectionFixture<ShowcaseFixture>;

extern alias labeling;

using DataApps.Tests.Shared;
using Microsoft.Playwright;

namespace DataApps.BrowserTests;

/// <summary>
/// The Labeling app (apps/Labeling, with the in-memory store) on a real socket, signing in through the local OIDC provider
/// (tools/dev-identity) when Node.js is here, and one headless Chromium.
/// </summary>
public sealed class LabelingFixture : IAsyncLifetime
{
    private LoopbackApp<labeling::Program>? _host;
    private DevIdentity? _provider;
    private IPlaywright? _playwright;

    /// <summary>Why the sign-in test cannot run here, or <c>null</c> when the app signs in.</summary>
    internal static string? SignInMissingReason => DevIdentity.MissingReason;

    /// <summary>What the app has logged (warnings and errors).</summary>
    internal ServerLog ServerLog { get; } = new();

    /// <summary>The app's base address, http://127.0.0.1:PORT/.</summary>
    internal Uri BaseAddress { get; private set; } = default!;

    /// <summary>The browser, or null when Chromium is missing.</summary>
    internal IBrowser? Browser { get; private set; }

    public async ValueTask InitializeAsync()
    {
        if (Chromium.MissingReason is not null)
        {
            return;
        }

        Assertions.SetDefaultExpectTimeout((float)Timeouts.Expect.TotalMilliseconds);
        var port = DevIdentity.FreePort();
        var settings = new Dictionary<string, string?>();
        if (SignInMissingReason is null)
        {
            _provider = await DevIdentity.StartAsync([new Uri($"http://127.0.0.1:{port}/")]);
            settings = _provider.Settings();
        }

        _host = new LoopbackApp<labeling::Program>(port, settings, ServerLog);
        BaseAddress = _host.Start();
        _playwright = await Playwright.CreateAsync();
        Browser = await Chromium.LaunchAsync(_playwright);
    }

    /// <summary>A page in a new browser context; skips the test when Chromium is missing (fails it under CI=true).</summary>
    internal async Task<AppPage> NewPageAsync()
    {
        if (Browser is null)
        {
            var reason = Chromium.MissingReason ?? "The browser did not start.";
            Assert.SkipWhen(!Chromium.IsCi, reason);
            Assert.Fail(reason + " Under CI=true the browser tests must run.");
        }

        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
            ColorScheme = ColorScheme.Light,
        });
        context.SetDefaultTimeout((float)Timeouts.Action.TotalMilliseconds);
        context.SetDefaultNavigationTimeout((float)Timeouts.Navigation.TotalMilliseconds);
        return new AppPage(await context.NewPageAsync());
    }

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        _playwright?.Dispose();
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }

        _provider?.Dispose();
    }
}

/// <summary>The Labeling browser tests share one app and one browser, and run alone (two slow cores).</summary>
[CollectionDefinition(nameof(LabelingCollection), DisableParallelization = true)]
public sealed class LabelingCollection : ICollectionFixture<LabelingFixture>;

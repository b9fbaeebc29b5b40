using DataApps.Tests.Shared;
using Microsoft.Playwright;

namespace DataApps.BrowserTests;

/// <summary>
/// The base of every browser test: each test opens pages in browser contexts of its own (a fresh
/// session and circuit), closed when the test ends; a failing test prints the browser's console
/// errors and the server's log.
/// </summary>
public abstract class BrowserTest(ShowcaseFixture fixture) : IAsyncDisposable
{
    private readonly List<IBrowserContext> _contexts = [];
    private readonly List<string> _browserLog = [];
    private readonly int _serverLogStart = fixture.ServerLog.Count;

    /// <summary>The app and browser this test shares with the others.</summary>
    internal ShowcaseFixture Fixture { get; } = fixture;

    /// <summary>Opens <paramref name="path"/> in a new browser context and waits until its first run has been rendered.</summary>
    internal async Task<AppPage> OpenAsync(string path)
    {
        var page = await NewPageAsync();
        await page.GotoAsync(path);
        return page;
    }

    /// <summary>A blank page in a new browser context; skips the test when Chromium is missing (fails it under CI=true).</summary>
    internal async Task<AppPage> NewPageAsync()
    {
        if (Fixture.Browser is not { } browser)
        {
            var reason = Chromium.MissingReason ?? "The browser did not start.";
            if (Chromium.IsCi)
            {
                Assert.Fail(reason + " Under CI=true the browser tests must run.");
            }

            Assert.Skip(reason);
            return null!; // unreachable: Assert.Skip throws
        }

        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Fixture.BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = 1280, Height = 800 },
            ColorScheme = ColorScheme.Light,
        });
        context.SetDefaultTimeout((float)Timeouts.Action.TotalMilliseconds);
        context.SetDefaultNavigationTimeout((float)Timeouts.Navigation.TotalMilliseconds);
        _contexts.Add(context);

        var page = await context.NewPageAsync();
        var name = $"context {_contexts.Count}";
        page.Console += (_, message) =>
        {
            if (message.Type is "error" or "warning")
            {
                Record($"{name} console {message.Type}: {message.Text}");
            }
        };
        page.PageError += (_, error) => Record($"{name} page error: {error}");
        page.RequestFailed += (_, request) => Record($"{name} request failed: {request.Url} {request.Failure}");
        return new AppPage(page);
    }

    public async ValueTask DisposeAsync()
    {
        if (TestContext.Current.TestState?.Result is TestResult.Failed && TestContext.Current.TestOutputHelper is { } output)
        {
            lock (_browserLog)
            {
                foreach (var line in _browserLog)
                {
                    output.WriteLine(line);
                }
            }

            foreach (var line in Fixture.ServerLog.Since(_serverLogStart))
            {
                output.WriteLine("server " + line);
            }
        }

        foreach (var context in _contexts)
        {
            await context.CloseAsync();
        }

        GC.SuppressFinalize(this);
    }

    private void Record(string line)
    {
        lock (_browserLog)
        {
            _browserLog.Add(line);
        }
    }
}

using System.Diagnostics;
using System.Globalization;
using DataApps.BrowserTests.Packaging;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace DataApps.BrowserTests;

/// <summary>
/// <c>dotnet watch</c> on an app made by <c>dotnet new dataapp</c> outside the repository, edited on disk while Chromium shows it: a hot reload reruns every
/// open tab with the new code and keeps its widget values and <c>ui.State</c>; a new page class joins the running app; a rude
/// edit restarts the app.
/// </summary>
/// <remarks>
/// The delays it logs are what docs/performance.md reports (section "Edit loop"): from the file write to the new text in the
/// DOM, and from dotnet watch's "changes applied" line to the new text in the DOM.
/// </remarks>
[Collection(nameof(PackagingCollection))]
public sealed class HotReloadTests(PackagingFixture fixture) : IAsyncDisposable
{
    // A restore and build of the generated app on 2 busy cores.
    private static readonly TimeSpan Build = TimeSpan.FromMinutes(5);

    // dotnet watch noticing an edit, compiling it (the first time: the whole project graph, 8-20 s here) and applying it.
    private static readonly TimeSpan Patch = TimeSpan.FromMinutes(2);

    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private string? _directory;
    private DotnetWatch? _watch;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    [Fact]
    public async Task SavingThePageRerunsEveryOpenTabWithTheNewCodeKeepingItsValuesANewPageJoinsAndARudeEditRestartsTheApp()
    {
        var watch = await StartAsync();
        var first = await OpenAsync();
        var second = await OpenAsync();
        var slider = first.Elements("slider").Locator("input[type=range]");
        await slider.FocusAsync();
        await first.InteractAsync(() => slider.PressAsync("ArrowRight"));
        await first.ClickAsync("+1");
        await Expect(Text(first)).ToHaveTextAsync("Value: 11, clicks 1");
        await Expect(Text(second)).ToHaveTextAsync("Value: 10, clicks 0");

        // Hot reloads: each edit shows in both tabs, with each tab's own values.
        var label = "Value";
        foreach (var next in new[] { "Now", "Then", "Again" })
        {
            var skip = watch.Count;
            var written = EditPage($"\"{label}: ", $"\"{next}: ");
            await WaitForTextAsync(first, $"{next}: 11, clicks 1");
            var shown = _clock.Elapsed;
            await WaitForTextAsync(second, $"{next}: 10, clicks 0");
            var applied = await watch.WaitForLineAsync("changes applied", skip, Patch);
            var reran = await watch.WaitForLineAsync("Hot reload: reran", skip, Patch);
            Report(
                $"hot reload '{label}' -> '{next}': file write -> DOM {Ms(shown - written)} ms; \"changes applied\" -> DOM {Ms(shown - applied.At)} ms; " +
                $"file write -> \"changes applied\" {Ms(applied.At - written)} ms | {applied.Text.Trim()} | {reran.Text.Trim()}");
            label = next;
        }

        // A new page class joins the running app: the open tabs list it, and it opens.
        var added = watch.Count;
        AddPage();
        await watch.WaitForLineAsync("pages added /other", added, Patch);
        await Expect(NavLink(first, "Other")).ToBeVisibleAsync();
        await NavLink(second, "Other").ClickAsync();
        await Expect(Text(second)).ToHaveTextAsync("Other page");

        // A rude edit (a record becomes a struct): dotnet watch restarts the app, which serves the page again with new sessions.
        var before = watch.Count;
        var rude = EditPage($"\"{label}: ", "\"Restarted: ", ("public sealed record Reading", "public readonly record struct Reading"));
        await watch.WaitForLineAsync("Restart is needed", before, Patch);
        await watch.WaitForLineAsync("Exited", before, Patch);
        await watch.WaitUntilServingAsync(Build);
        var third = await OpenAsync();
        await Expect(Text(third)).ToHaveTextAsync("Restarted: 10, clicks 0");
        Report($"rude edit: file write -> page served again {Ms(_clock.Elapsed - rude)} ms (a restart: build and start)");

        // The tabs that were open reload by themselves (dotnet watch's browser refresh; Blazor reloads a page whose circuit the
        // server no longer knows), and start over: a new process has new sessions.
        var reloaded = new LocatorAssertionsToHaveTextOptions { Timeout = (float)Timeouts.Navigation.TotalMilliseconds };
        await Expect(Text(first)).ToHaveTextAsync("Restarted: 10, clicks 0", reloaded);
        await Expect(Text(second)).ToHaveTextAsync("Other page", reloaded);
    }

    /// <summary>Creates the app and starts dotnet watch on it and a browser; skips when either is missing (fails under CI=true).</summary>
    private async Task<DotnetWatch> StartAsync()
    {
        if ((Chromium.MissingReason ?? await DotnetWatch.MissingReasonAsync()) is { } reason)
        {
            if (Chromium.IsCi)
            {
                Assert.Fail(reason + " Under CI=true the hot-reload test must run.");
            }

            Assert.Skip(reason);
        }

        Assertions.SetDefaultExpectTimeout((float)Timeouts.Expect.TotalMilliseconds);
        _directory = await HotReloadApp.CreateAsync(fixture);
        _watch = DotnetWatch.Start(_directory, _clock, fixture.Commands.Variables);
        _playwright = await Playwright.CreateAsync();
        _browser = await Chromium.LaunchAsync(_playwright);
        await _watch.WaitUntilServingAsync(Build);
        return _watch;
    }

    public async ValueTask DisposeAsync()
    {
        if (TestContext.Current.TestState?.Result is TestResult.Failed && _watch is not null)
        {
            TestContext.Current.TestOutputHelper?.WriteLine("dotnet watch:\n" + _watch.Output);
        }

        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
        if (_watch is not null)
        {
            await _watch.DisposeAsync(); // kills dotnet watch, its build and the app
        }

        // The app's directory goes with the packaging collection's folder.
    }

    /// <summary>Opens the page in a new browser context (a tab of its own: a new session) and waits for its circuit.</summary>
    private async Task<AppPage> OpenAsync()
    {
        var context = await _browser!.NewContextAsync(new BrowserNewContextOptions { BaseURL = _watch!.BaseAddress.ToString() });
        context.SetDefaultTimeout((float)Timeouts.Action.TotalMilliseconds);
        context.SetDefaultNavigationTimeout((float)Timeouts.Navigation.TotalMilliseconds);
        var app = new AppPage(await context.NewPageAsync());
        await app.GotoAsync(HotReloadApp.PagePath);
        return app;
    }

    /// <summary>Edits the page's file as an editor saves it, and returns when it was written.</summary>
    private TimeSpan EditPage(string from, string to, params (string From, string To)[] more)
    {
        var path = Path.Combine(_directory!, HotReloadApp.PageFile);
        var source = File.ReadAllText(path);
        Assert.Contains(from, source, StringComparison.Ordinal);
        source = source.Replace(from, to, StringComparison.Ordinal);
        foreach (var (a, b) in more)
        {
            source = source.Replace(a, b, StringComparison.Ordinal);
        }

        File.WriteAllText(path, source);
        return _clock.Elapsed;
    }

    /// <summary>Adds a page class in a file of its own, as an author does.</summary>
    private void AddPage() => File.WriteAllText(Path.Combine(_directory!, "OtherPage.cs"), """
        using DataApps;

        [Page("/other", Title = "Other")]
        public sealed class OtherPage : DataPage
        {
            protected override void Run(Ui ui) => ui.Text("Other page");
        }
        """);

    private static ILocator Text(AppPage app) => app.Elements("text");

    private static ILocator NavLink(AppPage app, string title) =>
        app.Page.GetByTestId("nav").GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = title, Exact = true });

    /// <summary>Waits (at most <see cref="Patch"/>) until the page's text reads <paramref name="text"/>, looking every 10 ms: Expect looks up to a second apart, too coarse to time.</summary>
    private static async Task WaitForTextAsync(AppPage app, string text)
    {
        await app.Page.WaitForFunctionAsync(
            "text => document.querySelector('.da-page [data-element=\"text\"]')?.textContent.trim() === text",
            text,
            new PageWaitForFunctionOptions { PollingInterval = 10, Timeout = (float)Patch.TotalMilliseconds });
    }

    private static string Ms(TimeSpan span) => span.TotalMilliseconds.ToString("F0", CultureInfo.InvariantCulture);

    private static void Report(string line) => TestContext.Current.TestOutputHelper?.WriteLine(line);
}

using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace DataApps.BrowserTests;

/// <summary>The fragments page's "Side by side" section: a slow fragment's run does not hold up a fast one.</summary>
[Collection(nameof(ShowcaseCollection))]
public sealed class ParallelFragmentsTests(ShowcaseFixture fixture) : BrowserTest(fixture)
{
    // In the browser: while one slow run shows "working…", the fast part's counter must move on three times.
    private const string FastMovesWhileSlowWorks = """
        () => {
          const texts = [...document.querySelectorAll('.da-page [data-element="text"]')].map(e => e.textContent.trim());
          const slow = texts.find(t => t.startsWith('Slow run ') && t.endsWith('working…'));
          const fastText = texts.find(t => t.startsWith('Fast part runs: '));
          const fast = fastText ? parseInt(fastText.substring('Fast part runs: '.length), 10) : NaN;
          const seen = window.__daParallel;
          if (!slow || isNaN(fast)) { window.__daParallel = null; return false; }
          if (!seen || seen.slow !== slow) { window.__daParallel = { slow, first: fast }; return false; }
          return fast - seen.first >= 3;
        }
        """;

    [Fact]
    public async Task TheFastFragmentTicksOnWhileTheSlowOneIsMidRun()
    {
        var app = await OpenAsync("/fragments");
        await Expect(Text(app, "Slow run ")).ToContainTextAsync("working…", new() { Timeout = 15_000 });

        await app.Page.WaitForFunctionAsync(FastMovesWhileSlowWorks, null, new PageWaitForFunctionOptions { PollingInterval = 25, Timeout = 15_000 });

        // And on the server: a finished slow run counts the fast runs that ended during it.
        await Expect(Text(app, "Slow run ")).ToHaveTextAsync(
            new System.Text.RegularExpressions.Regex(@"done; the fast part ran ([3-9]|\d\d+) times meanwhile"), new() { Timeout = 15_000 });
        await Expect(Text(app, "Whole-page runs: ")).ToHaveTextAsync("Whole-page runs: 1");
    }

    private static ILocator Text(AppPage app, string prefix) =>
        app.Elements("text").Filter(new LocatorFilterOptions { HasText = prefix });
}

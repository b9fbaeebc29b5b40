using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace DataApps.BrowserTests;

/// <summary>
/// The Empty values page in Chromium: a select box that starts empty can be chosen and cleared again, and every input
/// widget's label sits above its box and wraps at spaces, in the narrow sidebar as in the page.
/// </summary>
[Collection(nameof(ShowcaseCollection))]
public sealed class EmptyValuesPageTests(ShowcaseFixture fixture) : BrowserTest(fixture)
{
    private static readonly string[] Kinds = ["select-box", "multi-select", "number-input", "text-input", "date-input"];

    [Fact]
    public async Task ASelectBoxThatStartedEmptyCanBeChosenAndClearedAgain()
    {
        var app = await OpenAsync("/empty-values");
        var select = Sidebar(app).Locator("[data-element=\"select-box\"]");
        await Expect(Value(app, "island")).ToHaveTextAsync("island = null");
        await Expect(select.Locator(".mud-input-clear-button")).ToHaveCountAsync(0);

        await select.Locator(".mud-input-control").ClickAsync();
        var dream = app.Page.Locator(".mud-popover-open .mud-list-item", new PageLocatorOptions { HasTextString = "Dream" });
        await app.InteractAsync(() => dream.ClickAsync());
        await Expect(Value(app, "island")).ToHaveTextAsync("island = Dream");
        await app.InteractAsync(() => select.Locator(".mud-input-clear-button").ClickAsync());

        await Expect(Value(app, "island")).ToHaveTextAsync("island = null");
        await Expect(select.Locator("input.mud-select-input")).ToHaveValueAsync("");
    }

    [Fact]
    public async Task EveryLabelSitsAboveItsBoxAndWrapsOnlyAtSpaces()
    {
        var app = await OpenAsync("/empty-values");
        var places = new[] { ("sidebar", Sidebar(app)), ("page", app.Main) };

        foreach (var (place, root) in places)
        {
            foreach (var kind in Kinds)
            {
                var widget = root.Locator($"[data-element=\"{kind}\"]").First;
                var label = await widget.Locator(".da-label > label").BoundingBoxAsync();
                var box = await widget.Locator(".mud-input-control").First.BoundingBoxAsync();
                Assert.True(label is not null && box is not null, $"{kind} in the {place} has no label or no box.");
                Assert.True(label.Y + label.Height <= box.Y + 1,
                    $"The label of the {kind} in the {place} ends at y={label.Y + label.Height}, below the top of its box (y={box.Y}).");
                Assert.True(label.X >= box.X - 1 && label.X < box.X + 8,
                    $"The label of the {kind} in the {place} starts at x={label.X}, not at the left edge of its box (x={box.X}).");

                var split = await widget.Locator(".da-label > label").EvaluateAsync<string[]>(SplitWords);
                Assert.True(split.Length == 0, $"The label of the {kind} in the {place} breaks inside: {string.Join(", ", split)}.");
            }
        }

        // The sidebar's long labels do wrap (so the check above saw a narrow column), at spaces.
        var lines = await Sidebar(app).Locator("[data-element=\"select-box\"] .da-label > label").EvaluateAsync<int>(LineCount);
        Assert.True(lines >= 2, $"The sidebar's long select box label takes {lines} line(s); the check needs it to wrap.");
        await Screenshots.SaveIfRequestedAsync(Sidebar(app), "empty-values-sidebar.png");
    }

    // The words of the label's text whose characters lie on more than one line.
    private const string SplitWords = """
        label => {
            const text = label.firstChild;
            const split = [];
            let at = 0;
            for (const word of text.textContent.split(' ')) {
                const range = document.createRange();
                range.setStart(text, at);
                range.setEnd(text, at + word.length);
                const tops = new Set([...range.getClientRects()].map(r => Math.round(r.top)));
                if (tops.size > 1) split.push(word);
                at += word.length + 1;
            }
            return split;
        }
        """;

    private const string LineCount = """
        label => {
            const range = document.createRange();
            range.selectNodeContents(label);
            return new Set([...range.getClientRects()].map(r => Math.round(r.top))).size;
        }
        """;

    private static ILocator Sidebar(AppPage app) => app.Page.Locator(".da-sidebar");

    private static ILocator Value(AppPage app, string name) =>
        app.Elements("text").Filter(new LocatorFilterOptions { HasTextRegex = new System.Text.RegularExpressions.Regex("^" + name + " = ") });
}

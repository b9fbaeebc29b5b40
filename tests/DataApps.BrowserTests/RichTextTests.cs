using DataApps.Tests.Shared;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace DataApps.BrowserTests;

/// <summary>
/// Math is typeset by KaTeX in the browser (an invalid expression shows its error) and KaTeX loads only on pages with math;
/// keyboard shortcuts click their buttons, but a single-key shortcut typed into a field does not.
/// </summary>
[Collection(nameof(RichTextCollection))]
public sealed class RichTextTests(RichTextFixture fixture) : BrowserTest(fixture)
{
    private const string Katex = "/_content/DataApps.Components/katex/katex.min.js";
    private readonly List<string> _requests = [];
    private readonly List<string> _errors = [];

    private static readonly PageWaitForFunctionOptions Patient = new() { Timeout = (float)Timeouts.Navigation.TotalMilliseconds };

    [Fact]
    public async Task LatexAndMarkdownMathAreTypesetAndAnInvalidExpressionShowsItsError()
    {
        var app = await OpenTestPageAsync(RichTextPages.MathRoute);

        var latex = app.Main.Locator(".da-latex .math").First;
        await Expect(latex.Locator(".katex-display")).ToHaveCountAsync(1, new() { Timeout = (float)Timeouts.Navigation.TotalMilliseconds });
        var markdown = app.Main.Locator(".da-markdown", new() { HasText = "area of a circle" });
        await Expect(markdown.Locator("span.math .katex")).ToHaveCountAsync(1);
        await Expect(markdown.Locator("div.math .katex-display")).ToHaveCountAsync(1);

        var invalid = app.Main.Locator(".da-latex .math[data-typeset='error']");
        await Expect(invalid.Locator(".katex-error")).ToHaveCountAsync(1);
        await Expect(invalid.Locator(".da-math-error")).ToContainTextAsync("ParseError");

        // Currency stays text, and trust: false refuses \href.
        await Expect(markdown).ToContainTextAsync("a ticket costs $5 and $10 with a guide");
        Assert.Equal(0, await app.Main.Locator(".katex a").CountAsync());

        Assert.Contains(_requests, url => url.EndsWith(Katex, StringComparison.Ordinal));
        await Screenshots.SaveIfRequestedAsync(app.Page, "text-math.png");
        Assert.Empty(_errors);
    }

    [Fact]
    public async Task MathChangedByARerunIsTypesetAgain()
    {
        var app = await OpenTestPageAsync(RichTextPages.MathRoute);
        await Expect(app.Main.Locator(".da-latex .katex-display").First).ToBeVisibleAsync(new() { Timeout = (float)Timeouts.Navigation.TotalMilliseconds });

        await app.InteractAsync(() => app.Main.GetByRole(AriaRole.Button, new() { Name = "Square it" }).ClickAsync());

        // KaTeX keeps the source in its MathML annotation: the new expression has been typeset, not left as text.
        await app.Page.WaitForFunctionAsync(
            "() => [...document.querySelectorAll(\".da-latex .math[data-typeset='1'] annotation\")].some(a => a.textContent === 'x^2')", null, Patient);
        Assert.Empty(_errors);
    }

    [Fact]
    public async Task APageWithoutMathDoesNotLoadKatex()
    {
        var app = await OpenTestPageAsync(RichTextPages.NoMathRoute);

        await Expect(app.Main).ToContainTextAsync("Costs $5 and $10.");
        Assert.DoesNotContain(_requests, url => url.Contains("/katex/", StringComparison.Ordinal) || url.EndsWith("dataapps-math.js", StringComparison.Ordinal));
        Assert.Empty(_errors);
    }

    [Fact]
    public async Task ShortcutsClickTheirButtons()
    {
        var app = await OpenTestPageAsync(RichTextPages.ShortcutsRoute);
        await app.Page.Locator("body").ClickAsync(new() { Position = new Position { X = 5, Y = 5 } });

        await app.InteractAsync(() => app.Page.Keyboard.PressAsync("Control+Enter"));
        await Expect(app.Main.Locator(".da-text", new() { HasText = "saved 1" })).ToHaveCountAsync(1);

        await app.InteractAsync(() => app.Page.Keyboard.PressAsync("n"));
        await Expect(app.Main.Locator(".da-text", new() { HasText = "next 1" })).ToHaveCountAsync(1);

        await app.InteractAsync(() => app.Page.Keyboard.PressAsync("ArrowRight"));
        await Expect(app.Main.Locator(".da-text", new() { HasText = "next 2" })).ToHaveCountAsync(1);
        await Screenshots.SaveIfRequestedAsync(app.Page, "button-shortcuts.png");
        Assert.Empty(_errors);
    }

    [Fact]
    public async Task ASingleKeyShortcutTypedInAFieldDoesNotClickButCtrlEnterDoes()
    {
        var app = await OpenTestPageAsync(RichTextPages.ShortcutsRoute);
        var field = app.Main.GetByRole(AriaRole.Textbox, new() { Name = "Note" });

        await field.ClickAsync();
        await field.PressSequentiallyAsync("nn");
        await Expect(field).ToHaveValueAsync("nn");
        var runs = await app.RunsAsync();

        // Ctrl+Enter has a modifier: it clicks even from the field (and the field's value goes with the rerun).
        await app.InteractAsync(() => field.PressAsync("Control+Enter"));
        await Expect(app.Main.Locator(".da-text", new() { HasText = "saved 1" })).ToHaveCountAsync(1);
        await Expect(app.Main.Locator(".da-text", new() { HasText = "next 0" })).ToHaveCountAsync(1);
        Assert.True(await app.RunsAsync() > runs);
        Assert.Empty(_errors);
    }

    /// <summary>Opens a test page, recording what the page requests and its script errors from the start.</summary>
    private async Task<AppPage> OpenTestPageAsync(string route)
    {
        var app = await NewPageAsync();
        await app.Page.SetViewportSizeAsync(1000, 760); // the size of the docs' screenshots
        app.Page.Request += (_, request) => { lock (_requests) { _requests.Add(request.Url); } };
        app.Page.PageError += (_, error) => { lock (_errors) { _errors.Add(error); } };
        await app.GotoAsync(route);
        return app;
    }
}

/// <summary>Three more pages for the Showcase: math, badges and echo; text without math; buttons with shortcuts.</summary>
internal static class RichTextPages
{
    public const string MathRoute = "/test-math";
    public const string NoMathRoute = "/test-no-math";
    public const string ShortcutsRoute = "/test-shortcuts";

    public static void Add(IServiceCollection services) => services.AddDataApps()
        .AddPage(MathRoute, MathPage, "Math")
        .AddPage(NoMathRoute, ui => { ui.Markdown("Costs $5 and $10."); return Task.CompletedTask; }, "No math")
        .AddPage(ShortcutsRoute, ShortcutsPage, "Shortcuts");

    private static Task MathPage(Ui ui)
    {
        ui.Header("Math, badges and echo");
        ui.Badge("Stable", icon: "check", color: BadgeColor.Green);
        ui.Badge("Beta", icon: ":material/science:", color: BadgeColor.Orange);
        ui.Badge("Docs", color: BadgeColor.Blue);
        var squared = ui.State.Get("squared", false);
        ui.Latex(squared ? "x^2" : @"\int_0^1 x^2\,dx = \frac{1}{3}");
        ui.Markdown("The area of a circle is $\\pi r^2$; a ticket costs $5 and $10 with a guide.\n\n$$\n\\sum_{k=1}^{n} k = \\frac{n(n+1)}{2}\n$$");
        ui.Markdown(@"A link is refused: $\href{javascript:alert(1)}{click}$");
        ui.Latex(@"\frac{1}{");
        ui.Echo(() =>
        {
            var total = Enumerable.Range(1, 10).Sum();
            ui.Write("The sum of 1 to 10 is", total);
        });
        if (ui.Button("Square it"))
        {
            ui.State["squared"] = true;
            ui.Rerun();
        }

        return Task.CompletedTask;
    }

    private static Task ShortcutsPage(Ui ui)
    {
        var saved = ui.State.GetOrAdd("saved", 0);
        var next = ui.State.GetOrAdd("next", 0);
        ui.TextInput("Note");
        if (ui.Button("Save", primary: true, shortcut: "Ctrl+Enter"))
        {
            ui.State["saved"] = ++saved;
        }

        if (ui.Button("Next", shortcut: "n"))
        {
            ui.State["next"] = ++next;
        }

        if (ui.Button("Forward", shortcut: "ArrowRight"))
        {
            ui.State["next"] = ++next;
        }

        ui.Text($"saved {saved}");
        ui.Text($"next {next}");
        return Task.CompletedTask;
    }
}

/// <summary>The Showcase with the text test pages, and one headless Chromium.</summary>
public sealed class RichTextFixture : ShowcaseFixture
{
    private protected override ShowcaseHost CreateHost(ServerLog log) => new(log, RichTextPages.Add);
}

/// <summary>The text tests run alone, like the Showcase collection (two slow cores).</summary>
[CollectionDefinition(nameof(RichTextCollection), DisableParallelization = true)]
public sealed class RichTextCollection : ICollectionFixture<RichTextFixture>;

using System.Text.RegularExpressions;
using DataApps.Tests.Shared;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace DataApps.BrowserTests;

/// <summary>The local OIDC provider, ModelCompare and one Chromium for the ModelCompare browser tests.</summary>
public sealed class ModelCompareFixture : IAsyncLifetime
{
    private readonly string _dataFolder = Directory.CreateTempSubdirectory("modelcompare-browser-").FullName;
    private DevIdentity? _provider;
    private LoopbackApp<ModelCompare.ModelCompareApp>? _app; // with small models (a training sample, two kinds)
    private IPlaywright? _playwright;

    internal ServerLog ServerLog { get; } = new();

    internal Uri App { get; private set; } = default!;

    internal IBrowser? Browser { get; private set; }

    internal static string? MissingReason => Chromium.MissingReason ?? DevIdentity.MissingReason;

    public async ValueTask InitializeAsync()
    {
        if (MissingReason is not null)
        {
            return;
        }

        Assertions.SetDefaultExpectTimeout((float)Timeouts.Expect.TotalMilliseconds);
        var port = DevIdentity.FreePort();
        _provider = await DevIdentity.StartAsync([new Uri($"http://127.0.0.1:{port}/")]);
        var settings = _provider.Settings();
        settings["ModelCompare:DataFolder"] = _dataFolder;
        if (Environment.GetEnvironmentVariable("DATAAPPS_SCREENSHOTS") != "1")
        {
            // Small models for the test; the documentation's screenshots show the app's own (all flights, three models).
            settings["ModelCompare:TrainingRows"] = "3000";
            settings["ModelCompare:Kinds:0"] = "LogisticRegression";
            settings["ModelCompare:Kinds:1"] = "FastTree";
        }
        _app = new LoopbackApp<ModelCompare.ModelCompareApp>(port, settings, ServerLog);
        App = _app.Start();
        _playwright = await Playwright.CreateAsync();
        Browser = await Chromium.LaunchAsync(_playwright);
    }

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        _playwright?.Dispose();
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }

        _provider?.Dispose();
        Directory.Delete(_dataFolder, recursive: true);
    }
}

[CollectionDefinition(nameof(ModelCompareCollection), DisableParallelization = true)]
public sealed class ModelCompareCollection : ICollectionFixture<ModelCompareFixture>;

/// <summary>ModelCompare in Chromium, signed in through the provider: the threshold slider redraws the confusion matrix; the model pages refuse a user without the analyst role.</summary>
[Collection(nameof(ModelCompareCollection))]
public sealed class ModelCompareTests(ModelCompareFixture fixture) : IAsyncDisposable
{
    private IBrowserContext? _context;

    [Fact]
    public async Task AliceMovesAThresholdSliderAndTheConfusionMatrixChanges()
    {
        var app = await SignInAsync("/models", "alice");
        var tree = app.Main.Locator(".da-chart[data-kind='heatmap']").Filter(new LocatorFilterOptions { HasText = "FastTree @" });
        await Expect(tree).ToContainTextAsync("FastTree @ 0.30");
        var before = await CellNumbersAsync(tree);
        await Screenshots.SaveIfRequestedAsync(app.Page, "model-compare-models.png");
        if (Environment.GetEnvironmentVariable("DATAAPPS_SCREENSHOTS") == "1")
        {
            var roc = app.Main.Locator(".da-plotly").First;
            await roc.Locator("svg.main-svg").First.WaitForAsync();
            await app.Main.Locator(".da-plotly").Last.ScrollIntoViewIfNeededAsync();
            await Screenshots.SaveIfRequestedAsync(app.Page, "model-compare-curves.png");
        }

        var slider = app.Page.Locator("[data-element=slider]").Filter(new LocatorFilterOptions { HasText = "Threshold: FastTree" }).Locator("input[type=range]");
        await slider.FocusAsync();
        await app.InteractAsync(() => slider.PressAsync("End"));

        await Expect(tree).ToContainTextAsync("FastTree @ 1.00");
        var after = await CellNumbersAsync(tree);
        Assert.Equal(4, before.Length);
        Assert.Equal(before.Sum(), after.Sum()); // every held-out flight, at any threshold
        Assert.NotEqual(before, after);
        Assert.Equal(0, after[1] + after[3]); // nothing reaches a probability of 1: no flight is predicted delayed
    }

    [Fact]
    public async Task CarolMayExploreButGets403OnTheModelPages()
    {
        var app = await SignInAsync("/", "carol");
        await Expect(app.Main).ToContainTextAsync("Flight delays: explore");
        await Expect(app.Page.Locator("[data-testid=nav]").GetByText("Compare models")).ToHaveCountAsync(0);
        if (Environment.GetEnvironmentVariable("DATAAPPS_SCREENSHOTS") == "1")
        {
            await app.Page.WaitForFunctionAsync("() => document.querySelectorAll('.da-chart .js-plotly-plot svg.main-svg').length >= 4");
            await Screenshots.SaveIfRequestedAsync(app.Page, "model-compare-explore.png");
        }

        var response = await app.Page.GotoAsync("/models");

        Assert.Equal(403, response!.Status);
        await Expect(app.Page.Locator("[data-testid=forbidden]")).ToContainTextAsync("Access denied");
    }

    public async ValueTask DisposeAsync()
    {
        if (_context is not null)
        {
            await _context.CloseAsync();
        }
    }

    private async Task<AppPage> SignInAsync(string path, string user)
    {
        if (ModelCompareFixture.MissingReason is { } reason || fixture.Browser is null)
        {
            reason = ModelCompareFixture.MissingReason ?? "The browser did not start.";
            Assert.False(Chromium.IsCi || DevIdentity.IsCi, reason + " Under CI=true the ModelCompare browser tests must run.");
            Assert.Skip(reason);
        }

        _context = await fixture.Browser!.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = fixture.App.ToString(),
            ViewportSize = new ViewportSize { Width = 1400, Height = 1000 },
        });
        _context.SetDefaultTimeout((float)Timeouts.Action.TotalMilliseconds);
        _context.SetDefaultNavigationTimeout((float)Timeouts.Navigation.TotalMilliseconds);
        var app = new AppPage(await _context.NewPageAsync());
        await app.Page.GotoAsync(path);
        await Expect(app.Page).ToHaveURLAsync(new Regex("/interaction/"));
        await app.Page.FillAsync("input[name=login]", user);
        await app.Page.FillAsync("input[name=password]", user);
        await app.Page.ClickAsync("button[type=submit]");
        await Expect(app.Page).ToHaveURLAsync(new Uri(fixture.App, path.TrimStart('/')).ToString());
        await app.WaitForRunsAsync(1);
        return app;
    }

    /// <summary>The four counts Plotly wrote into a confusion matrix's cells (row by row as drawn).</summary>
    private static async Task<int[]> CellNumbersAsync(ILocator chart)
    {
        await Expect(chart.Locator("svg.main-svg").First).ToBeVisibleAsync();
        var texts = await chart.EvaluateAsync<string[]>(
            "c => [...c.querySelectorAll('svg text')].filter(t => !t.closest('.colorbar, .xtick, .ytick, .infolayer'))" +
            ".map(t => t.textContent.trim()).filter(t => /^[0-9][0-9,]*$/.test(t))");
        return [.. texts.Select(t => int.Parse(t, System.Globalization.NumberStyles.AllowThousands, System.Globalization.CultureInfo.InvariantCulture))];
    }
}

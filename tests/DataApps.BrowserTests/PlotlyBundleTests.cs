using DataApps.Charts;
using DataApps.Tests.Shared;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Playwright;
using Plotly.Blazor.Traces;
using static Microsoft.Playwright.Assertions;

namespace DataApps.BrowserTests;

/// <summary>
/// Charts draw with the DataApps plotly.js bundle (heatmap, box, WebGL scatter), never load the package's full bundle for
/// it, and a ui.Plotly figure with another trace type loads the full bundle beside it while the other charts keep working.
/// A page prerendered with charts preloads the bundle at start; a page without charts only once it has settled.
/// </summary>
[Collection(nameof(PlotlyBundleCollection))]
public sealed class PlotlyBundleTests(PlotlyBundleFixture fixture) : IAsyncDisposable
{
    private const string SmallBundle = "/_content/DataApps.Components/plotly-dataapps.min.js";
    private const string FullBundle = "/_content/Plotly.Blazor/plotly-3.7.0.min.js";
    private readonly List<IBrowserContext> _contexts = [];
    private readonly List<string> _requests = [];
    private readonly List<string> _errors = [];

    private static readonly PageWaitForFunctionOptions Patient = new() { Timeout = (float)Timeouts.Navigation.TotalMilliseconds };

    [Fact]
    public async Task HeatmapBoxAndWebGlScatterAreDrawnByTheDataAppsBundleAlone()
    {
        var app = await OpenAsync();

        await WaitForPaintedChartsAsync(app, 3);
        var heatmap = app.Main.Locator(".da-chart[data-kind='heatmap']");
        await Expect(heatmap.Locator(".heatmaplayer image")).ToHaveCountAsync(1);
        var box = app.Main.Locator(".da-chart[data-kind='box']");
        await Expect(box.Locator(".boxlayer .trace")).ToHaveCountAsync(2);
        var scatter = app.Main.Locator(".da-chart[data-kind='scatter']");
        await Expect(scatter).ToHaveAttributeAsync("data-webgl", "true");
        Assert.Equal(
            "scattergl",
            await scatter.Locator(".js-plotly-plot").EvaluateAsync<string>("gd => gd._fullData[0].type"));
        Assert.True(await scatter.Locator(".gl-container canvas").CountAsync() > 0, "the WebGL scatter has no canvas");

        Assert.Contains(_requests, url => url.EndsWith(SmallBundle, StringComparison.Ordinal));
        Assert.DoesNotContain(_requests, url => url.EndsWith(FullBundle, StringComparison.Ordinal));
        Assert.True(
            await app.Page.EvaluateAsync<bool>("() => !!document.getElementById('dataapps-plotly-preload')"),
            "a page prerendered with charts preloads the bundle when blazor.web.js starts");
        Assert.Empty(_errors);
    }

    [Fact]
    public async Task APageWithoutChartsDownloadsTheBundleOnlyOnceItHasSettled()
    {
        var app = await OpenAsync(PlotlyBundleHost.NoChartsRoute);
        Assert.DoesNotContain(_requests, url => url.EndsWith(SmallBundle, StringComparison.Ordinal));

        // A few seconds later, when the browser is idle, so a chart page reached next does not wait for it.
        await app.Page.WaitForFunctionAsync("() => !!document.getElementById('dataapps-plotly-preload')", null, Patient);
        await app.Page.WaitForFunctionAsync(
            "url => performance.getEntriesByType('resource').some(e => e.name.endsWith(url) && e.responseEnd > 0)", SmallBundle, Patient);
        Assert.Empty(_errors);
    }

    [Fact]
    public async Task AFigureWithATraceOutsideTheBundleLoadsTheFullBundleBesideIt()
    {
        var app = await OpenAsync();
        await WaitForPaintedChartsAsync(app, 3);

        await app.InteractAsync(() => app.Elements("checkbox").GetByRole(AriaRole.Checkbox).CheckAsync());

        var plotly = app.Main.Locator(".da-plotly[data-plotly-bundle='full']");
        await Expect(plotly.Locator(".waterfalllayer .trace")).ToHaveCountAsync(1, new() { Timeout = (float)Timeouts.Navigation.TotalMilliseconds });
        Assert.Contains(_requests, url => url.EndsWith(FullBundle, StringComparison.Ordinal));

        // The charts the small bundle drew still answer through window.Plotly: a relayout of the heatmap reaches it.
        var relaid = await app.Page.EvaluateAsync<string>("""
            async () => {
              const gd = document.querySelector(".da-chart[data-kind='heatmap'] .js-plotly-plot");
              await window.Plotly.relayout(gd, { 'title.text': 'relaid' });
              return gd.layout.title.text;
            }
            """);
        Assert.Equal("relaid", relaid);
        await WaitForPaintedChartsAsync(app, 4);
        Assert.Empty(_errors);
    }

    private async Task<AppPage> OpenAsync(string route = PlotlyBundleHost.Route)
    {
        if (fixture.Browser is not { } browser)
        {
            var reason = Chromium.MissingReason ?? "The browser did not start.";
            if (Chromium.IsCi)
            {
                Assert.Fail(reason + " Under CI=true the browser tests must run.");
            }

            Assert.Skip(reason);
            return null!;
        }

        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = fixture.BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = 1280, Height = 800 },
        });
        context.SetDefaultTimeout((float)Timeouts.Action.TotalMilliseconds);
        context.SetDefaultNavigationTimeout((float)Timeouts.Navigation.TotalMilliseconds);
        _contexts.Add(context);
        var page = await context.NewPageAsync();
        page.Request += (_, request) => { lock (_requests) { _requests.Add(request.Url); } };
        page.PageError += (_, error) => { lock (_errors) { _errors.Add(error); } };
        var app = new AppPage(page);
        await app.GotoAsync(route);
        return app;
    }

    private static Task WaitForPaintedChartsAsync(AppPage app, int count) => app.Page.WaitForFunctionAsync(
        "n => [...document.querySelectorAll('.da-chart .js-plotly-plot')].filter(p => p.querySelector('svg.main-svg') && p._fullData).length >= n",
        count, Patient);

    public async ValueTask DisposeAsync()
    {
        if (TestContext.Current.TestState?.Result is TestResult.Failed && TestContext.Current.TestOutputHelper is { } output)
        {
            foreach (var line in _errors.Concat(fixture.ServerLog.Since(0)))
            {
                output.WriteLine(line);
            }
        }

        foreach (var context in _contexts)
        {
            await context.CloseAsync();
        }
    }
}

/// <summary>The Showcase app with one more page: a heatmap, a box chart, a 2,000-point (WebGL) scatter, and a waterfall behind a checkbox.</summary>
internal sealed class PlotlyBundleHost : WebApplicationFactory<Program>
{
    public const string Route = "/test-plotly-bundles";

    public const string NoChartsRoute = "/test-no-charts";

    private static readonly Point[] Points = [.. Enumerable.Range(0, 2_000).Select(i => new Point(i, Math.Sin(i / 50.0) + (i % 7 * 0.1), i % 2 == 0 ? "even" : "odd"))];

    private readonly ServerLog _log;

    public PlotlyBundleHost(ServerLog log)
    {
        _log = log;
        UseKestrel(kestrel => kestrel.Listen(System.Net.IPAddress.Loopback, 0));
    }

    public Uri Start()
    {
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses
            ?? throw new InvalidOperationException("Kestrel did not report its address.");
        return new Uri(addresses.Single().TrimEnd('/') + "/");
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(Environments.Development);
        builder.ConfigureLogging(logging =>
        {
            logging.ClearProviders();
            logging.SetMinimumLevel(LogLevel.Warning);
            logging.AddProvider(_log);
        });
        builder.ConfigureTestServices(services => services.AddDataApps()
            .AddPage(Route, Page, "Plotly bundles")
            .AddPage(NoChartsRoute, ui => { ui.Text("No charts here."); return Task.CompletedTask; }, "No charts"));
    }

    private static Task Page(Ui ui)
    {
        ui.Heatmap(Points, x: "Group", y: "Bucket", value: "Y", title: "Heatmap");
        ui.BoxChart(Points, x: "Group", y: "Y", title: "Box");
        ui.ScatterChart(Points, x: "X", y: "Y", title: "WebGL scatter");
        if (ui.Checkbox("Waterfall"))
        {
            ui.Plotly([new Waterfall { X = ["a", "b", "c"], Y = [3, -1, 2] }]);
        }

        return Task.CompletedTask;
    }

    private sealed record Point(double X, double Y, string Group)
    {
        public string Bucket => X < 1000 ? "low" : "high";
    }
}

/// <summary>One app with the bundle test page and one headless Chromium.</summary>
public sealed class PlotlyBundleFixture : IAsyncLifetime
{
    private PlotlyBundleHost? _host;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    internal ServerLog ServerLog { get; } = new();

    internal Uri BaseAddress { get; private set; } = default!;

    internal IBrowser? Browser => _browser;

    public async ValueTask InitializeAsync()
    {
        if (Chromium.MissingReason is not null)
        {
            return;
        }

        Assertions.SetDefaultExpectTimeout((float)Timeouts.Expect.TotalMilliseconds);
        _host = new PlotlyBundleHost(ServerLog);
        BaseAddress = _host.Start();
        _playwright = await Playwright.CreateAsync();
        _browser = await Chromium.LaunchAsync(_playwright);
    }

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

/// <summary>The bundle tests run alone, like the Showcase collection (two slow cores).</summary>
[CollectionDefinition(nameof(PlotlyBundleCollection), DisableParallelization = true)]
public sealed class PlotlyBundleCollection : ICollectionFixture<PlotlyBundleFixture>;

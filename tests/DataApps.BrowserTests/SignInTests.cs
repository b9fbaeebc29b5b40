using System.Text.RegularExpressions;
using DataApps.Tests.Shared;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace DataApps.BrowserTests;

/// <summary>The Showcase with sign-in against the local OIDC provider (tools/dev-identity), and one Chromium, for the sign-in tests.</summary>
public sealed class SignInFixture : IAsyncLifetime
{
    private DevIdentity? _provider;
    private SignInShowcase? _app;
    private IPlaywright? _playwright;

    internal ServerLog ServerLog { get; } = new();

    internal Uri App { get; private set; } = default!;

    internal Uri Authority => _provider!.Authority;

    internal DevIdentity Provider => _provider!;

    internal IBrowser? Browser { get; private set; }

    /// <summary>Why these tests cannot run here, or <c>null</c>.</summary>
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
        settings["DataApps:Auth:RevalidationInterval"] = "00:00:02"; // open pages notice a sign-out within seconds
        _app = new SignInShowcase(port, settings, ServerLog);
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
    }
}

[CollectionDefinition(nameof(SignInCollection), DisableParallelization = true)]
public sealed class SignInCollection : ICollectionFixture<SignInFixture>;

/// <summary>Sign-in in a real browser: the authorization code flow with the provider's login form, pages by role, sign-out, and sessions of two users side by side.</summary>
[Collection(nameof(SignInCollection))]
public sealed class SignInTests(SignInFixture fixture) : IAsyncDisposable
{
    private readonly List<IBrowserContext> _contexts = [];

    private async Task<AppPage> NewPageAsync()
    {
        if (SignInFixture.MissingReason is { } reason || fixture.Browser is null)
        {
            reason = SignInFixture.MissingReason ?? "The browser did not start.";
            Assert.False(Chromium.IsCi || DevIdentity.IsCi, reason + " Under CI=true the sign-in tests must run.");
            Assert.Skip(reason);
        }

        var context = await fixture.Browser!.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = fixture.App.ToString(),
            ViewportSize = new ViewportSize { Width = 1280, Height = 800 },
        });
        context.SetDefaultTimeout((float)Timeouts.Action.TotalMilliseconds);
        context.SetDefaultNavigationTimeout((float)Timeouts.Navigation.TotalMilliseconds);
        _contexts.Add(context);
        return new AppPage(await context.NewPageAsync());
    }

    /// <summary>Opens <paramref name="path"/>, which sends the browser to the provider, and signs in there as <paramref name="user"/>.</summary>
    private async Task<AppPage> SignInAsync(string path, string user)
    {
        var app = await NewPageAsync();
        await app.Page.GotoAsync(path);
        await Expect(app.Page).ToHaveURLAsync(new Regex("/interaction/"));
        await app.Page.FillAsync("input[name=login]", user);
        await app.Page.FillAsync("input[name=password]", user);
        await app.Page.ClickAsync("button[type=submit]");
        await Expect(app.Page).ToHaveURLAsync(new Uri(fixture.App, path.TrimStart('/')).ToString());
        await app.WaitForRunsAsync(1);
        return app;
    }

    /// <summary>
    /// Opens the absolute address <paramref name="url"/>, signs in as <paramref name="user"/> at the provider, and returns the
    /// page once the browser has left the provider, with every address the browser asked for on the way.
    /// </summary>
    private async Task<(AppPage App, List<string> Requests)> SignInFromAsync(string url, string user)
    {
        var app = await NewPageAsync();
        var requests = new List<string>();
        app.Page.Request += (_, request) => { lock (requests) { requests.Add(request.Url); } };
        await app.Page.GotoAsync(url);
        await Expect(app.Page).ToHaveURLAsync(new Regex("/interaction/"));
        await app.Page.FillAsync("input[name=login]", user);
        await app.Page.FillAsync("input[name=password]", user);
        try
        {
            await app.Page.ClickAsync("button[type=submit]");
            // Commit, not load: only where the browser goes matters here; the callers wait for the page's content themselves.
            await app.Page.WaitForURLAsync(u => new Uri(u).Authority != fixture.Authority.Authority, new() { WaitUntil = WaitUntilState.Commit });
        }
        catch (PlaywrightException e) when (e.Message.Contains("net::ERR_", StringComparison.Ordinal))
        {
            // A name that does not resolve (there is no network here): the requests below say where the browser went.
        }

        lock (requests)
        {
            return (app, [.. requests]);
        }
    }

    /// <summary>Asserts that every address the browser asked for is the app's or the provider's.</summary>
    private void AssertStayedOnTheAppAndTheProvider(List<string> requests)
    {
        var elsewhere = requests.Where(u => new Uri(u).Authority != fixture.App.Authority && new Uri(u).Authority != fixture.Authority.Authority).ToList();
        Assert.True(elsewhere.Count == 0, "The browser left for " + string.Join(", ", elsewhere));
    }

    private ILocator Nav(AppPage app) => app.Page.Locator("[data-testid=nav]");

    [Fact]
    public async Task SigningInWithTheCodeFlowShowsTheUsersName()
    {
        var app = await SignInAsync("/sign-in/ops", "bob");

        await Expect(app.Page.Locator("[data-testid=user-name]")).ToHaveTextAsync("Bob Ops");
        await Expect(app.Main).ToContainTextAsync("Your roles: analyst, ops.");
        await Expect(Nav(app).GetByText("Operations")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task AUserWithoutTheRoleGets403AndNoNavigationEntry()
    {
        var app = await SignInAsync("/sign-in/analysis", "alice");

        var response = await app.Page.GotoAsync("/sign-in/ops");

        Assert.Equal(403, response!.Status);
        await Expect(app.Page.Locator("[data-testid=forbidden]")).ToContainTextAsync("Access denied");
        await Expect(Nav(app).GetByText("Analysis")).ToBeVisibleAsync();
        await Expect(Nav(app).GetByText("Operations")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task AnAnonymousLinkToAProtectedPageGoesToTheProvider()
    {
        var app = await NewPageAsync();
        await app.GotoAsync("/sign-in");
        await Expect(Nav(app).GetByText("Members")).ToHaveCountAsync(0);

        await app.Main.Locator("a.da-page-link", new LocatorLocatorOptions { HasText = "Members" }).ClickAsync();

        await Expect(app.Page).ToHaveURLAsync(new Regex("^" + Regex.Escape(fixture.Authority.ToString().TrimEnd('/')) + "/interaction/"));
    }

    [Fact]
    public async Task ATabInTheReturnAddressCannotSendTheBrowserToAnotherSite()
    {
        // Chromium drops a tab from a Location header: /<TAB>/evil.example/x would become //evil.example/x.
        var (app, requests) = await SignInFromAsync(new Uri(fixture.App, "account/login?returnUrl=/%09/evil.example/x").ToString(), "bob");

        AssertStayedOnTheAppAndTheProvider(requests);
        await Expect(app.Page).ToHaveURLAsync(fixture.App.ToString());
        await Expect(app.Page.Locator("[data-testid=user-name]")).ToHaveTextAsync("Bob Ops");
    }

    [Fact]
    public async Task APageAddressWithTwoLeadingSlashesReturnsToThisAppAfterSignIn()
    {
        // http://127.0.0.1:PORT//sign-in/ops: the page's own address, but //sign-in/ops as a return address names the host sign-in.
        var (app, requests) = await SignInFromAsync(fixture.App.GetLeftPart(UriPartial.Authority) + "//sign-in/ops", "bob");

        AssertStayedOnTheAppAndTheProvider(requests);
        await Expect(app.Page).ToHaveURLAsync(fixture.App.ToString());
        await Expect(app.Page.Locator("[data-testid=user-name]")).ToHaveTextAsync("Bob Ops");
    }

    [Fact]
    public async Task ChromiumReadsEveryAcceptedReturnAddressAsAnAddressOfTheApp()
    {
        var page = (await NewPageAsync()).Page;
        var candidates = ReturnUrlCandidates.Generate(20_000).ToList();
        var accepted = candidates.Select(DataApps.Auth.ReturnUrl.Local).OfType<string>().Distinct().ToList();

        // Chromium's own URL parser, as it reads a Location header: the origin each address leads to from the app's page.
        const string Origins = "urls => urls.map(u => { try { return new URL(u, 'https://app.example/x/y').origin; } catch { return 'invalid'; } })";
        var acceptedOrigins = await page.EvaluateAsync<string[]>(Origins, accepted);
        var rawOrigins = await page.EvaluateAsync<string[]>(Origins, candidates.Where(c => c.StartsWith('/')).Distinct().ToList());

        var leaving = accepted.Zip(acceptedOrigins).Where(p => p.Second != "https://app.example").Select(p => $"{ReturnUrlCandidates.Show(p.First)} → {p.Second}").ToList();
        Assert.True(leaving.Count == 0, "Accepted, but Chromium leaves the app: " + string.Join("; ", leaving.Take(10)));
        Assert.True(accepted.Count > 2_000, $"Only {accepted.Count} generated addresses were local: the generator tests too little.");
        Assert.Contains(rawOrigins, o => o != "https://app.example"); // the generator does make addresses that leave, which the check refuses
    }

    [Fact]
    public async Task SignOutThenBackReturnsToTheChallenge()
    {
        var app = await SignInAsync("/sign-in/members", "bob");

        await app.Page.Locator("[data-testid=user-name]").ClickAsync();
        await app.Page.Locator("[data-testid=user-logout]").ClickAsync();
        await Expect(app.Page).ToHaveURLAsync(fixture.App.ToString());
        await Expect(app.Page.Locator("[data-testid=user-login]")).ToBeVisibleAsync();
        await app.Page.GoBackAsync();

        await Expect(app.Page).ToHaveURLAsync(new Regex("/interaction/"));
    }

    [Fact]
    public async Task SignOutInOneTabEndsTheSessionOfTheOtherTabs()
    {
        var first = await SignInAsync("/sign-in/members", "bob");
        var second = new AppPage(await first.Page.Context.NewPageAsync());
        await second.GotoAsync("/sign-in/members");
        await Expect(second.Page.Locator("[data-testid=user-name]")).ToHaveTextAsync("Bob Ops");

        await first.Page.Locator("[data-testid=user-name]").ClickAsync();
        await first.Page.Locator("[data-testid=user-logout]").ClickAsync();
        await Expect(first.Page).ToHaveURLAsync(fixture.App.ToString());

        // The other tab's circuit learns it at its next revalidation and reloads: the page asks the provider again.
        await Expect(second.Page).ToHaveURLAsync(new Regex("/interaction/"));
    }

    [Fact]
    public async Task ARoleRemovedAtTheProviderStopsTheOpenPageAndShows403WithoutAReload()
    {
        var app = await SignInAsync("/sign-in/analysis", "alice");
        var live = app.Elements("text").Filter(new LocatorFilterOptions { HasText = "Live updates: " });
        await Expect(live).Not.ToHaveTextAsync("Live updates: 1", new() { Timeout = 10_000 }); // the fragment's timer ticks
        await app.Page.EvaluateAsync("() => window.daSameDocument = true");
        try
        {
            await fixture.Provider.SetRolesAsync("alice");

            // Within one RevalidationInterval (2 s here) plus the circuit's round trip; the bound leaves room for a slow machine.
            await Expect(app.Page.Locator("[data-testid=forbidden]")).ToContainTextAsync("Access denied", new() { Timeout = 15_000 });

            Assert.True(await app.Page.EvaluateAsync<bool>("() => window.daSameDocument === true")); // the open tab, not a reload
            await Expect(app.Page.Locator("[data-page]")).ToHaveCountAsync(0);
            await Expect(live).ToHaveCountAsync(0);
            await Expect(Nav(app).GetByText("Analysis")).ToHaveCountAsync(0);
        }
        finally
        {
            await fixture.Provider.SetRolesAsync("alice", "analyst");
        }
    }

    [Fact]
    public async Task TwoUsersInTwoBrowsersNeverSeeEachOthersSession()
    {
        var bob = await SignInAsync("/sign-in/members", "bob");
        var carol = await SignInAsync("/sign-in/members", "carol");
        await bob.GotoAsync("/");
        await carol.GotoAsync("/");

        var slider = bob.Elements("slider").First.GetByRole(AriaRole.Slider);
        await bob.InteractAsync(async () =>
        {
            await slider.FocusAsync();
            await bob.Page.Keyboard.PressAsync("End");
        });
        await carol.Page.ReloadAsync();
        await carol.WaitForRunsAsync(1);

        await Expect(bob.Elements("text").First).ToHaveTextAsync("n² = 10000");
        await Expect(carol.Elements("text").First).ToHaveTextAsync("n² = 100");
        await Expect(bob.Page.Locator("[data-testid=user-name]")).ToHaveTextAsync("Bob Ops");
        await Expect(carol.Page.Locator("[data-testid=user-name]")).ToHaveTextAsync("Carol Guest");
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var context in _contexts)
        {
            await context.CloseAsync();
        }
    }
}

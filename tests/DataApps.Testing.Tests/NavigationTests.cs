namespace DataApps.Testing.Tests;

/// <summary>Navigation in AppTest: switches and links are followed as the browser would, query parameters are the page's URL.</summary>
public sealed class NavigationTests
{
    [Page("/start", Title = "Start")]
    public sealed class StartPage : DataPage
    {
        protected override void Run(Ui ui)
        {
            ui.Title("Start");
            ui.PageLink<TargetPage>(query: [new("from", "link")]);
            ui.PageLink("/target", "By path");
            ui.PageLink("https://example.org", "Elsewhere");
            ui.PageLink<TargetPage>(label: "Off", disabled: true);
            var name = ui.TextInput("Name");
            if (ui.Button("Go"))
            {
                ui.State["name"] = name;
                ui.SwitchPage<TargetPage>(query: [new("from", "button")]);
            }

            if (ui.Button("Go by path"))
            {
                ui.SwitchPage("/target?from=path");
            }

            ui.Text("after the switch");
        }
    }

    [Page("/target", Title = "Target", Icon = "flag", Hidden = true)]
    public sealed class TargetPage : DataPage
    {
        private int _runs;

        protected override void Run(Ui ui)
        {
            _runs++;
            ui.Title("Target");
            ui.Text($"from {ui.QueryParams["from"] ?? "nowhere"}, name {ui.State.Get("name", "none")}, runs {_runs}");
            if (ui.Button("Back"))
            {
                ui.SwitchPage<StartPage>();
            }
        }
    }

    [Page("/ping")]
    public sealed class PingPage : DataPage
    {
        protected override void Run(Ui ui) => ui.SwitchPage<PongPage>();
    }

    [Page("/pong")]
    public sealed class PongPage : DataPage
    {
        protected override void Run(Ui ui) => ui.SwitchPage<PingPage>();
    }

    private sealed class NoRoutePage : DataPage;

    [Fact]
    public async Task SwitchPageEndsTheRunAndShowsTheOtherPageWithItsQueryAndTheSessionsState()
    {
        using var app = AppTest.For<StartPage>();
        await app.RunAsync();

        app.TextInput("Name").SetValue("Ada");
        await app.Button("Go").Click().RunAsync();

        Assert.Equal(typeof(TargetPage), app.PageType);
        Assert.Equal("/target", app.PageId);
        Assert.Equal("button", app.QueryParams["from"]);
        Assert.Equal("from button, name Ada, runs 1", Assert.Single(app.Get<TextElement>()).Text);
        Assert.Null(app.Exception);
    }

    [Fact]
    public async Task SwitchPageByPathFindsThePageAmongThePagesOfTheAssembly()
    {
        using var app = AppTest.For<StartPage>();
        await app.RunAsync();

        await app.Button("Go by path").Click().RunAsync();

        Assert.Equal(typeof(TargetPage), app.PageType);
        Assert.Contains("from path", app.Get<TextElement>()[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ASecondVisitShowsTheSamePageInstanceAndLeavesTheQueryOfTheLastPage()
    {
        using var app = AppTest.For<StartPage>();
        await app.RunAsync();
        await app.Button("Go").Click().RunAsync();

        await app.Button("Back").Click().RunAsync();
        Assert.Equal(typeof(StartPage), app.PageType);
        Assert.Equal(0, app.QueryParams.Count);

        await app.Button("Go").Click().RunAsync();
        Assert.EndsWith("runs 3", app.Get<TextElement>()[0].Text, StringComparison.Ordinal); // the first visit, the run of Back, this one
    }

    [Fact]
    public async Task PageLinksCarryTheTargetsTitleIconAndQueryAndAClickFollowsThem()
    {
        using var app = AppTest.For<StartPage>();
        await app.RunAsync();

        var link = app.PageLink("Target");
        Assert.Equal(("/target?from=link", "flag", false), (link.Href, link.Element.Icon, link.Element.External));

        link.Click();
        await app.RunAsync();

        Assert.Equal(typeof(TargetPage), app.PageType);
        Assert.StartsWith("from link", app.Get<TextElement>()[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExternalAndDisabledLinksCannotBeFollowed()
    {
        using var app = AppTest.For<StartPage>();
        await app.RunAsync();

        Assert.True(app.PageLink("Elsewhere").Element.External);
        Assert.Contains("leaves the app", Assert.Throws<InvalidOperationException>(() => app.PageLink("Elsewhere").Click()).Message, StringComparison.Ordinal);
        Assert.Contains("disabled", Assert.Throws<InvalidOperationException>(() => app.PageLink("Off").Click()).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheTestCanOpenAPageWithAQueryAndSwitchPagesItself()
    {
        using var app = AppTest.For<StartPage>();
        await app.RunAsync();

        await app.SwitchPage<TargetPage>("?from=test").RunAsync();

        Assert.Equal("from test, name none, runs 1", app.Get<TextElement>()[0].Text);
    }

    [Fact]
    public async Task QueryParametersSetBeforeTheFirstRunAreTheUrlThePageOpensWith()
    {
        using var app = AppTest.FromFunction(ui =>
        {
            var n = ui.Slider("n", 1, 100, ui.QueryParams.Get("n", 10), key: "n");
            ui.QueryParams.Set("n", n * 2);
        });
        app.QueryParams["n"] = "21";

        await app.RunAsync();

        Assert.Equal(21, app.Slider("n").Value);
        Assert.Equal("42", app.QueryParams["n"]);
    }

    [Fact]
    public async Task PagesThatSwitchBackAndForthForeverAreStoppedWithAClearError()
    {
        using var app = AppTest.For<PingPage>();

        var error = await Assert.ThrowsAsync<InvalidOperationException>(app.RunAsync);

        Assert.Contains("switched 10 times in a row", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SwitchingToAClassWithoutARouteShowsTheErrorInThePage()
    {
        using var app = AppTest.FromFunction(ui => ui.SwitchPage<NoRoutePage>());

        await app.RunAsync();

        Assert.Contains("has no [Page(\"/route\")] attribute", app.Get<ExceptionElement>().Single().Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ASwitchToAPathNoPageHasIsReportedByTheTest()
    {
        using var lost = AppTest.FromFunction(ui => ui.SwitchPage("/nowhere"));
        var error = await Assert.ThrowsAsync<InvalidOperationException>(lost.RunAsync);

        Assert.Contains("no page class", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SwitchPageRefusesAnythingButAnAppPathWithAMessageInThePage()
    {
        using var app = AppTest.FromFunction(ui => ui.SwitchPage("https://example.org"));

        await app.RunAsync();

        Assert.Contains("needs an app path starting with '/'", app.Get<ExceptionElement>().Single().Message, StringComparison.Ordinal);
        Assert.Equal(typeof(LambdaPage), app.PageType);
    }
}

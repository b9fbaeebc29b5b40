using DataApps;
using DataApps.Testing;
using Showcase.Pages;

namespace Showcase.Tests;

public sealed class NavigationPageTests
{
    private static async Task<AppTest> OpenAsync(string? query = null)
    {
        var app = AppTest.For<NavigationPage>();
        if (query is not null)
        {
            app.QueryParams["species"] = query;
        }

        await app.RunAsync();
        return app;
    }

    [Fact]
    public async Task TheLinksGoToAVisiblePageAHiddenOneAndAnotherSite()
    {
        using var app = await OpenAsync();

        Assert.Equal(["/widgets", "/charts", "/navigation/details?from=a%20link", "https://streamlit.io"], app.Get<PageLinkElement>().Select(l => l.Href));
        Assert.Equal("Widgets", app.PageLink("Widgets").Element.Label);
        Assert.True(app.PageLink("Streamlit, which this API follows").Element.External);
    }

    [Fact]
    public async Task TheWidgetsStartFromTheQueryAndWriteItBack()
    {
        using var app = await OpenAsync("Gentoo");
        Assert.Equal("Gentoo", app.SelectBox("Species").Value);

        await app.Slider("Sample size").SetValue(42).RunAsync();

        Assert.Equal("?species=Gentoo&n=42", app.QueryParams.ToString());
        Assert.Equal("The URL's query: ?species=Gentoo&n=42", Texts.Starting(app, "The URL"));
    }

    [Fact]
    public async Task AnUnknownSpeciesInTheUrlFallsBackToTheFirst()
    {
        using var app = await OpenAsync("Emperor");

        Assert.Equal("Adelie", app.SelectBox("Species").Value);
        Assert.Equal("Adelie", app.QueryParams["species"]);
    }

    [Fact]
    public async Task ClearingTheQueryEmptiesItForThatRun()
    {
        using var app = await OpenAsync();

        await app.Button("Clear the query").Click().RunAsync();

        Assert.Equal(0, app.QueryParams.Count);
    }

    [Fact]
    public async Task SigningTheGuestBookSwitchesToTheHiddenPageWithTheName()
    {
        using var app = await OpenAsync();

        app.TextInput("Your name").SetValue(" Ada ");
        await app.Button("Sign the guest book").Click().RunAsync();

        Assert.Equal(typeof(NavigationDetailsPage), app.PageType);
        Assert.Equal("Signed by Ada.", Assert.Single(app.Get<SuccessElement>()).Body);
        Assert.Equal("You came from the guest book.", Texts.Starting(app, "You came"));
    }

    [Fact]
    public async Task TheHiddenPageLinksAndSwitchesBack()
    {
        using var app = await OpenAsync();
        app.PageLink("A hidden page, with a query").Click();
        await app.RunAsync();
        Assert.Equal("You came from a link.", Texts.Starting(app, "You came"));
        Assert.Empty(app.Get<SuccessElement>());

        await app.Button("Switch back from code").Click().RunAsync();

        Assert.Equal(typeof(NavigationPage), app.PageType);
    }

    [Fact]
    public async Task TheOldAddressForwardsToTheNavigationPageWithAQuery()
    {
        using var app = AppTest.For<MovedPage>();

        await app.RunAsync();

        Assert.Equal(typeof(NavigationPage), app.PageType);
        Assert.Equal("Chinstrap", app.SelectBox("Species").Value);
    }
}

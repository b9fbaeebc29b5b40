using static Microsoft.Playwright.Assertions;

namespace DataApps.BrowserTests;

/// <summary>The page API from a real browser: a page of the app may call it, another origin's script may not.</summary>
[Collection(nameof(ShowcaseCollection))]
public sealed class PageApiTests(ShowcaseFixture fixture) : BrowserTest(fixture)
{
    private const string Call = """
        async url => {
            try {
                const r = await fetch(url, { method: 'POST', credentials: 'include', headers: { 'Content-Type': 'application/json' },
                    body: JSON.stringify({ amount: 300000, rate: 3.9, years: '20' }) });
                const body = await r.json();
                return r.status + ' ' + body.outputs.find(o => o.label === 'Monthly payment').value;
            } catch (e) {
                return 'blocked';
            }
        }
        """;

    [Fact]
    public async Task AScriptOfTheAppCallsThePageButAScriptOfAnotherOriginIsBlocked()
    {
        var app = await OpenAsync("/loan");
        await Expect(app.Page.GetByText("Monthly payment")).ToBeVisibleAsync();
        var url = new Uri(Fixture.BaseAddress, "api/pages/loan").ToString();

        var same = await app.Page.EvaluateAsync<string>(Call, url);
        var other = await NewPageAsync();
        await other.Page.SetContentAsync("<p>another site</p>"); // about:blank: an opaque origin, not the app's
        var cross = await other.Page.EvaluateAsync<string>(Call, url);

        Assert.Equal("200 1,802.17", same);
        Assert.Equal("blocked", cross); // the JSON content type needs a CORS preflight, which the app does not answer
        await Screenshots.SaveIfRequestedAsync(app.Page, "loan-api.png");
    }
}

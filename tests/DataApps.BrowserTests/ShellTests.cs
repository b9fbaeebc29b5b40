using Microsoft.Playwright;

namespace DataApps.BrowserTests;

[Collection(nameof(ShowcaseCollection))]
public sealed class ShellTests(ShowcaseFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task TheShellLoadsBlazorAndThePackageAssetsWithoutScriptErrors()
    {
        var app = await NewPageAsync();
        var statuses = new Dictionary<string, int>();
        var errors = new List<string>();
        app.Page.Response += (_, response) =>
        {
            lock (statuses)
            {
                statuses[new Uri(response.Url).AbsolutePath] = response.Status;
            }
        };
        app.Page.PageError += (_, error) => errors.Add(error);

        await app.GotoAsync("/"); // waits for a completed run: the circuit is up

        lock (statuses)
        {
            Assert.Equal(200, statuses.GetValueOrDefault("/_framework/blazor.web.js"));
            Assert.Equal(200, statuses.GetValueOrDefault("/_content/MudBlazor/MudBlazor.min.js"));
            Assert.Equal(200, statuses.GetValueOrDefault("/_content/MudBlazor/MudBlazor.min.css"));
            Assert.Equal(200, statuses.GetValueOrDefault("/_content/DataApps.Components/dataapps.css"));
        }

        Assert.Empty(errors);
    }
}

using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace DataApps.Hosting.Tests.Api;

/// <summary><c>POST /api/pages/{route}</c> over a real socket: values in, outputs out, and a clear 4xx/5xx for everything else.</summary>
public sealed class PageApiTests(ApiHost host) : IClassFixture<ApiHost>
{
    [Fact]
    public async Task ValuesByKeyComeOutAsTheOutputsOfTheRunInPageOrder()
    {
        var (status, body, type) = await host.PostAsync("loan", """{"amount": 300000, "rate": 3.9, "years": "20", "repayment": "Annuity", "schedule": true}""");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("application/json", type);
        Assert.Equal("/loan", (string?)body["page"]);
        var values = body["values"]!.AsObject();
        Assert.Equal(300000, (int)values["amount"]!);
        Assert.Equal(3.9, (double)values["rate"]!);
        Assert.Equal("20", (string?)values["years"]);
        Assert.True((bool)values["schedule"]!);
        var outputs = body["outputs"]!.AsArray().Select(o => o!.AsObject()).ToList();
        Assert.Equal("title", (string?)outputs[0]["kind"]);
        Assert.Equal("Loan calculator", (string?)outputs[0]["text"]);
        var kinds = outputs.Select(o => (string)o["kind"]!).ToList();
        Assert.True(kinds.IndexOf("number-input") < kinds.IndexOf("metric") && kinds.IndexOf("metric") < kinds.IndexOf("table") && kinds.IndexOf("table") < kinds.IndexOf("chart"), string.Join(", ", kinds));
        var payment = outputs.First(o => (string?)o["label"] == "Monthly payment");
        Assert.Equal("1,802.17", (string?)payment["value"]); // 300,000 at 3.9 % over 20 years: 300000·r/(1−(1+r)^−240), r = 0.039/12
        var table = outputs.Single(o => (string?)o["kind"] == "table");
        Assert.Equal(20, table["rows"]!.AsArray().Count);
        Assert.Equal("1", (string?)table["rows"]![0]!["Year"]);
        var chart = outputs.Single(o => (string?)o["kind"] == "chart");
        Assert.Equal("line", (string?)chart["chart"]);
        Assert.Equal("Year", (string?)chart["x"]);
        Assert.Equal(0, (double)chart["rows"]![19]!["Balance"]!, 2);
        var slider = outputs.Single(o => (string?)o["kind"] == "slider");
        Assert.Equal("rate", (string?)slider["name"]);
        Assert.Equal(3.9, (double)slider["value"]!);
    }

    [Fact]
    public async Task AnEmptyObjectRunsThePageWithItsDefaultsAndClicksNothing()
    {
        var (status, body, _) = await host.PostAsync("loan", "{}");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(250000, (int)body["values"]!["amount"]!);
        Assert.Equal("30", (string?)body["values"]!["years"]);
        Assert.False((bool)body["values"]!["schedule"]!);
        Assert.DoesNotContain(body["outputs"]!.AsArray(), o => (string?)o!["kind"] == "table");
    }

    [Theory]
    [InlineData("""{"amount": "lots"}""", "amount", "The number input 'Amount' takes a whole number, not the text \"lots\".")]
    [InlineData("""{"amount": 2500.5}""", "amount", "The number input 'Amount' takes a whole number, not the number 2500.5.")]
    [InlineData("""{"amount": 10000000}""", "amount", "'Amount'")]
    [InlineData("""{"rate": 25}""", "rate", "outside")]
    [InlineData("""{"years": "12"}""", "years", "The select box 'Term (years)' has no option '12'; its options are '10', '15', '20', '25', '30'.")]
    [InlineData("""{"years": 20}""", "years", "takes one of its options as text, not the number 20")]
    [InlineData("""{"schedule": "yes"}""", "schedule", "takes true (a click) or false")]
    [InlineData("""{"colour": "red"}""", "colour", "The page has no widget keyed or labelled 'colour'. It takes: 'amount', 'rate', 'years', 'repayment', 'schedule'.")]
    public async Task ABadValueAnswers400NamingTheArgumentAndTheWidget(string json, string argument, string message)
    {
        var (status, body, type) = await host.PostAsync("loan", json);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("application/problem+json", type);
        Assert.Equal(400, (int)body["status"]!);
        var errors = body["errors"]!.AsObject();
        Assert.Equal([argument], errors.Select(e => e.Key));
        Assert.Contains(message, (string?)errors[argument]![0], StringComparison.Ordinal);
        Assert.Contains(message, (string?)body["detail"], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("application/x-www-form-urlencoded", "amount=1", "JSON required")]
    [InlineData("text/plain", """{"amount": 300000}""", "JSON required")]
    [InlineData("application/json", """{"amount": 3""", "Malformed JSON")]
    [InlineData("application/json", """[1, 2]""", "A JSON object required")]
    [InlineData("application/json", """{"amount": 1000, "amount": 2000}""", "One or more widget values are not valid.")]
    public async Task ABodyThatIsNotOneJsonObjectAnswers400(string contentType, string content, string title)
    {
        var (status, body, _) = await host.PostAsync("loan", content, contentType);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(title, (string?)body["title"]);
    }

    [Fact]
    public async Task ABodyOverTheCapAnswers400WithoutReadingIt()
    {
        var (status, body, _) = await host.PostAsync("loan", "{\"name\": \"" + new string('x', 300 * 1024) + "\"}");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("Body too large", (string?)body["title"]);
        Assert.Contains("256 KiB", (string?)body["detail"], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("api-test/closed")]
    [InlineData("no/such/page")]
    [InlineData("widgets")]
    public async Task APageThatIsNotApiEnabledOrDoesNotExistAnswers404(string route)
    {
        var (status, body, _) = await host.PostAsync(route, "{}");

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Contains("Api = true", (string?)body["detail"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task APageThatThrowsAnswers500WithACorrelationIdAndNoDetailsAndTheServerGoesOn()
    {
        var (status, body, _) = await host.PostAsync("api-test/throws", "{}");
        var (after, good, _) = await host.PostAsync("api-test/throws", """{"fail": false}""");

        Assert.Equal(HttpStatusCode.InternalServerError, status);
        var correlationId = (string?)body["correlationId"];
        Assert.Matches("^[0-9a-f]{12}$", correlationId);
        Assert.DoesNotContain("secret", body.ToJsonString(), StringComparison.Ordinal);
        Assert.DoesNotContain("InvalidOperationException", body.ToJsonString(), StringComparison.Ordinal);
        Assert.Contains(host.Log.Lines, l => l.Contains(correlationId!, StringComparison.Ordinal) && l.Contains("secret", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.OK, after);
        Assert.Contains(good["outputs"]!.AsArray(), o => (string?)o!["text"] == "No failure");
    }

    [Fact]
    public async Task APageWhoseConstructorFailsAnswers500AndTheDocumentStillListsIt()
    {
        var (status, body, _) = await host.PostAsync("api-test/unbuildable", "{}");
        var document = JsonNode.Parse(await host.Http.GetStringAsync("api/pages/openapi.json", TestContext.Current.CancellationToken))!;

        Assert.Equal(HttpStatusCode.InternalServerError, status);
        Assert.Equal("The page could not be created", (string?)body["title"]);
        Assert.Contains(host.Log.Lines, l => l.Contains("IUnregisteredService", StringComparison.Ordinal));
        Assert.Contains("failed", (string?)document["components"]!["schemas"]!["api_test_unbuildableInput"]!["description"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task ARunOverThePagesBudgetAnswers504()
    {
        var (status, body, _) = await host.PostAsync("api-test/slow", "{}");

        Assert.Equal(HttpStatusCode.GatewayTimeout, status);
        Assert.Contains("time budget of 300 ms", (string?)body["detail"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task ACallerThatGoesAwayStopsTheRun()
    {
        ApiTestPages.ResetWait();
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        using var content = new StringContent("""{"go": true}""", Encoding.UTF8, "application/json");
        var call = host.Http.PostAsync("api/pages/api-test/wait", content, cts.Token);

        await ApiTestPages.WaitStarted.Task.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);
        await cts.CancelAsync();

        await ApiTestPages.WaitCancelled.Task.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);
    }

    [Fact]
    public async Task AWidgetThatAppearsOnlyForAValueIsSetInALaterRound()
    {
        var (status, body, _) = await host.PostAsync("api-test/rounds", """{"trees": 250, "model": "Forest"}""");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains(body["outputs"]!.AsArray(), o => (string?)o!["text"] == "Forest of 250");
    }

    [Fact]
    public async Task AUniqueLabelNamesAWidgetWithoutAKeyAndASharedOneIsRefused()
    {
        var (status, body, _) = await host.PostAsync("api-test/rounds", """{"Name": "Ada", "tags": ["c", "a"], "window": [1, 9], "day": "2026-12-08"}""");
        var (shared, refusal, _) = await host.PostAsync("api-test/rounds", """{"Twice": 3}""");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains(body["outputs"]!.AsArray(), o => (string?)o!["text"] == "Hello Ada");
        Assert.Equal("""["c","a"]""", body["values"]!["tags"]!.ToJsonString()); // in the order chosen, as in the browser
        Assert.Equal("[1,9]", body["values"]!["window"]!.ToJsonString());
        Assert.Equal("2026-12-08", (string?)body["values"]!["day"]);
        Assert.Equal(HttpStatusCode.BadRequest, shared);
        Assert.Equal("2 widgets are labelled 'Twice'; set one by its key (give it key: in the page).", (string?)refusal["errors"]!["Twice"]![0]);
    }

    [Theory]
    [InlineData("""{"locked": true}""", "locked", "The checkbox 'Locked' is disabled; a user could not change it.")]
    [InlineData("""{"file": "x"}""", "file", "The file uploader 'Data' cannot be set through the API")]
    [InlineData("""{"Name": "a name that is too long"}""", "Name", "'Name'")]
    [InlineData("""{"window": [1]}""", "window", "takes an array of two values [low, high]")]
    [InlineData("""{"day": "tomorrow"}""", "day", "The date input 'Day': Expected a date (yyyy-MM-dd), got 'tomorrow'.")]
    public async Task AWidgetTheApiCannotSetNowAnswers400(string json, string argument, string message)
    {
        var (status, body, _) = await host.PostAsync("api-test/rounds", json);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains(message, (string?)body["errors"]![argument]![0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheOpenApiDocumentListsTheApiPagesTheCallerMayCallWithTheirWidgets()
    {
        using var response = await host.Http.GetAsync("api/pages/openapi.json", TestContext.Current.CancellationToken);
        var document = JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("3.1.0", (string?)document["openapi"]);
        var paths = document["paths"]!.AsObject().Select(p => p.Key).ToList();
        Assert.Contains("/api/pages/loan", paths);
        Assert.Contains("/api/pages/api-test/rounds", paths);
        Assert.DoesNotContain("/api/pages/loan/approval", paths); // needs a signed-in analyst
        Assert.DoesNotContain("/api/pages/api-test/closed", paths);
        Assert.DoesNotContain("/api/pages/widgets", paths);
        var post = document["paths"]!["/api/pages/loan"]!["post"]!;
        Assert.Equal("#/components/schemas/loanInput", (string?)post["requestBody"]!["content"]!["application/json"]!["schema"]!["$ref"]);
        var input = document["components"]!["schemas"]!["loanInput"]!["properties"]!;
        Assert.Equal("integer", (string?)input["amount"]!["type"]);
        Assert.Equal(1000, (double)input["amount"]!["minimum"]!);
        Assert.Equal(5000000, (double)input["amount"]!["maximum"]!);
        Assert.Equal("number", (string?)input["rate"]!["type"]);
        Assert.Equal("""["10","15","20","25","30"]""", input["years"]!["enum"]!.ToJsonString());
        Assert.Equal("boolean", (string?)input["schedule"]!["type"]);
        Assert.Equal("#/components/schemas/loanInput", (string?)document["components"]!["schemas"]!["loanResult"]!["properties"]!["values"]!["$ref"]);
    }

    [Fact]
    public async Task TheRouteMapsToItsPathUnderApiPages()
    {
        Assert.Equal("root", DataApps.Hosting.Api.PageApiDocument.OperationId("/"));
        Assert.Equal("models_compare", DataApps.Hosting.Api.PageApiDocument.OperationId("/models/compare"));
        using var response = await host.Http.GetAsync("api/pages/loan", TestContext.Current.CancellationToken);
        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode); // only POST runs a page
    }
}

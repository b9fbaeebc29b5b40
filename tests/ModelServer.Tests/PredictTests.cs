using System.Net;
using System.Text.Json;

namespace ModelServer.Tests;

public sealed class PredictTests : IAsyncLifetime
{
    private readonly ModelServerFactory server = new(("ModelServer:MaxBatchSize", "3"), ("ModelServer:MaxBodyBytes", "2048"));
    private HttpClient client = null!;

    public async ValueTask InitializeAsync() => client = await server.ReadyClientAsync();

    public async ValueTask DisposeAsync() => await server.DisposeAsync();

    [Fact]
    public async Task OneFlightGetsDelayedProbabilityModelAndLatency()
    {
        using var response = await client.PredictAsync(Some.Flight(distance: 3000));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = await response.JsonAsync();
        Assert.True(json.GetProperty("delayed").GetBoolean());
        Assert.Equal(0.6, json.GetProperty("probability").GetDouble(), 4);
        Assert.Equal("fake-1", json.GetProperty("model").GetString());
        Assert.True(json.GetProperty("latencyMs").GetDouble() >= 0);
    }

    [Fact]
    public async Task ABatchGetsOneAnswerPerFlightInOrder()
    {
        using var response = await client.PredictAsync(new[] { Some.Flight(distance: 500), Some.Flight(distance: 4000), Some.Flight(distance: 1000) });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var answers = (await response.JsonAsync()).EnumerateArray().ToList();
        Assert.Equal([0.1, 0.8, 0.2], answers.Select(a => Math.Round(a.GetProperty("probability").GetDouble(), 4)));
        Assert.Equal([false, true, false], answers.Select(a => a.GetProperty("delayed").GetBoolean()));
    }

    [Fact]
    public async Task AirportCodesAndFieldNamesAreReadWithoutRegardToCase()
    {
        using var response = await client.PostRawAsync("""{"Departure": "2001-03-01 17:30", "Distance": 950, "Origin": "ord", "Destination": " lax "}""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("""{"distance": 950, "origin": "ORD", "destination": "LAX"}""", "departure", "is required")]
    [InlineData("""{"departure": "yesterday", "distance": 950, "origin": "ORD", "destination": "LAX"}""", "departure", "date and time")]
    [InlineData("""{"departure": "2001-03-01T17:30:00", "distance": -950, "origin": "ORD", "destination": "LAX"}""", "distance", "more than 0")]
    [InlineData("""{"departure": "2001-03-01T17:30:00", "distance": 0, "origin": "ORD", "destination": "LAX"}""", "distance", "more than 0")]
    [InlineData("""{"departure": "2001-03-01T17:30:00", "distance": 95.5, "origin": "ORD", "destination": "LAX"}""", "distance", "whole number")]
    [InlineData("""{"departure": "2001-03-01T17:30:00", "distance": "far", "origin": "ORD", "destination": "LAX"}""", "distance", "number of miles")]
    [InlineData("""{"departure": "2001-03-01T17:30:00", "distance": 950, "origin": "O'HARE", "destination": "LAX"}""", "origin", "three-letter IATA")]
    [InlineData("""{"departure": "2001-03-01T17:30:00", "distance": 950, "origin": "ORD", "destination": "L4X"}""", "destination", "three-letter IATA")]
    [InlineData("""{"departure": "2001-03-01T17:30:00", "distance": 950, "origin": "ORD", "destination": null}""", "destination", "is required")]
    [InlineData("""{"departure": "2001-03-01T17:30:00", "distance": 950""", "body", "not valid JSON")]
    [InlineData("""42""", "body", "JSON object")]
    [InlineData("""[]""", "body", "empty")]
    [InlineData("""[{}, {}, {}, {}]""", "body", "at most 3")]
    [InlineData("""[{"departure": "2001-03-01T17:30:00", "distance": 950, "origin": "ORD", "destination": "LAX"}, 7]""", "[1]", "must be an object")]
    [InlineData("""[{"departure": "2001-03-01T17:30:00", "distance": 950, "origin": "ORD", "destination": "LAX"}, {"departure": "2001-03-01T17:30:00", "distance": 950, "origin": "ORD"}]""", "[1].destination", "is required")]
    public async Task BadInputIsA400ProblemThatNamesTheField(string body, string field, string message)
    {
        using var response = await client.PostRawAsync(body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.JsonAsync();
        Assert.Contains(message, Assert.Single(problem.GetProperty("errors").GetProperty(field).EnumerateArray()).GetString(), StringComparison.Ordinal);
        Assert.Contains(field + ": ", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task EveryBadFieldIsNamedAtOnce()
    {
        using var response = await client.PostRawAsync("""{"distance": -1, "origin": "1"}""");

        var errors = (await response.JsonAsync()).GetProperty("errors");
        Assert.Equal(["departure", "destination", "distance", "origin"], errors.EnumerateObject().Select(e => e.Name).Order());
    }

    [Fact]
    public async Task ABodyLargerThanTheLimitIsA413Problem()
    {
        var large = JsonSerializer.Serialize(Some.Flight()) [..^1] + ", \"note\": \"" + new string('x', 4096) + "\"}";

        using var response = await client.PostRawAsync(large);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("2048 bytes", (await response.JsonAsync()).GetProperty("errors").GetProperty("body")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AChunkedBodyWithoutLengthIsCutOffAtTheLimitToo()
    {
        // Over a real socket (the in-memory test server buffers the body and sets its length).
        await using var kestrel = new ModelServerFactory(("ModelServer:MaxBodyBytes", "2048"));
        kestrel.UseKestrel(0);
        kestrel.StartServer();
        using var chunked = new HttpClient { BaseAddress = kestrel.ClientOptions.BaseAddress };
        var large = System.Text.Encoding.UTF8.GetBytes("[" + string.Join(",", Enumerable.Repeat(JsonSerializer.Serialize(Some.Flight()), 100)) + "]");
        using var content = new UnknownLengthContent(large); // no Content-Length: the service counts while it reads
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        Assert.Null(content.Headers.ContentLength);

        await kestrel.ReadyClientAsync();

        using var response = await chunked.PostAsync(new Uri("/predict", UriKind.Relative), content, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Null(response.RequestMessage?.Content?.Headers.ContentLength);
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    public async Task AnotherContentTypeIsA415ProblemNamingContentType(string contentType)
    {
        using var response = await client.PostRawAsync(JsonSerializer.Serialize(Some.Flight()), contentType);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Contains(contentType, (await response.JsonAsync()).GetProperty("errors").GetProperty("Content-Type")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnExceptionIsA500ProblemWithoutDetailsAndTheServiceKeepsServing()
    {
        using var failed = await client.PredictAsync(Some.Flight(origin: "ERR"));
        using var next = await client.PredictAsync(Some.Flight());

        Assert.Equal(HttpStatusCode.InternalServerError, failed.StatusCode);
        Assert.Equal("application/problem+json", failed.Content.Headers.ContentType?.MediaType);
        var body = await failed.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains("trace id", body, StringComparison.Ordinal);
        Assert.DoesNotContain("secret internal detail", body, StringComparison.Ordinal);
        Assert.DoesNotContain("InvalidOperationException", body, StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", body, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, next.StatusCode);
    }

    private sealed class UnknownLengthContent(byte[] bytes) : HttpContent
    {
        protected override Task SerializeToStreamAsync(Stream stream, System.Net.TransportContext? context) => stream.WriteAsync(bytes).AsTask();

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }
}

using ModelServer.Load;
using ModelServer.Prediction;

namespace ModelServer.Tests;

public sealed class LoadGeneratorTests
{
    [Theory]
    [InlineData("http://example.com:5002")]
    [InlineData("http://10.0.0.7:5002")]
    [InlineData("http://192.168.1.20")]
    [InlineData("http://localhost.example.com")]
    public void AHostOtherThanThisMachineIsRefused(string url)
    {
        var (options, error) = LoadOptions.Parse(["--url", url]);

        Assert.Null(options);
        Assert.Contains("only sends to this machine", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://127.0.0.1:5002")]
    [InlineData("http://localhost:5002")]
    [InlineData("http://[::1]:5002")]
    [InlineData("https://127.0.0.2")]
    public void ThisMachineIsAccepted(string url)
    {
        var (options, error) = LoadOptions.Parse(["--url", url, "--rps", "5", "--seconds", "2", "--drift", "0.5"]);

        Assert.Null(error);
        Assert.Equal((5, 2, 10, 0.5), (options!.Rps, options.Seconds, options.Count, options.Drift));
    }

    [Theory]
    [InlineData("--rps", "0")]
    [InlineData("--rps", "501")]
    [InlineData("--seconds", "0")]
    [InlineData("--seconds", "3601")]
    [InlineData("--drift", "1.5")]
    [InlineData("--url", "ftp://127.0.0.1")]
    [InlineData("--speed", "3")]
    public void ArgumentsOutsideTheBoundsAreRefusedByName(string name, string value)
    {
        var (options, error) = LoadOptions.Parse([name, value]);

        Assert.Null(options);
        Assert.StartsWith(name, error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheCommandRefusesARemoteUrlWithoutSendingAnything()
    {
        using var output = new StringWriter();

        var exit = await LoadCommand.RunAsync(["--url", "http://example.com"], output, TestContext.Current.CancellationToken);

        Assert.Equal(2, exit);
        Assert.Contains("only sends to this machine", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ARunSendsExactlyRateTimesSecondsPredictions()
    {
        await using var server = new ModelServerFactory();
        var client = await server.ReadyClientAsync();
        var (options, _) = LoadOptions.Parse(["--url", "http://localhost", "--rps", "40", "--seconds", "1"]);

        var report = await LoadGenerator.RunAsync(options!, client, [new PredictionInput(new DateTime(2001, 1, 2, 8, 0, 0), 700, "ORD", "LAX")], TestContext.Current.CancellationToken);
        var metrics = PrometheusFormat.Parse(await client.GetStringAsync(new Uri("/metrics", UriKind.Relative), TestContext.Current.CancellationToken));

        Assert.Equal(40, report.Sent);
        Assert.Equal(40, report.ByStatus[200]);
        Assert.Equal(40, metrics["modelserver_http_requests_total{endpoint=\"/predict\",status=\"200\"}"]);
        Assert.True(report.P99Ms >= report.P50Ms);
    }

    [Fact]
    public void DriftMovesThatShareOfInputsToLongerLaterFlights()
    {
        PredictionInput[] samples = [new(new DateTime(2001, 1, 2, 8, 0, 0), 700, "ORD", "LAX")];
        var random = new Random(7);

        var inputs = Enumerable.Range(0, 1000).Select(_ => LoadGenerator.Sample(samples, random, drift: 0.3)).ToList();

        var shifted = inputs.Count(i => i.Distance == 1800 && i.Departure.Hour == 16);
        Assert.Equal(1000, shifted + inputs.Count(i => i == samples[0]));
        Assert.InRange(shifted, 240, 360); // about 30 % (seeded, so always the same number)
    }
}

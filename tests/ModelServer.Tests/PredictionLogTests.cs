using System.Net;
using System.Text.Json;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using ModelServer.Prediction;

namespace ModelServer.Tests;

public sealed class PredictionLogTests
{
    [Fact]
    public async Task PredictionsReturnsTheLatestInputsAndOutputsOldestFirst()
    {
        await using var server = new ModelServerFactory(("ModelServer:PredictionLog:Capacity", "3"));
        var client = await server.ReadyClientAsync();
        foreach (var distance in new[] { 100, 200, 300, 400 })
        {
            (await client.PredictAsync(Some.Flight(distance: distance))).Dispose();
        }

        using var all = await client.GetPathAsync("/predictions");
        using var two = await client.GetPathAsync("/predictions?limit=2");

        var entries = (await all.JsonAsync()).EnumerateArray().ToList();
        Assert.Equal([200, 300, 400], entries.Select(e => e.GetProperty("distance").GetInt32())); // the ring keeps 3
        var last = entries[^1];
        Assert.Equal("2001-03-01T17:30:00", last.GetProperty("departure").GetString());
        Assert.Equal(("ORD", "LAX"), (last.GetProperty("origin").GetString(), last.GetProperty("destination").GetString()));
        Assert.Equal(0.08, last.GetProperty("probability").GetDouble(), 4);
        Assert.False(last.GetProperty("delayed").GetBoolean());
        Assert.Equal("fake-1", last.GetProperty("model").GetString());
        Assert.True(last.TryGetProperty("time", out _));
        Assert.Equal([300, 400], (await two.JsonAsync()).EnumerateArray().Select(e => e.GetProperty("distance").GetInt32()));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-1")]
    [InlineData("many")]
    [InlineData("10001")]
    public async Task ALimitOutsideTheLogIsA400NamingLimit(string limit)
    {
        await using var server = new ModelServerFactory();
        var client = server.CreateClient();

        using var response = await client.GetPathAsync("/predictions?limit=" + limit);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("from 1 to 10000", (await response.JsonAsync()).GetProperty("errors").GetProperty("limit")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void TheFileGetsOneJsonLinePerPredictionAndRotatesBySize()
    {
        var folder = Directory.CreateTempSubdirectory("modelserver-log-");
        try
        {
            var path = Path.Combine(folder.FullName, "logs", "predictions.jsonl");
            using (var log = new PredictionLog(Options.Create(new PredictionLogOptions { Path = path, MaxFileBytes = 4096 }), NullLogger<PredictionLog>.Instance))
            {
                for (var i = 1; i <= 80; i++)
                {
                    log.Append(Entry(i));
                }
            }

            var current = File.ReadAllLines(path);
            var older = File.ReadAllLines(path + ".1");
            Assert.True(new FileInfo(path).Length <= 4096);
            Assert.True(new FileInfo(path + ".1").Length <= 4096);
            Assert.Equal(80, JsonSerializer.Deserialize<JsonElement>(current[^1]).GetProperty("distance").GetInt32());
            // The two files hold the latest entries without a gap; older ones were dropped with the earlier .1 file.
            var distances = older.Concat(current).Select(l => JsonSerializer.Deserialize<JsonElement>(l).GetProperty("distance").GetInt32()).ToList();
            Assert.Equal(Enumerable.Range(distances[0], distances.Count), distances);
            Assert.True(distances[0] > 1);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void AFileThatCannotBeWrittenLeavesTheInMemoryLogWorking()
    {
        var blocker = Path.GetTempFileName(); // a file where the log's folder should be
        try
        {
            using var log = new PredictionLog(Options.Create(new PredictionLogOptions { Path = Path.Combine(blocker, "predictions.jsonl") }), NullLogger<PredictionLog>.Instance);

            log.Append(Entry(1));
            log.Append(Entry(2));

            Assert.Equal([1, 2], log.Latest(10).Select(e => e.Distance));
        }
        finally
        {
            File.Delete(blocker);
        }
    }

    private static PredictionLogEntry Entry(int distance) =>
        new(DateTimeOffset.UnixEpoch, new DateTime(2001, 3, 1, 17, 30, 0), distance, "ORD", "LAX", false, 0.2, "fake-1", 0.5);
}

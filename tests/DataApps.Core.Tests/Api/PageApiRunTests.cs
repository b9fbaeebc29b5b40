using System.Text.Json;
using System.Text.Json.Nodes;
using DataApps.Api;
using DataApps.Core.Tests.Support;
using DataApps.Runtime;
using Microsoft.Data.Analysis;

namespace DataApps.Core.Tests.Api;

/// <summary>The headless run behind the page API: rounds, clicks, and the outputs as JSON.</summary>
public sealed class PageApiRunTests
{
    private static AppSession NewSession() => new(new SessionOptions { Inline = true, ProgressInterval = TimeSpan.Zero, FragmentTimers = false });

    private static Dictionary<string, JsonElement> Values(string json) =>
        JsonDocument.Parse(json).RootElement.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.Clone());

    [Fact]
    public async Task ACallWithoutValuesCostsOneRun()
    {
        var runs = 0;
        using var session = NewSession();
        var page = new ScriptPage(ui =>
        {
            runs++;
            ui.Slider("n", 1, 10, key: "n");
        });

        var result = await new PageApiRun(session).RunAsync(page, "/p", null, Values("{}"), TestContext.Current.CancellationToken);

        Assert.Equal(ApiOutcome.Completed, result.Outcome);
        Assert.Equal(1, runs);
        Assert.Equal(1L, (long)result.Fields["n"].Value!);
    }

    [Fact]
    public async Task TheButtonIsClickedInTheRunThatSeesEveryValue()
    {
        var seen = new List<(bool Clicked, int N)>();
        using var session = NewSession();
        var page = new ScriptPage(ui =>
        {
            var n = ui.Slider("n", 1, 10, key: "n");
            seen.Add((ui.Button("Go", key: "go"), n));
        });

        var result = await new PageApiRun(session).RunAsync(page, "/p", null, Values("""{"go": true, "n": 7}"""), TestContext.Current.CancellationToken);

        Assert.Equal(ApiOutcome.Completed, result.Outcome);
        Assert.Equal([(false, 1), (true, 7)], seen);
        Assert.Contains("go", result.Clicked);
    }

    [Theory]
    [InlineData("""{"l1": true, "l2": true, "l3": true}""", null)]
    [InlineData("""{"l1": true, "l2": true, "l3": true, "l4": true}""", "l4")]
    public async Task AWidgetRevealedDeeperThanTheRoundsReachIsRefused(string json, string? refused)
    {
        using var session = NewSession();
        var page = new ScriptPage(ui =>
        {
            // Each checkbox shows the next: level n is drawn by the n-th run, and set for the run after it.
            for (var i = 1; i <= 5 && ui.Checkbox($"Level {i}", key: $"l{i}"); i++)
            {
            }
        });

        var result = await new PageApiRun(session).RunAsync(page, "/p", null, Values(json), TestContext.Current.CancellationToken);

        Assert.Equal(4, PageApiRun.MaxRounds);
        Assert.Equal(refused is null ? ApiOutcome.Completed : ApiOutcome.BadInput, result.Outcome);
        Assert.Equal(refused is null ? [] : [refused], result.Errors.Keys);
    }

    [Fact]
    public async Task APageThatThrowsWithItsDefaultsCanBeFixedByTheValues()
    {
        using var session = NewSession();
        var page = new ScriptPage(ui =>
        {
            if (ui.NumberInput("Divisor", 0, key: "d") == 0)
            {
                throw new DivideByZeroException();
            }

            ui.Text("ok");
        });

        var result = await new PageApiRun(session).RunAsync(page, "/p", null, Values("""{"d": 4}"""), TestContext.Current.CancellationToken);

        Assert.Equal(ApiOutcome.Completed, result.Outcome);
        Assert.Contains(result.Tree.Main.Descendants(), e => e is TextElement { Text: "ok" });
    }

    [Fact]
    public async Task TablesAreRecordsCappedAtTheLimitAndMediaHasItsKindOnly()
    {
        using var session = NewSession();
        var frame = new DataFrame(
            new Int32DataFrameColumn("id", Enumerable.Range(0, ApiOutput.MaxRows + 5)),
            new DoubleDataFrameColumn("score", Enumerable.Range(0, ApiOutput.MaxRows + 5).Select(i => i == 0 ? double.NaN : i / 2.0)));
        var page = new ScriptPage(ui =>
        {
            ui.Columns(2)[0].DataFrame(frame);
            ui.Image(MediaSource.FromBytes([0x89, 0x50, 0x4E, 0x47], "image/png"));
        });
        var result = await new PageApiRun(session).RunAsync(page, "/p", null, Values("{}"), TestContext.Current.CancellationToken);

        var outputs = ApiOutput.Elements(result.Tree, new Dictionary<string, string>(), new Dictionary<string, JsonNode?>());

        Assert.Equal(["data-frame", "image"], outputs.Select(o => (string)o!["kind"]!));
        var grid = outputs[0]!;
        Assert.Equal(ApiOutput.MaxRows, grid["rows"]!.AsArray().Count);
        Assert.Equal(ApiOutput.MaxRows + 5, (long)grid["totalRows"]!);
        Assert.Equal("""{"id":1,"score":0.5}""", grid["rows"]![1]!.ToJsonString());
        Assert.Null(grid["rows"]![0]!["score"]); // not a number has no JSON form
        Assert.Single(outputs[1]!.AsObject());
    }

    [Fact]
    public void DatesAreIsoTextAndWholeNumbersStayWhole()
    {
        Assert.Equal("2026-12-08T06:00:00.0000000Z", ApiOutput.Value(new DateTime(2026, 12, 8, 6, 0, 0, DateTimeKind.Utc))!.GetValue<string>());
        Assert.Equal(42L, ApiOutput.Value(42L)!.GetValue<long>());
        Assert.Equal(7L, ApiOutput.Value((byte)7)!.GetValue<long>());
        Assert.Null(ApiOutput.Value(float.PositiveInfinity));
    }
}

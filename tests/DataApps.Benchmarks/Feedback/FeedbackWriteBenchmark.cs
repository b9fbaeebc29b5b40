using System.Diagnostics;
using DataApps.Hosting.Feedback;
using DataApps.Tests.Shared;

namespace DataApps.Benchmarks.Feedback;

/// <summary>
/// <c>feedback</c>: the latency of one feedback write (<see cref="IFeedbackStore.AddAsync"/>, what a click on recorded feedback
/// costs the run) on SQLite (a temporary file, WAL) and on PostgreSQL (a local server with fsync on), one writer after another:
/// 200 warm-up writes, then 2,000 timed ones each. Then a read of one item's latest value (what a returning user's first run does).
/// </summary>
public static class FeedbackWriteBenchmark
{
    private const int Warmup = 200;
    private const int Writes = 2000;

    public static async Task RunAsync()
    {
        Console.WriteLine($"feedback write latency, {Writes} sequential writes after {Warmup} warm-up (ms)");
        Console.WriteLine($"{"store",-28} {"p50",8} {"p99",8} {"mean",8} {"max",8}   latest-value read p50");
        var folder = Directory.CreateTempSubdirectory("dataapps-feedback-bench-").FullName;
        try
        {
            using (var sqlite = SqliteFeedbackStore.ForFile(Path.Combine(folder, "feedback.db")))
            {
                await MeasureAsync("SQLite (WAL, synchronous=FULL)", sqlite);
            }

            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            if (PostgresServer.MissingReason is { } missing)
            {
                Console.WriteLine($"PostgreSQL: skipped ({missing})");
                return;
            }

            using var server = await PostgresServer.StartAsync(durable: true);
            await using var postgres = new PostgresFeedbackStore(await server.NewDatabaseAsync());
            await MeasureAsync("PostgreSQL 15 (fsync on)", postgres);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task MeasureAsync(string name, IFeedbackStore store)
    {
        var times = new double[Writes];
        for (var i = -Warmup; i < Writes; i++)
        {
            var entry = new FeedbackEntry { Page = "/predictions", Item = $"p-{i % 500}", Kind = "thumbs", User = $"user-{i % 20}", Value = (i % 2).ToString(System.Globalization.CultureInfo.InvariantCulture) };
            var start = Stopwatch.GetTimestamp();
            await store.AddAsync(entry);
            if (i >= 0)
            {
                times[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            }
        }

        var reads = new double[200];
        for (var i = 0; i < reads.Length; i++)
        {
            var start = Stopwatch.GetTimestamp();
            await store.QueryAsync(new FeedbackQuery { Page = "/predictions", Item = $"p-{i}", Kind = "thumbs", User = $"user-{i % 20}", Limit = 1 });
            reads[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        }

        Array.Sort(times);
        Array.Sort(reads);
        Console.WriteLine($"{name,-28} {times[Writes / 2],8:F3} {times[Writes * 99 / 100],8:F3} {times.Average(),8:F3} {times[^1],8:F3}   {reads[reads.Length / 2],8:F3}");
    }
}

using System.Text;
using DataApps.Hosting.Tests.Circuits;
using Parquet;
using Parquet.Schema;

namespace DataApps.Hosting.Tests.Feedback;

/// <summary>What every <see cref="IFeedbackStore"/> does: the memory, SQLite and PostgreSQL stores run these same tests.</summary>
public abstract class FeedbackStoreContract
{
    private protected ManualTime Time { get; } = new();

    /// <summary>A new, empty store on <see cref="Time"/>.</summary>
    private protected abstract Task<IFeedbackStore> NewStoreAsync();

    [Fact]
    public async Task AddedRecordsComeBackWithIdsInOrderAndTheStoreTime()
    {
        var store = await NewStoreAsync();

        var first = await store.AddAsync(Some.Entry(item: "a", value: "1"), TestContext.Current.CancellationToken);
        Time.Advance(TimeSpan.FromSeconds(1.5));
        var second = await store.AddAsync(Some.Entry(item: "b", value: null, previous: "1", note: "changed my mind", user: null), TestContext.Current.CancellationToken);

        Assert.True(second.Id > first.Id);
        Assert.Equal(Time.GetUtcNow(), second.At);
        Assert.Equal([first, second], await store.QueryAsync(null, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task QueriesFilterByPageItemUserKindAndSince()
    {
        var store = await NewStoreAsync();
        await store.AddAsync(Some.Entry(page: "/a", item: "1", user: "alice", kind: "thumbs"), TestContext.Current.CancellationToken);
        Time.Advance(TimeSpan.FromMinutes(1));
        var since = Time.GetUtcNow();
        var match = await store.AddAsync(Some.Entry(page: "/a", item: "1", user: "alice", kind: "thumbs"), TestContext.Current.CancellationToken);
        await store.AddAsync(Some.Entry(page: "/b", item: "1", user: "alice", kind: "thumbs"), TestContext.Current.CancellationToken);
        await store.AddAsync(Some.Entry(page: "/a", item: "2", user: "alice", kind: "thumbs"), TestContext.Current.CancellationToken);
        await store.AddAsync(Some.Entry(page: "/a", item: "1", user: "bob", kind: "thumbs"), TestContext.Current.CancellationToken);
        await store.AddAsync(Some.Entry(page: "/a", item: "1", user: "alice", kind: "flag"), TestContext.Current.CancellationToken);

        var found = await store.QueryAsync(new FeedbackQuery { Page = "/a", Item = "1", User = "alice", Kind = "thumbs", Since = since }, TestContext.Current.CancellationToken);

        Assert.Equal([match], found);
        Assert.Equal(4, (await store.QueryAsync(new FeedbackQuery { Item = "1" }, TestContext.Current.CancellationToken)).Count(e => e.At >= since));
    }

    [Fact]
    public async Task ALimitReturnsTheNewestRecordsOldestFirst()
    {
        var store = await NewStoreAsync();
        for (var i = 0; i < 5; i++)
        {
            await store.AddAsync(Some.Entry(value: i.ToString(System.Globalization.CultureInfo.InvariantCulture)), TestContext.Current.CancellationToken);
        }

        var newest = await store.QueryAsync(new FeedbackQuery { Limit = 2 }, TestContext.Current.CancellationToken);

        Assert.Equal(["3", "4"], newest.Select(e => e.Value));
    }

    [Fact]
    public async Task TextThatLooksLikeSqlIsStoredAsText()
    {
        var store = await NewStoreAsync();
        const string hostile = "x'); DROP TABLE dataapps_feedback; --";

        await store.AddAsync(Some.Entry(item: hostile, note: "\" OR 1=1 --"), TestContext.Current.CancellationToken);

        var found = Assert.Single(await store.QueryAsync(new FeedbackQuery { Item = hostile }, TestContext.Current.CancellationToken));
        Assert.Equal("\" OR 1=1 --", found.Note);
        Assert.Empty(await store.QueryAsync(new FeedbackQuery { Item = "x' OR '1'='1" }, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task CsvExportHasAHeaderARowPerRecordAndNeutralisedFormulas()
    {
        var store = await NewStoreAsync();
        await store.AddAsync(Some.Entry(item: "img-1", value: "cat", note: "=HYPERLINK(\"https://evil\")"), TestContext.Current.CancellationToken);
        await store.AddAsync(Some.Entry(item: "img-2", value: "dog, maybe", user: null), TestContext.Current.CancellationToken);

        using var csv = new MemoryStream();
        await store.ExportAsync(csv, FeedbackExportFormat.Csv, new FeedbackQuery { Page = "/label" }, TestContext.Current.CancellationToken);

        var lines = Encoding.UTF8.GetString(csv.ToArray()).TrimEnd('\n').Split('\n');
        Assert.Equal("id,at,user,page,item,kind,value,previous_value,note", lines[0]);
        Assert.Equal(3, lines.Length);
        Assert.EndsWith(",alice,/label,img-1,label,cat,,\"'=HYPERLINK(\"\"https://evil\"\")\"", lines[1], StringComparison.Ordinal);
        Assert.Contains(",2026-01-01T00:00:00.000Z,,/label,img-2,label,\"dog, maybe\",,", lines[2], StringComparison.Ordinal);
    }

    [Fact]
    public async Task ParquetExportReadsBackWithTheColumnsAndRows()
    {
        var store = await NewStoreAsync();
        var a = await store.AddAsync(Some.Entry(item: "img-1", value: "cat"), TestContext.Current.CancellationToken);
        Time.Advance(TimeSpan.FromSeconds(2));
        var b = await store.AddAsync(Some.Entry(item: "img-1", value: "dog", previous: "cat", note: "oops", user: null), TestContext.Current.CancellationToken);

        using var file = new MemoryStream();
        await store.ExportAsync(file, FeedbackExportFormat.Parquet, null, TestContext.Current.CancellationToken);

        file.Position = 0;
        await using var reader = await ParquetReader.CreateAsync(file, cancellationToken: TestContext.Current.CancellationToken);
        var fields = reader.Schema.GetDataFields();
        Assert.Equal(["id", "at", "user", "page", "item", "kind", "value", "previous_value", "note"], fields.Select(f => f.Name));
        Assert.Equal(1, reader.RowGroupCount);
        using var group = reader.OpenRowGroupReader(0);
        Assert.Equal(2, group.RowCount);
        var ids = new long[2];
        await group.ReadAsync<long>(fields[0], ids.AsMemory(), cancellationToken: TestContext.Current.CancellationToken);
        var times = new DateTime[2];
        await group.ReadAsync<DateTime>(fields[1], times.AsMemory(), cancellationToken: TestContext.Current.CancellationToken);
        Assert.Equal([a.Id, b.Id], ids);
        Assert.Equal([a.At.UtcDateTime, b.At.UtcDateTime], times);
        Assert.Equal(["alice", null], await Strings(group, fields[2]));
        Assert.Equal(["cat", "dog"], await Strings(group, fields[6]));
        Assert.Equal([null, "cat"], await Strings(group, fields[7]));
        Assert.Equal([null, "oops"], await Strings(group, fields[8]));
    }

    private static async Task<string?[]> Strings(ParquetRowGroupReader group, DataField field)
    {
        var values = new string?[(int)group.RowCount];
        await group.ReadAsync(field, values.AsMemory(), cancellationToken: TestContext.Current.CancellationToken);
        return values;
    }

    private static class Some
    {
        public static FeedbackEntry Entry(string page = "/label", string item = "img-1", string? user = "alice", string kind = "label",
            string? value = "cat", string? previous = null, string? note = null) =>
            new() { Page = page, Item = item, User = user, Kind = kind, Value = value, PreviousValue = previous, Note = note };
    }
}

/// <summary>The contract, for the in-memory store AppTest uses.</summary>
public sealed class MemoryFeedbackStoreTests : FeedbackStoreContract
{
    private protected override Task<IFeedbackStore> NewStoreAsync() => Task.FromResult<IFeedbackStore>(new DataApps.Feedback.MemoryFeedbackStore(Time));
}

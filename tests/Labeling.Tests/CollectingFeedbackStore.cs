using System.Text;
using DataApps;

namespace Labeling.Tests;

/// <summary>A hand-written feedback store: keeps records in a list and exports them as CSV (Parquet is not supported here).</summary>
internal sealed class CollectingFeedbackStore : IFeedbackStore
{
    private readonly List<FeedbackEntry> _entries = [];
    private DateTimeOffset _clock = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);

    public IReadOnlyList<FeedbackEntry> Entries
    {
        get
        {
            lock (_entries)
            {
                return [.. _entries];
            }
        }
    }

    public Task<FeedbackEntry> AddAsync(FeedbackEntry entry, CancellationToken cancellationToken = default)
    {
        lock (_entries)
        {
            _clock = _clock.AddSeconds(1);
            var stored = entry with { Id = _entries.Count + 1, At = _clock };
            _entries.Add(stored);
            return Task.FromResult(stored);
        }
    }

    public Task<IReadOnlyList<FeedbackEntry>> QueryAsync(FeedbackQuery? query = null, CancellationToken cancellationToken = default)
    {
        query ??= new FeedbackQuery();
        IReadOnlyList<FeedbackEntry> matching = [.. Entries.Where(e => (query.Page is null || e.Page == query.Page)
            && (query.Item is null || e.Item == query.Item) && (query.User is null || e.User == query.User)
            && (query.Kind is null || e.Kind == query.Kind))];
        return Task.FromResult(matching);
    }

    public async Task ExportAsync(Stream destination, FeedbackExportFormat format, FeedbackQuery? query = null, CancellationToken cancellationToken = default)
    {
        if (format != FeedbackExportFormat.Csv)
        {
            throw new NotSupportedException("This test store writes CSV only.");
        }

        var csv = new StringBuilder("id,user,page,item,kind,value,previous_value,note\n");
        foreach (var e in await QueryAsync(query, cancellationToken))
        {
            csv.Append(string.Join(',', e.Id, e.User, e.Page, e.Item, e.Kind, Quote(e.Value), Quote(e.PreviousValue), Quote(e.Note))).Append('\n');
        }

        await destination.WriteAsync(Encoding.UTF8.GetBytes(csv.ToString()), cancellationToken);
    }

    /// <summary>Adds a label record as the label page would, for setting up a review.</summary>
    public void Label(string user, string item, string label) =>
        AddAsync(new FeedbackEntry { User = user, Page = "/label", Item = item, Kind = "label", Value = label }).GetAwaiter().GetResult();

    private static string Quote(string? value) => value is null ? "" : "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}

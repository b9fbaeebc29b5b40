namespace DataApps.Feedback;

/// <summary>An <see cref="IFeedbackStore"/> in this process's memory: what AppTest uses unless a test registers another.</summary>
internal sealed class MemoryFeedbackStore(TimeProvider? time = null) : IFeedbackStore
{
    private readonly TimeProvider _time = time ?? TimeProvider.System;
    private readonly List<FeedbackEntry> _entries = [];

    public Task<FeedbackEntry> AddAsync(FeedbackEntry entry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        lock (_entries)
        {
            var stored = entry with { Id = _entries.Count + 1, At = _time.GetUtcNow() };
            _entries.Add(stored);
            return Task.FromResult(stored);
        }
    }

    public Task<IReadOnlyList<FeedbackEntry>> QueryAsync(FeedbackQuery? query = null, CancellationToken cancellationToken = default)
    {
        query ??= new FeedbackQuery();
        lock (_entries)
        {
            var matching = _entries.Where(e =>
                (query.Page is null || e.Page == query.Page) && (query.Item is null || e.Item == query.Item)
                && (query.User is null || e.User == query.User) && (query.Kind is null || e.Kind == query.Kind)
                && (query.Since is null || e.At >= query.Since));
            var list = query.Limit is int limit ? matching.TakeLast(limit).ToList() : matching.ToList();
            return Task.FromResult<IReadOnlyList<FeedbackEntry>>(list);
        }
    }

    public async Task ExportAsync(Stream destination, FeedbackExportFormat format, FeedbackQuery? query = null, CancellationToken cancellationToken = default) =>
        await FeedbackExport.WriteAsync(destination, format, await QueryAsync(query, cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
}

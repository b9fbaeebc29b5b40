namespace DataApps;

/// <summary>The formats <see cref="IFeedbackStore.ExportAsync"/> writes.</summary>
public enum FeedbackExportFormat
{
    /// <summary>Comma-separated values with a header row (RFC 4180).</summary>
    Csv,

    /// <summary>Apache Parquet, one row group.</summary>
    Parquet,
}

/// <summary>
/// Where feedback and corrections are kept: an append-only history of <see cref="FeedbackEntry"/> records shared by every
/// session and replica. Take it through the page's constructor.
/// </summary>
/// <example><c>public sealed class LabelPage(IFeedbackStore store) : DataPage { … }</c></example>
public interface IFeedbackStore
{
    /// <summary>Stores a record and returns it with its <see cref="FeedbackEntry.Id"/> and <see cref="FeedbackEntry.At"/> set.</summary>
    /// <param name="entry">The record; its <c>Id</c> and <c>At</c> are ignored.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    Task<FeedbackEntry> AddAsync(FeedbackEntry entry, CancellationToken cancellationToken = default);

    /// <summary>Reads the records that match <paramref name="query"/>, oldest first.</summary>
    /// <param name="query">Which records; <c>null</c> for all.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    Task<IReadOnlyList<FeedbackEntry>> QueryAsync(FeedbackQuery? query = null, CancellationToken cancellationToken = default);

    /// <summary>Writes the records that match <paramref name="query"/> to <paramref name="destination"/>, oldest first.</summary>
    /// <param name="destination">Where to write; left open.</param>
    /// <param name="format">CSV or Parquet.</param>
    /// <param name="query">Which records; <c>null</c> for all.</param>
    /// <param name="cancellationToken">Cancels the export.</param>
    Task ExportAsync(Stream destination, FeedbackExportFormat format, FeedbackQuery? query = null, CancellationToken cancellationToken = default);
}

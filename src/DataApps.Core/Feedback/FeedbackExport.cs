using System.Globalization;
using DataApps.Data;
using Microsoft.Data.Analysis;
using Parquet;
using Parquet.Schema;

namespace DataApps.Feedback;

/// <summary>
/// Writes feedback records as CSV or Parquet, the same columns for every store: <c>id, at, user, page, item, kind, value,
/// previous_value, note</c>. CSV goes through the repository's CSV writer, so cells that a spreadsheet would run as a
/// formula are neutralised (Note [Formula cells] in CsvWriter); Parquet keeps <c>null</c> apart from empty text.
/// </summary>
internal static class FeedbackExport
{
    /// <summary>The column names, in order.</summary>
    public static readonly IReadOnlyList<string> Columns = ["id", "at", "user", "page", "item", "kind", "value", "previous_value", "note"];

    public static async Task WriteAsync(Stream destination, FeedbackExportFormat format, IReadOnlyList<FeedbackEntry> entries, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(destination);
        ArgumentNullException.ThrowIfNull(entries);
        // Both writers go through a buffer: the CSV writer is synchronous (an HTTP response refuses synchronous writes) and
        // Parquet seeks back to write its footer.
        using var buffer = new MemoryStream();
        switch (format)
        {
            case FeedbackExportFormat.Csv:
                CsvWriter.Write(ToFrame(entries), buffer, new CsvOptions());
                break;
            case FeedbackExportFormat.Parquet:
                await WriteParquetAsync(buffer, entries, cancellationToken).ConfigureAwait(false);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(format), format, "Feedback exports as Csv or Parquet.");
        }

        buffer.Position = 0;
        await buffer.CopyToAsync(destination, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The time as it appears in a CSV export: ISO 8601 in UTC with milliseconds, e.g. <c>2026-12-08T04:50:00.123Z</c>.</summary>
    public static string FormatTime(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    private static DataFrame ToFrame(IReadOnlyList<FeedbackEntry> entries)
    {
        var id = new PrimitiveDataFrameColumn<long>("id", entries.Select(e => e.Id));
        return new DataFrame(id,
            Text("at", entries, e => FormatTime(e.At)),
            Text("user", entries, e => e.User),
            Text("page", entries, e => e.Page),
            Text("item", entries, e => e.Item),
            Text("kind", entries, e => e.Kind),
            Text("value", entries, e => e.Value),
            Text("previous_value", entries, e => e.PreviousValue),
            Text("note", entries, e => e.Note));
    }

    private static StringDataFrameColumn Text(string name, IReadOnlyList<FeedbackEntry> entries, Func<FeedbackEntry, string?> select) =>
        new(name, entries.Select(select));

    private static async Task WriteParquetAsync(Stream stream, IReadOnlyList<FeedbackEntry> entries, CancellationToken cancellationToken)
    {
        var id = new DataField<long>("id");
        var at = new DataField<DateTime>("at");
        var text = Columns.Skip(2).Select(name => new DataField<string>(name, true)).ToArray();
        var schema = new ParquetSchema([id, at, .. text]);
        await using var writer = await ParquetWriter.CreateAsync(schema, stream, cancellationToken: cancellationToken).ConfigureAwait(false);
        using var group = writer.CreateRowGroup();
        await group.WriteAsync<long>(id, entries.Select(e => e.Id).ToArray(), cancellationToken: cancellationToken).ConfigureAwait(false);
        await group.WriteAsync<DateTime>(at, entries.Select(e => e.At.UtcDateTime).ToArray(), cancellationToken: cancellationToken).ConfigureAwait(false);
        Func<FeedbackEntry, string?>[] values = [e => e.User, e => e.Page, e => e.Item, e => e.Kind, e => e.Value, e => e.PreviousValue, e => e.Note];
        for (var c = 0; c < text.Length; c++)
        {
            await group.WriteAsync(text[c], entries.Select(values[c]).ToArray()).ConfigureAwait(false);
        }
    }
}

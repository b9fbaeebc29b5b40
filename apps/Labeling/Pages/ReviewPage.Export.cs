using DataApps;

namespace Labeling.Pages;

internal sealed partial class ReviewPage
{
    /// <summary>Exports every record of the store (labels, boxes, undos, final labels) as CSV or Parquet; says so when the store cannot.</summary>
    private async Task ExportAsync(Ui ui, CancellationToken ct)
    {
        ui.Subheader("Export");
        var format = ui.SegmentedControl("Format", [FeedbackExportFormat.Csv, FeedbackExportFormat.Parquet], index: 0, key: "format");
        var extension = format == FeedbackExportFormat.Parquet ? "parquet" : "csv";
        byte[] bytes;
        try
        {
            using var buffer = new MemoryStream();
            await store.ExportAsync(buffer, format, query: null, ct);
            bytes = buffer.ToArray();
        }
        catch (NotSupportedException e)
        {
            ui.Error($"This feedback store cannot export: {e.Message} Configure a store that can " +
                "(DataApps:Feedback:Provider Sqlite or PostgreSql, see docs/apps/labeling.md); the labels are safe meanwhile.");
            return;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            ui.Error($"The export failed: {e.Message}");
            return;
        }

        ui.DownloadButton($"Download all labels ({(format == FeedbackExportFormat.Parquet ? "Parquet" : "CSV")})", bytes,
            $"labels-{DateTime.UtcNow:yyyyMMdd}.{extension}", format == FeedbackExportFormat.Parquet ? "application/vnd.apache.parquet" : "text/csv");
        ui.Caption($"Every record of the store, oldest first: {bytes.Length:N0} bytes.");
    }
}

using DataApps;
using Labeling.Items;
using Labeling.Labels;
using Labeling.Review;
using Microsoft.AspNetCore.Authorization;

namespace Labeling.Pages;

/// <summary>For reviewers: agreement between labelers (percent agreement, Cohen's or Fleiss' kappa), the items in disagreement, final labels, and the export of every record.</summary>
[Page(Labelbook.ReviewPage, Title = "Review", Icon = "fact_check", Order = 3)]
[Authorize(Roles = Role)]
internal sealed partial class ReviewPage(ItemSet items, IFeedbackStore store) : DataPage
{
    /// <summary>The role that may see this page.</summary>
    public const string Role = "reviewer";

    private readonly Labelbook _book = new(store);

    public override async Task RunAsync(Ui ui, CancellationToken ct)
    {
        ui.Title("Review");
        var all = await _book.AllAsync(ct);
        var finals = await _book.FinalLabelsAsync(ct);
        var report = Agreement.Compute(Ratings(all));

        Summary(ui, report);
        if (report.Items.Count > 0)
        {
            ui.Subheader("Per item");
            ui.Table(report.Items.Select(a => new
            {
                Item = a.Item,
                What = items.Find(a.Item)?.Title ?? "(not in this item set)",
                Labels = string.Join(", ", a.Labels.Select(l => $"{Labeler.Display(l.Key)}: {l.Value}")),
                Agreement = a.Agreement is double p ? Labeler.Percent(p) : "–",
                Model = items.Find(a.Item)?.Suggestion.Label ?? "",
                Final = finals.GetValueOrDefault(a.Item) ?? "",
            }), maxRows: 1000);
        }

        await FinalLabelAsync(ui, report, finals, ct);
        await ExportAsync(ui, ct);
    }

    /// <summary>Each item's current label per labeler (labels taken back by undo left out), in the item set's order.</summary>
    internal IEnumerable<KeyValuePair<string, IReadOnlyDictionary<string, string>>> Ratings(IReadOnlyList<FeedbackEntry> all)
    {
        var byItem = new Dictionary<string, IReadOnlyDictionary<string, string>>(StringComparer.Ordinal);
        foreach (var labeler in all.GroupBy(e => e.User ?? ""))
        {
            foreach (var (item, label) in Labelbook.Latest(labeler, Labelbook.LabelKind))
            {
                if (label is not null)
                {
                    if (!byItem.TryGetValue(item, out var labels))
                    {
                        byItem[item] = labels = new Dictionary<string, string>(StringComparer.Ordinal);
                    }

                    ((Dictionary<string, string>)labels)[labeler.Key.Length == 0 ? Labeler.Display(null) : labeler.Key] = label;
                }
            }
        }

        var order = items.Items.Select((i, n) => (i.Id, n)).ToDictionary(p => p.Id, p => p.n, StringComparer.Ordinal);
        return byItem.OrderBy(p => order.GetValueOrDefault(p.Key, int.MaxValue)).ThenBy(p => p.Key, StringComparer.Ordinal);
    }

    private static void Summary(Ui ui, AgreementReport report)
    {
        var columns = ui.Columns(4);
        columns[0].Metric("Labelers", report.Labelers.Count);
        columns[1].Metric("Items compared", report.Compared);
        columns[2].Metric("Percent agreement", report.PercentAgreement is double p ? Labeler.Percent(p, 1) : "–");
        columns[3].Metric(report.KappaName, report.Kappa is double k ? k.ToString("0.000", System.Globalization.CultureInfo.InvariantCulture) : "–");
        if (report.KappaNote is { } note)
        {
            ui.Info(note);
        }

        ui.Caption(report.Labelers.Count > 2
            ? "Fleiss' kappa over the items at least two labelers labeled; 1 is perfect agreement, 0 what chance gives."
            : "Cohen's kappa over the items both labelers labeled; 1 is perfect agreement, 0 what chance gives.");
    }

    private async Task FinalLabelAsync(Ui ui, AgreementReport report, IReadOnlyDictionary<string, string> finals, CancellationToken ct)
    {
        ui.Subheader("Disagreements");
        var disagreements = report.Items.Where(a => a.Disagrees).ToList();
        if (disagreements.Count == 0)
        {
            ui.Success(report.Compared == 0 ? "Nothing to compare yet." : "The labelers agree on every item they share.");
            return;
        }

        ui.Table(disagreements.Select(a => new
        {
            Item = a.Item,
            Labels = string.Join(", ", a.Labels.Values.GroupBy(l => l).OrderByDescending(g => g.Count()).Select(g => $"{g.Key} ×{g.Count()}")),
            Final = finals.GetValueOrDefault(a.Item) ?? "",
        }), maxRows: 1000);

        var id = ui.SelectBox("Item to decide", disagreements.Select(a => a.Item), format: i => $"{i} · {items.Find(i)?.Title ?? i}", key: "decide");
        var chosen = disagreements.FirstOrDefault(a => a.Item == id);
        if (chosen is null)
        {
            return;
        }

        var item = items.Find(chosen.Item);
        if (item?.Kind == ItemKind.Text)
        {
            ui.Markdown("> " + Labeler.Escape(item.Text!));
        }

        var options = (item is null ? [] : items.LabelsOf(item)).Union(chosen.Labels.Values).ToList();
        var start = finals.GetValueOrDefault(chosen.Item) ?? chosen.Majority ?? item?.Suggestion.Label;
        var label = ui.Radio("Final label", options, index: Math.Max(0, options.IndexOf(start ?? "")), horizontal: true,
            format: l => $"{l} ({chosen.Labels.Values.Count(v => v == l)} of {chosen.Labels.Count})", key: "final-" + chosen.Item);
        if (ui.Button("Save final label", primary: true, key: "save-final"))
        {
            await _book.SaveFinalAsync(Labeler.Of(ui), chosen.Item, label, ct);
            ui.Toast($"Final label of {chosen.Item}: {label}.");
            ui.Rerun();
        }
    }
}

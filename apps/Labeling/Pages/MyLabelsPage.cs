using DataApps;
using Labeling.Items;
using Labeling.Labels;

namespace Labeling.Pages;

/// <summary>The user's own labels: the current label of every item they labeled, and the full history of their saves and undos.</summary>
[Page("/my-labels", Title = "My labels", Icon = "history", Order = 2)]
internal sealed class MyLabelsPage(ItemSet items, IFeedbackStore store) : DataPage
{
    private readonly Labelbook _book = new(store);

    public override async Task RunAsync(Ui ui, CancellationToken ct)
    {
        ui.Title("My labels");
        Labeler.NoteWhenAnonymous(ui);
        var user = Labeler.Of(ui);
        var mine = await _book.MineAsync(user, ct);
        var labels = Labelbook.Latest(mine, Labelbook.LabelKind);
        var boxes = Labelbook.Latest(mine, Labelbook.BoxesKind);
        var labeled = items.Items.Where(i => labels.GetValueOrDefault(i.Id) is not null).ToList();

        var columns = ui.Columns(3);
        var (left, middle, right) = (columns[0], columns[1], columns[2]);
        left.Metric("Labeled", $"{labeled.Count} / {items.Items.Count}");
        middle.Metric("Same as the model", labeled.Count == 0 ? "–" : Labeler.Percent(labeled.Count(i => labels[i.Id] == i.Suggestion.Label) / (double)labeled.Count));
        right.Metric("Records", mine.Count);
        if (labeled.Count == 0)
        {
            ui.Info("You have not labeled anything yet.");
            ui.PageLink<LabelPage>("Start labeling");
            return;
        }

        ui.Subheader("Current labels");
        ui.Table(labeled.Select(i => new
        {
            Item = i.Id,
            What = i.Title,
            Label = labels[i.Id]!,
            Model = i.Suggestion.Label,
            Boxes = i.Kind == ItemKind.Image ? (Labelbook.ParseBoxes(boxes.GetValueOrDefault(i.Id))?.Length.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "?") : "",
        }), maxRows: 500);

        var relabel = items.Find(ui.SelectBox("Label an item again", labeled.Select(i => i.Id), index: null, format: id => $"{id} · {items.Find(id)!.Title}", key: "relabel"));
        if (relabel is not null)
        {
            ui.PageLink<LabelPage>($"Open {relabel.Id} to label it again", query: [new("item", relabel.Id)]);
        }

        ui.Subheader("History");
        ui.Caption("Every save and undo, newest first: nothing is overwritten, a correction is a new record that names the value it replaced.");
        ui.Table(mine.OrderByDescending(e => e.Id).Select(e => new
        {
            e.Id,
            When = e.At.ToString("yyyy-MM-dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture),
            e.Item,
            e.Kind,
            Value = Short(e.Value),
            Previous = Short(e.PreviousValue),
            Note = e.Note ?? "",
        }), maxRows: 500);
    }

    private static string Short(string? value) => value is null ? "(none)" : value.Length <= 60 ? value : value[..57] + "…";
}

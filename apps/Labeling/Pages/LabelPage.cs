using DataApps;
using DataApps.Components.ImageAnnotator;
using Labeling.Items;
using Labeling.Labels;

namespace Labeling.Pages;

/// <summary>The labeling queue: one item at a time, labeled with buttons or the keys 1–9, boxes corrected on images, save and next, skip, undo.</summary>
[Page(Labelbook.LabelPage, Title = "Label", Icon = "label", Order = 1, Default = true)]
internal sealed class LabelPage(ItemSet items, IFeedbackStore store) : DataPage
{
    /// <summary>The state key of the message shown once after a save, a skip or an undo.</summary>
    internal const string FlashKey = "flash";

    /// <summary>The state key of the item shown next whatever the queue says (the one just undone).</summary>
    internal const string FocusKey = "focus";

    /// <summary>The state key of the items skipped in this session, in the order they were skipped.</summary>
    internal const string SkippedKey = "skipped";

    private readonly Labelbook _book = new(store);

    public override async Task RunAsync(Ui ui, CancellationToken ct)
    {
        ui.Title("Label");
        if (ui.State.Get<string?>(FlashKey, null) is { } flash)
        {
            ui.Toast(flash);
            ui.State.Remove(FlashKey);
        }

        Labeler.NoteWhenAnonymous(ui);
        var user = Labeler.Of(ui);
        var mine = await _book.MineAsync(user, ct);
        var labels = Labelbook.Latest(mine, Labelbook.LabelKind);
        var done = items.Items.Count(i => labels.GetValueOrDefault(i.Id) is not null);
        ui.Progress((double)done / items.Items.Count, $"{done} of {items.Items.Count} labeled by {Labeler.Display(user)}");
        Sidebar(ui, user, done);

        var item = Current(ui, labels);
        if (item is null)
        {
            ui.Success($"All {items.Items.Count} items are labeled. Thank you! Your labels are on the **My labels** page.");
            await UndoButtonAsync(ui, user, mine, ct);
            return;
        }

        var mineNow = labels.GetValueOrDefault(item.Id);
        ui.Subheader($"{(item.Kind == ItemKind.Text ? "Text" : "Image")} {IndexOf(item) + 1} of {items.Items.Count}");
        ui.Caption($"Item {item.Id}");
        var boxes = Show(ui, item, mine);
        var suggestion = item.Suggestion;
        ui.Markdown($"The model suggests **{Labeler.Escape(suggestion.Label)}**" +
            (suggestion.Confidence is double c ? $" ({Labeler.Percent(c)} sure)" : "") +
            (item.Kind == ItemKind.Image ? $" and {Count(item.SuggestedBoxes.Count, "box", "boxes")}." : "."));
        if (mineNow is not null)
        {
            ui.Info($"You labeled this item **{Labeler.Escape(mineNow)}**. Saving again replaces that label (undo brings it back).");
        }

        var choices = items.LabelsOf(item);
        var selected = mineNow ?? suggestion.Label;
        var columns = ui.Columns(choices.Count);
        string? chosen = null;
        for (var i = 0; i < choices.Count; i++)
        {
            var key = (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (columns[i].Button(choices[i], primary: choices[i] == selected, key: "label-" + choices[i], shortcut: key,
                help: $"Label it {choices[i]} and go on (key {key})"))
            {
                chosen = choices[i];
            }
        }

        var actions = ui.Columns(3);
        var (save, skip, undo) = (actions[0], actions[1], actions[2]);
        if (save.Button("Save and next", key: "save", shortcut: "Enter", help: $"Save the highlighted label ({selected}) and go on (Enter)"))
        {
            chosen = selected;
        }

        if (chosen is not null)
        {
            await _book.SaveAsync(user, item, chosen, boxes, mine, ct);
            Next(ui, item, $"Saved {item.Id} as {chosen}" + (boxes is null ? "." : $" with {Count(boxes.Count, "box", "boxes")}."));
        }

        if (skip.Button("Skip", key: "skip", shortcut: "s", help: "Leave it for later (S)"))
        {
            var skipped = ui.State.Get<string[]>(SkippedKey, []).Where(id => id != item.Id).Append(item.Id).ToArray();
            ui.State[SkippedKey] = skipped;
            Next(ui, item, $"Skipped {item.Id}; it comes back after the others.");
        }

        await UndoButtonAsync(undo, user, mine, ct);
        ui.Caption($"Keys: 1–{choices.Count} label and go on · Enter saves the highlighted label · S skips · U undoes your last save.");
    }

    /// <summary>The item to show: the one asked for in the URL (<c>?item=</c>), the one just undone, else the first unlabeled one (skipped ones last).</summary>
    private LabelItem? Current(Ui ui, IReadOnlyDictionary<string, string?> labels)
    {
        if (ui.QueryParams["item"] is { } asked)
        {
            if (items.Find(asked) is { } wanted)
            {
                return wanted;
            }

            ui.Warning($"There is no item '{Labeler.Escape(asked)}' in this set; showing the next item to label instead.");
        }

        if (items.Find(ui.State.Get<string?>(FocusKey, null)) is { } focus)
        {
            return focus;
        }

        var skipped = ui.State.Get<string[]>(SkippedKey, []);
        var open = items.Items.Where(i => labels.GetValueOrDefault(i.Id) is null).ToList();
        return open.FirstOrDefault(i => !skipped.Contains(i.Id))
            ?? skipped.Select(items.Find).FirstOrDefault(i => i is not null && open.Contains(i));
    }

    /// <summary>Shows the item; for an image, the annotator with the user's saved boxes or the model's, and returns its boxes.</summary>
    private IReadOnlyList<AnnotationBox>? Show(Ui ui, LabelItem item, IReadOnlyList<FeedbackEntry> mine)
    {
        if (item.Kind == ItemKind.Text)
        {
            ui.Container(c => c.Markdown("### " + Labeler.Escape(item.Text!)), border: true);
            return null;
        }

        var saved = Labelbook.Latest(mine, Labelbook.BoxesKind).GetValueOrDefault(item.Id);
        var start = Labelbook.ParseBoxes(saved);
        if (saved is not null && start is null)
        {
            ui.Warning($"Your saved boxes of {item.Id} could not be read; the annotator starts from the model's boxes.");
        }

        ui.Caption("Correct the boxes: drag on the image to draw one with the current box label, drag a box to move it, its handles to resize it; Delete removes the selected box.");
        return ui.ImageAnnotator(item.Image!, items.BoxLabels, boxes: start ?? item.SuggestedBoxes, key: "boxes-" + item.Id);
    }

    private async Task UndoButtonAsync(Ui ui, string? user, IReadOnlyList<FeedbackEntry> mine, CancellationToken ct)
    {
        var last = Labelbook.LastSave(mine);
        if (!ui.Button("Undo last save", key: "undo", shortcut: "u", disabled: last.Count == 0,
            help: last.Count == 0 ? "Nothing to undo" : $"Take back your last save ({last[0].Item}) (U)"))
        {
            return;
        }

        var item = await _book.UndoAsync(user, mine, ct);
        if (item is not null)
        {
            ui.State[FocusKey] = item;
            ui.State[FlashKey] = $"Undid your last save of {item}.";
            ui.Rerun();
        }
    }

    private void Next(Ui ui, LabelItem item, string message)
    {
        ui.State[FlashKey] = message;
        ui.State.Remove(FocusKey);
        if (ui.QueryParams["item"] == item.Id)
        {
            ui.QueryParams.Remove("item");
        }

        ui.Rerun();
    }

    private void Sidebar(Ui ui, string? user, int done)
    {
        var side = ui.Sidebar;
        side.Subheader(items.Name);
        side.Metric("Labeled", $"{done} / {items.Items.Count}");
        side.Caption($"Labeling as {Labeler.Display(user)}.");
    }

    private int IndexOf(LabelItem item) => items.Items.ToList().IndexOf(item);

    private static string Count(int n, string one, string many) => $"{n} {(n == 1 ? one : many)}";
}

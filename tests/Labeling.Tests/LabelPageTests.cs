using System.Text.Json;
using DataApps;
using DataApps.Components.ImageAnnotator;
using DataApps.Testing;
using Labeling.Pages;

namespace Labeling.Tests;

public sealed class LabelPageTests
{
    private static readonly AppUser Alice = AppUser.Create("alice", "analyst");

    [Fact]
    public async Task ThePageShowsTheFirstItemWithTheModelsLabelHighlightedAndNumberedShortcuts()
    {
        using var app = await Some.OpenAsync<LabelPage>(new CollectingFeedbackStore(), Alice);

        Assert.Equal("Item txt-1", app.Caption(0));
        Assert.Contains("Great battery\\.", app.Markdowns[0], StringComparison.Ordinal);
        Assert.Contains("The model suggests **positive** (90% sure).", app.Markdowns);
        var buttons = app.Get<ButtonElement>();
        Assert.Equal(["1", "2", "3"], buttons.Where(b => b.Label is "positive" or "negative" or "neutral").Select(b => b.Shortcut));
        Assert.True(buttons.Single(b => b.Label == "positive").Primary);
        Assert.False(buttons.Single(b => b.Label == "negative").Primary);
        Assert.Equal("enter", buttons.Single(b => b.Label == "Save and next").Shortcut);
        Assert.Equal("0 of 4 labeled by alice", app.Progress().Text);
    }

    [Fact]
    public async Task ClickingALabelStoresItForTheUserAndShowsTheNextItem()
    {
        var store = new CollectingFeedbackStore();
        using var app = await Some.OpenAsync<LabelPage>(store, Alice);

        await app.Button("label-negative").Click().RunAsync();

        var entry = Assert.Single(store.Entries);
        Assert.Equal(("alice", "/label", "txt-1", "label", "negative", (string?)null), (entry.User, entry.Page, entry.Item, entry.Kind, entry.Value, entry.PreviousValue));
        Assert.Equal("Item txt-2", app.Caption(0));
        Assert.Equal("1 of 4 labeled by alice", app.Progress().Text);
        Assert.Equal(0.25, app.Progress().Value);
        Assert.Equal("Saved txt-1 as negative.", Assert.Single(app.Get<ToastElement>()).Text);
    }

    [Fact]
    public async Task SaveAndNextStoresTheHighlightedLabel()
    {
        var store = new CollectingFeedbackStore();
        using var app = await Some.OpenAsync<LabelPage>(store, Alice);

        await app.Button("save").Click().RunAsync();

        Assert.Equal("positive", Assert.Single(store.Entries).Value);
        Assert.Equal("Item txt-2", app.Caption(0));
    }

    [Fact]
    public async Task SkippingShowsTheNextItemAndTheSkippedOneComesBackLast()
    {
        var store = new CollectingFeedbackStore();
        using var app = await Some.OpenAsync<LabelPage>(store, Alice);

        await app.Button("skip").Click().RunAsync();
        Assert.Equal("Item txt-2", app.Caption(0));
        Assert.Empty(store.Entries);

        await app.Button("save").Click().RunAsync();
        await app.Button("save").Click().RunAsync(); // img-1
        await app.Button("save").Click().RunAsync(); // txt-3

        Assert.Equal("Item txt-1", app.Caption(0));
        Assert.Equal("3 of 4 labeled by alice", app.Progress().Text);
    }

    [Fact]
    public async Task CorrectedBoxesAreStoredAsJsonWithTheLabelAndReplaceTheSuggestionWhenTheItemIsShownAgain()
    {
        var store = new CollectingFeedbackStore();
        using var app = await Some.OpenAsync<LabelPage>(store, Alice);
        await app.Button("save").Click().RunAsync();
        await app.Button("save").Click().RunAsync();
        Assert.Equal("Item img-1", app.Caption(0));
        Assert.Equal(2, app.Component("boxes-img-1").Args.GetProperty("boxes").GetArrayLength());
        AnnotationBox[] corrected = [new("car", 12, 204, 160, 76), new("dog", 400, 250, 80, 50), new("person", 500, 150, 40, 130)];

        await app.Component("boxes-img-1").SetValue(corrected).RunAsync();
        await app.Button("label-park").Click().RunAsync();

        var label = store.Entries[^2];
        var boxes = store.Entries[^1];
        Assert.Equal(("img-1", "label", "park"), (label.Item, label.Kind, label.Value));
        Assert.Equal(("img-1", "boxes"), (boxes.Item, boxes.Kind));
        Assert.Equal(corrected, JsonSerializer.Deserialize<AnnotationBox[]>(boxes.Value!, JsonSerializerOptions.Web));
        Assert.Contains("\"label\":\"dog\"", boxes.Value, StringComparison.Ordinal);
        Assert.Null(boxes.PreviousValue);

        await app.Button("undo").Click().RunAsync(); // back to img-1, unlabeled, with the model's boxes again
        Assert.Equal("Item img-1", app.Caption(0));
        Assert.Equal(2, app.Component("boxes-img-1").Args.GetProperty("boxes").GetArrayLength());
    }

    [Fact]
    public async Task UndoWritesRecordsThatRestoreThePreviousValuesAndShowsTheItemAgain()
    {
        var store = new CollectingFeedbackStore();
        using var app = await Some.OpenAsync<LabelPage>(store, Alice);
        Assert.True(app.Find<ButtonElement>("undo").Disabled);
        await app.Button("label-neutral").Click().RunAsync();

        await app.Button("undo").Click().RunAsync();

        var undo = store.Entries[^1];
        Assert.Equal(("txt-1", "label", (string?)null, "neutral", "undo #1"), (undo.Item, undo.Kind, undo.Value, undo.PreviousValue, undo.Note));
        Assert.Equal("Item txt-1", app.Caption(0));
        Assert.Equal("0 of 4 labeled by alice", app.Progress().Text);
        Assert.True(app.Find<ButtonElement>("undo").Disabled);
    }

    [Fact]
    public async Task RelabelingThenUndoingPutsTheFirstLabelBack()
    {
        var store = new CollectingFeedbackStore();
        using var app = await Some.OpenAsync<LabelPage>(store, Alice);
        await app.Button("label-neutral").Click().RunAsync();
        await app.Button("undo").Click().RunAsync();
        await app.Button("label-negative").Click().RunAsync(); // txt-1 again, now negative
        await app.Button("label-neutral").Click().RunAsync(); // txt-2

        await app.Button("undo").Click().RunAsync();
        await app.Button("undo").Click().RunAsync();

        Assert.Equal(["neutral", null, "negative", "neutral", null, null], store.Entries.Select(e => e.Value));
        Assert.Equal(["undo #1", "undo #4", "undo #3"], store.Entries.Select(e => e.Note).OfType<string>());
        Assert.Equal("negative", store.Entries[^1].PreviousValue);
        Assert.True(app.Find<ButtonElement>("undo").Disabled);
    }

    [Fact]
    public async Task ProgressCountsOnlyTheUsersOwnLabels()
    {
        var store = new CollectingFeedbackStore();
        store.Label("bob", "txt-1", "positive");
        store.Label("bob", "txt-2", "negative");

        using var app = await Some.OpenAsync<LabelPage>(store, Alice);

        Assert.Equal("0 of 4 labeled by alice", app.Progress().Text);
        Assert.Equal("Item txt-1", app.Caption(0));
        Assert.Equal("0 / 4", app.Metric("Labeled").Value);
    }

    [Fact]
    public async Task WithoutSignInTheLabelsAreStoredWithoutAUserAndThePageSaysSo()
    {
        var store = new CollectingFeedbackStore();
        store.Label("bob", "txt-1", "positive");
        using var app = await Some.OpenAsync<LabelPage>(store);

        await app.Button("label-positive").Click().RunAsync();

        Assert.Contains("**anonymous** labeler", app.Info(0), StringComparison.Ordinal);
        Assert.Null(store.Entries[^1].User);
        Assert.Equal("1 of 4 labeled by anonymous", app.Progress().Text);
    }

    [Fact]
    public async Task WhenEveryItemIsLabeledThePageSaysSoAndUndoStillWorks()
    {
        var store = new CollectingFeedbackStore();
        foreach (var item in new[] { "txt-1", "txt-2", "img-1", "txt-3" })
        {
            store.Label("alice", item, item == "img-1" ? "street" : "neutral");
        }

        using var app = await Some.OpenAsync<LabelPage>(store, Alice);

        Assert.StartsWith("All 4 items are labeled.", app.Success(0), StringComparison.Ordinal);
        await app.Button("undo").Click().RunAsync();
        Assert.Equal("Item txt-3", app.Caption(0));
        Assert.Equal("3 of 4 labeled by alice", app.Progress().Text);
    }

    [Fact]
    public async Task TheShippedItemSetOpensWithItsFirstReview()
    {
        var items = Labeling.Items.ItemSet.Load(Path.Combine(AppContext.BaseDirectory, "Data", "items.json"));

        using var app = await Some.OpenAsync<LabelPage>(new CollectingFeedbackStore(), Alice, items);

        Assert.Equal("Item txt-01", app.Caption(0));
        Assert.Equal("0 of 48 labeled by alice", app.Progress().Text);
        Assert.Null(app.Exception);
    }
}

using DataApps;
using DataApps.Testing;
using Labeling.Pages;

namespace Labeling.Tests;

public sealed class MyLabelsPageTests
{
    private static readonly AppUser Alice = AppUser.Create("alice", "analyst");

    [Fact]
    public async Task TheHistoryListsTheUsersSavesAndUndosNewestFirstAndTheCurrentLabels()
    {
        var store = new CollectingFeedbackStore();
        using (var labeling = await Some.OpenAsync<LabelPage>(store, Alice))
        {
            await labeling.Button("label-negative").Click().RunAsync();
            await labeling.Button("label-negative").Click().RunAsync();
            await labeling.Button("undo").Click().RunAsync();
        }

        store.Label("bob", "txt-3", "neutral");

        using var app = await Some.OpenAsync<MyLabelsPage>(store, Alice);

        Assert.Equal("1 / 4", app.Metric("Labeled").Value);
        Assert.Equal("0%", app.Metric("Same as the model").Value);
        Assert.Equal(["txt-1"], app.Table(0).Column("Item"));
        Assert.Equal(["negative"], app.Table(0).Column("Label"));
        var history = app.Table(1);
        Assert.Equal(["3", "2", "1"], history.Column("Id"));
        Assert.Equal(["undo #2", "", ""], history.Column("Note"));
        Assert.Equal(["(none)", "negative", "negative"], history.Column("Value"));
    }

    [Fact]
    public async Task ChoosingAnItemOffersALinkToLabelItAgain()
    {
        var store = new CollectingFeedbackStore();
        store.Label("alice", "txt-2", "positive");
        using var app = await Some.OpenAsync<MyLabelsPage>(store, Alice);

        await app.SelectBox("relabel").SetValue("txt-2 · Broke in a week.").RunAsync();

        Assert.Equal("/label?item=txt-2", app.PageLink("Open txt-2 to label it again").Element.Href);
    }

    [Fact]
    public async Task BeforeAnyLabelThePageSaysSo()
    {
        using var app = await Some.OpenAsync<MyLabelsPage>(new CollectingFeedbackStore(), Alice);

        Assert.Equal("You have not labeled anything yet.", app.Info(0));
    }
}

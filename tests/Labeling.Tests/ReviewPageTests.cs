using DataApps;
using DataApps.Auth;
using DataApps.Testing;
using Labeling.Pages;

namespace Labeling.Tests;

public sealed class ReviewPageTests
{
    private static readonly AppUser Dana = AppUser.Create("dana", "reviewer");

    [Fact]
    public async Task ALabelerWithoutTheReviewerRoleMayNotSeeThePage()
    {
        using var app = await Some.OpenAsync<ReviewPage>(new CollectingFeedbackStore(), AppUser.Create("alice", "analyst"));

        Assert.Equal(PageAccess.Forbidden, app.Access);
        Assert.Empty(app.Elements);
    }

    [Fact]
    public async Task AnAnonymousUserMayNotSeeThePage()
    {
        using var app = await Some.OpenAsync<ReviewPage>(new CollectingFeedbackStore());

        Assert.NotEqual(PageAccess.Allowed, app.Access);
        Assert.Empty(app.Elements);
    }

    [Fact]
    public async Task TwoLabelersGetPercentAgreementAndCohensKappa()
    {
        var store = TwoLabelers();

        using var app = await Some.OpenAsync<ReviewPage>(store, Dana);

        // Observed 2/4 = 0.5; chance (alice 2 pos, 1 neg, 1 neu; bob 2 pos, 2 neg) 0.25 + 0.125 = 0.375; κ = 0.125 / 0.625 = 0.2.
        Assert.Equal("2", app.Metric("Labelers").Value);
        Assert.Equal("4", app.Metric("Items compared").Value);
        Assert.Equal("50.0%", app.Metric("Percent agreement").Value);
        Assert.Equal("0.200", app.Metric("Cohen's kappa").Value);
        var perItem = app.Table(0);
        Assert.Equal(["Item", "What", "Labels", "Agreement", "Model", "Final"], perItem.Headers);
        Assert.Equal(["txt-1", "txt-2", "img-1", "txt-3"], perItem.Column("Item"));
        Assert.Equal(["100%", "100%", "0%", "0%"], perItem.Column("Agreement"));
    }

    [Fact]
    public async Task ThreeLabelersGetFleissKappa()
    {
        var store = new CollectingFeedbackStore();
        foreach (var user in new[] { "alice", "bob", "carol" })
        {
            store.Label(user, "txt-1", "positive");
        }

        store.Label("alice", "txt-2", "positive");
        store.Label("bob", "txt-2", "negative");
        store.Label("carol", "txt-2", "negative");

        using var app = await Some.OpenAsync<ReviewPage>(store, Dana);

        // P1 = 1, P2 = 2/6; P̄ = 2/3; p(pos) = 4/6, p(neg) = 2/6, P̄e = 20/36; κ = (2/3 − 5/9) / (4/9) = 0.25.
        Assert.Equal("66.7%", app.Metric("Percent agreement").Value);
        Assert.Equal("0.250", app.Metric("Fleiss' kappa").Value);
        Assert.Equal(["txt-2"], app.Table(1).Column("Item"));
        Assert.Equal(["negative ×2, positive ×1"], app.Table(1).Column("Labels"));
    }

    [Fact]
    public async Task AnUndoneLabelDoesNotCount()
    {
        var store = new CollectingFeedbackStore();
        store.Label("alice", "txt-1", "positive");
        store.Label("bob", "txt-1", "negative");
        await store.AddAsync(new FeedbackEntry { User = "bob", Page = "/label", Item = "txt-1", Kind = "label", Value = null, PreviousValue = "negative", Note = "undo #2" }, TestContext.Current.CancellationToken);

        using var app = await Some.OpenAsync<ReviewPage>(store, Dana);

        Assert.Equal("0", app.Metric("Items compared").Value);
        Assert.Contains("at least two labelers", app.Info(0), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AReviewerChoosesTheFinalLabelOfAnItemInDisagreement()
    {
        var store = TwoLabelers();
        using var app = await Some.OpenAsync<ReviewPage>(store, Dana);
        Assert.Equal(["img-1", "txt-3"], app.Table(1).Column("Item"));

        await app.SelectBox("decide").SetValue("txt-3 · Arrived Tuesday.").RunAsync();
        await app.Radio("final-txt-3").SetValue("neutral (0 of 2)").RunAsync();
        await app.Button("save-final").Click().RunAsync();

        var final = store.Entries[^1];
        Assert.Equal(("dana", "/review", "txt-3", "final", "neutral", (string?)null), (final.User, final.Page, final.Item, final.Kind, final.Value, final.PreviousValue));
        Assert.Equal(["", "", "", "neutral"], app.Table(0).Column("Final"));
    }

    [Fact]
    public async Task TheExportDownloadsEveryRecordOfTheStore()
    {
        var store = TwoLabelers();
        using var app = await Some.OpenAsync<ReviewPage>(store, Dana);

        var download = app.DownloadButton("Download all labels (CSV)");

        Assert.EndsWith(".csv", download.FileName, StringComparison.Ordinal);
        var lines = download.ReadText().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("id,user,page,item,kind,value,previous_value,note", lines[0]);
        Assert.Equal(9, lines.Length);
        Assert.Equal("8,bob,/label,txt-3,label,\"negative\",,", lines[^1]);
    }

    [Fact]
    public async Task AnExportTheStoreCannotWriteIsExplainedInThePage()
    {
        using var app = await Some.OpenAsync<ReviewPage>(TwoLabelers(), Dana);

        await app.SegmentedControl("format").SetValue("Parquet").RunAsync();

        Assert.StartsWith("This feedback store cannot export: This test store writes CSV only.", app.Error(0), StringComparison.Ordinal);
        Assert.Empty(app.Get<DownloadButtonElement>());
        Assert.Null(app.Exception);
    }

    [Fact]
    public async Task TheDefaultStoreExportsParquet()
    {
        using var app = await Some.OpenAsync<ReviewPage>(user: Dana); // AppTest's default store: in memory

        await app.SegmentedControl("format").SetValue("Parquet").RunAsync();

        Assert.EndsWith(".parquet", app.DownloadButton("Download all labels (Parquet)").FileName, StringComparison.Ordinal);
        Assert.Empty(app.Get<ErrorElement>());
    }

    /// <summary>alice: positive, negative, neutral, positive; bob: positive, negative, positive, negative (img-1 labeled with text labels on purpose: labels are compared as given).</summary>
    private static CollectingFeedbackStore TwoLabelers()
    {
        var store = new CollectingFeedbackStore();
        string[] items = ["txt-1", "txt-2", "img-1", "txt-3"];
        string[] alice = ["positive", "negative", "neutral", "positive"];
        string[] bob = ["positive", "negative", "positive", "negative"];
        for (var i = 0; i < items.Length; i++)
        {
            store.Label("alice", items[i], alice[i]);
            store.Label("bob", items[i], bob[i]);
        }

        return store;
    }
}

using Microsoft.Extensions.DependencyInjection;

namespace DataApps.Testing.Tests;

/// <summary><c>ui.Feedback(item: …)</c> and <c>ui.Flag</c> record to the app's <see cref="IFeedbackStore"/>; AppTest reads it back.</summary>
public sealed class FeedbackRecordingTests
{
    [Page("/predictions", Title = "Predictions")]
    public sealed class PredictionsPage : DataPage
    {
        protected override void Run(Ui ui)
        {
            foreach (var id in new[] { "p-1", "p-2" })
            {
                ui.Text($"Prediction {id}");
                ui.Feedback(item: id);
            }

            if (ui.Flag(item: "p-1", reasons: ["Incorrect", "Offensive"], note: true) is { } reason)
            {
                ui.Toast($"Flagged as {reason}");
            }
        }
    }

    [Page("/review", Title = "Review")]
    public sealed class ReviewPage(IFeedbackStore feedback) : DataPage
    {
        public override async Task RunAsync(Ui ui, CancellationToken ct)
        {
            var flags = await feedback.QueryAsync(new FeedbackQuery { Kind = "flag" }, ct);
            ui.DataFrame(flags);

            using var csv = new MemoryStream();
            await feedback.ExportAsync(csv, FeedbackExportFormat.Csv, new FeedbackQuery { Page = "/predictions" }, ct);
            ui.DownloadButton("Download CSV", DownloadData.FromBytes(csv.ToArray()), "feedback.csv", "text/csv");
        }
    }

    [Fact]
    public async Task AReviewPageReadsFlagsBackAndOffersTheCsvExport()
    {
        using var predictions = AppTest.For<PredictionsPage>();
        await predictions.RunAsync();
        await predictions.Button("Flag as Offensive").Click().RunAsync();
        using var review = AppTest.For<ReviewPage>(s => s.AddSingleton(predictions.FeedbackStore));

        await review.RunAsync();

        Assert.Null(review.Exception);
        Assert.Single(review.Get<DataFrameElement>());
        Assert.Equal("feedback.csv", review.DownloadButton("Download CSV").FileName);
    }

    [Fact]
    public async Task AChangeIsRecordedWithUserPageItemKindValueAndPreviousValue()
    {
        using var app = AppTest.For<PredictionsPage>();
        app.User = AppUser.Create("alice");
        await app.RunAsync();

        await app.Feedback(item: "p-1").SetValue(1).RunAsync();
        await app.Feedback(item: "p-1").SetValue(0).RunAsync();

        var records = await app.FeedbackStore.QueryAsync(null, TestContext.Current.CancellationToken);
        Assert.Equal(
            [("alice", "/predictions", "p-1", "thumbs", "1", null), ("alice", "/predictions", "p-1", "thumbs", "0", "1")],
            records.Select(r => (r.User, r.Page, r.Item, r.Kind, r.Value, r.PreviousValue)));
    }

    [Fact]
    public async Task TakingFeedbackBackRecordsNullAndRunsWithoutAChangeRecordNothing()
    {
        using var app = AppTest.For<PredictionsPage>();
        await app.RunAsync();

        await app.Feedback(item: "p-2").Click(1).RunAsync();
        await app.RunAsync();
        await app.Feedback(item: "p-2").Click(1).RunAsync();

        var records = await app.FeedbackStore.QueryAsync(null, TestContext.Current.CancellationToken);
        Assert.Equal([("1", null), (null, "1")], records.Select(r => (r.Value, r.PreviousValue)));
        Assert.All(records, r => Assert.Null(r.User));
    }

    [Fact]
    public async Task ASignedInUserSeesTheirLatestValueInALaterSession()
    {
        using var first = AppTest.For<PredictionsPage>();
        first.User = AppUser.Create("alice");
        await first.RunAsync();
        await first.Feedback(item: "p-1").SetValue(0).RunAsync();

        using var later = first.NewSession();
        later.User = AppUser.Create("alice");
        await later.RunAsync();
        using var bob = first.NewSession();
        bob.User = AppUser.Create("bob");
        await bob.RunAsync();

        Assert.Equal(0, later.Feedback(item: "p-1").Value);
        Assert.Null(bob.Feedback(item: "p-1").Value);
        await later.Feedback(item: "p-1").SetValue(1).RunAsync();
        var last = (await first.FeedbackStore.QueryAsync(null, TestContext.Current.CancellationToken))[^1];
        Assert.Equal(("1", "0"), (last.Value, last.PreviousValue));
    }

    [Fact]
    public async Task AnAnonymousVisitorStartsFromThePagesValue()
    {
        using var first = AppTest.For<PredictionsPage>();
        await first.RunAsync();
        await first.Feedback(item: "p-1").SetValue(0).RunAsync();

        using var later = first.NewSession();
        await later.RunAsync();

        Assert.Null(later.Feedback(item: "p-1").Value);
    }

    [Fact]
    public async Task AFailedWriteShowsAnErrorKeepsTheSessionAndIsRetriedByTheNextRun()
    {
        var store = new FlakyStore { Failing = true };
        using var app = AppTest.For<PredictionsPage>(s => s.AddSingleton<IFeedbackStore>(store));
        await app.RunAsync();

        await app.Feedback(item: "p-1").SetValue(1).RunAsync();

        Assert.Null(app.Exception);
        Assert.Contains("Your feedback on p-1 was not saved (the disk is full). It is tried again at your next interaction.", app.Errors);
        Assert.Equal(1, app.Feedback(item: "p-1").Value);
        store.Failing = false;
        await app.RunAsync();
        Assert.Empty(app.Errors);
        Assert.Equal("1", Assert.Single(store.Stored).Value);
    }

    [Fact]
    public async Task AFlagRecordsItsReasonAndNoteOnce()
    {
        using var app = AppTest.For<PredictionsPage>();
        app.User = AppUser.Create("bob");
        await app.RunAsync();

        await app.TextInput("Note (optional)").SetValue("  the label says cat, it is a dog ").RunAsync();
        await app.Button("Flag as Incorrect").Click().RunAsync();
        await app.RunAsync();

        var flag = Assert.Single(await app.FeedbackStore.QueryAsync(new FeedbackQuery { Kind = "flag" }, TestContext.Current.CancellationToken));
        Assert.Equal(("bob", "/predictions", "p-1", "Incorrect", "the label says cat, it is a dog"), (flag.User, flag.Page, flag.Item, flag.Value, flag.Note));
    }

    [Fact]
    public async Task AFlagWithoutReasonsIsOneButtonRecordingFlagged()
    {
        using var app = AppTest.FromFunction(ui => ui.Flag(item: "doc-9"));
        await app.RunAsync();

        await app.Button("Flag").Click().RunAsync();

        var flag = Assert.Single(await app.FeedbackStore.QueryAsync(null, TestContext.Current.CancellationToken));
        Assert.Equal(("/", "doc-9", "flag", "flagged", null), (flag.Page, flag.Item, flag.Kind, flag.Value, flag.Note));
    }

    [Fact]
    public async Task AFailedFlagShowsAnErrorAndReturnsNothing()
    {
        var store = new FlakyStore { Failing = true };
        using var app = AppTest.For<PredictionsPage>(s => s.AddSingleton<IFeedbackStore>(store));
        await app.RunAsync();

        await app.Button("Flag as Offensive").Click().RunAsync();

        Assert.Contains("Your flag on p-1 was not saved (the disk is full). Please flag it again.", app.Errors);
        Assert.Empty(app.Get<ToastElement>());
    }

    [Fact]
    public async Task AnEmptyItemFailsTheRunSayingWhatToGive()
    {
        using var app = AppTest.FromFunction(ui => ui.Feedback(item: " "));

        await app.RunAsync();

        Assert.Contains("give item: its id", Assert.IsType<ArgumentException>(app.Exception).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FeedbackWithoutAnItemRecordsNothing()
    {
        using var app = AppTest.FromFunction(ui => ui.Feedback());
        await app.RunAsync();

        await app.Feedback().SetValue(1).RunAsync();

        Assert.Empty(await app.FeedbackStore.QueryAsync(null, TestContext.Current.CancellationToken));
    }

    /// <summary>A store whose writes fail while <see cref="Failing"/> is set.</summary>
    private sealed class FlakyStore : IFeedbackStore
    {
        public bool Failing { get; set; }

        public List<FeedbackEntry> Stored { get; } = [];

        public Task<FeedbackEntry> AddAsync(FeedbackEntry entry, CancellationToken cancellationToken = default)
        {
            if (Failing)
            {
                throw new IOException("the disk is full");
            }

            Stored.Add(entry);
            return Task.FromResult(entry);
        }

        public Task<IReadOnlyList<FeedbackEntry>> QueryAsync(FeedbackQuery? query = null, CancellationToken cancellationToken = default) =>
            Task.FromResult<IReadOnlyList<FeedbackEntry>>([]);

        public Task ExportAsync(Stream destination, FeedbackExportFormat format, FeedbackQuery? query = null, CancellationToken cancellationToken = default) =>
            Task.CompletedTask;
    }
}

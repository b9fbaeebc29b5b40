namespace DataApps.Testing.Tests;

/// <summary>AppTest honours the run budget as the app does: a page that blocks ends with the budget's error, not a hung test.</summary>
public sealed class RunTimeoutTests
{
    [Fact]
    public async Task ABlockingPageEndsWithTheBudgetsErrorAtTheSetRunTimeout()
    {
        using var release = new ManualResetEventSlim();
        using var app = AppTest.FromFunction(ui =>
        {
            ui.Text("before");
            release.Wait(TimeSpan.FromSeconds(30)); // `while (true) Thread.Sleep(…)`, bounded so a broken test ends
        });
        app.RunTimeout = TimeSpan.FromMilliseconds(200);

        try
        {
            await app.RunAsync();

            Assert.IsAssignableFrom<TimeoutException>(app.Exception);
            Assert.Equal(["before"], app.Get<TextElement>().Select(t => t.Text));
            Assert.Contains("exceeded its time budget of 200 ms", Assert.Single(app.Get<ErrorElement>()).Body, StringComparison.Ordinal);
        }
        finally
        {
            release.Set();
        }
    }

    [Fact]
    public async Task ThePagesOwnBudgetApplies()
    {
        using var app = AppTest.For<SlowPage>();
        try
        {
            await app.RunAsync();

            Assert.Contains("time budget of 1 s", Assert.Single(app.Get<ErrorElement>()).Body, StringComparison.Ordinal);
        }
        finally
        {
            SlowPage.Release.Set();
        }
    }

    [Page("/slow", RunTimeoutSeconds = 1)]
    private sealed class SlowPage : DataPage
    {
        public static readonly ManualResetEventSlim Release = new();

        protected override void Run(Ui ui) => Release.Wait(TimeSpan.FromSeconds(30));
    }
}

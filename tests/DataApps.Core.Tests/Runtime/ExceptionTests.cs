using DataApps.Core.Tests.Support;
using DataApps.Runtime;
using DataApps.Testing;
using Microsoft.Extensions.Logging;

namespace DataApps.Core.Tests.Runtime;

public sealed class ExceptionTests
{
    [Fact]
    public async Task ThrowingPageRendersTheExceptionWithItsStackTraceWhenDetailsAreShown()
    {
        using var app = AppTest.FromFunction(ui => throw new InvalidOperationException("The file has no header."));

        await app.RunAsync();

        var error = Assert.Single(app.Get<ExceptionElement>());
        Assert.Equal(typeof(InvalidOperationException).FullName, error.TypeName);
        Assert.Equal("The file has no header.", error.Message);
        Assert.Contains(nameof(ThrowingPageRendersTheExceptionWithItsStackTraceWhenDetailsAreShown), error.StackTrace, StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty(error.CorrelationId));
    }

    [Fact]
    public async Task ThrowingPageShowsOnlyAShortMessageAndACorrelationIdWithoutDetails()
    {
        var logger = new CollectingLogger();
        using var session = new AppSession(new SessionOptions { Inline = true, ProgressInterval = TimeSpan.Zero, ShowErrorDetails = false }, logger);
        var page = new ScriptPage(ui => throw new InvalidOperationException("secret connection string"));

        await session.NavigateAsync(page, "/");

        var error = Assert.IsType<ExceptionElement>(Assert.Single(session.Tree.Main.Children));
        Assert.Null(error.StackTrace);
        Assert.DoesNotContain("secret", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(nameof(InvalidOperationException), error.TypeName, StringComparison.Ordinal);
        var entry = Assert.Single(logger.Entries, e => e.Level == LogLevel.Error);
        Assert.Equal("secret connection string", entry.Exception?.Message);
        Assert.Equal(error.CorrelationId, entry.Properties["CorrelationId"]);
    }

    [Fact]
    public async Task ElementsWrittenBeforeTheExceptionStayAndTheErrorFollowsThem()
    {
        using var app = AppTest.FromFunction(ui =>
        {
            ui.Title("Report");
            ui.Text("loaded");
            throw new InvalidOperationException("boom");
        });

        await app.RunAsync();

        Assert.Collection(
            app.Tree.Main.Children,
            e => Assert.IsType<TitleElement>(e),
            e => Assert.IsType<TextElement>(e),
            e => Assert.IsType<ExceptionElement>(e));
    }

    [Fact]
    public async Task WidgetStateIsKeptWhenThePageThrowsBeforeReachingTheWidget()
    {
        using var app = AppTest.FromFunction(ui =>
        {
            if (ui.Checkbox("fail"))
            {
                throw new InvalidOperationException("boom");
            }

            ui.Slider("n", 0, 10, key: "n");
        });
        await app.RunAsync();
        await app.Slider("n").SetValue(7).RunAsync();

        await app.Checkbox("fail").SetValue(true).RunAsync();
        Assert.Equal(7, app.State["n"]);

        await app.Checkbox("fail").SetValue(false).RunAsync();
        Assert.Equal(7, app.Slider("n").Value);
    }

    [Fact]
    public async Task NextRunAfterAFailureWorksAndClearsTheException()
    {
        using var app = AppTest.FromFunction(ui =>
        {
            if (ui.Checkbox("fail", value: true))
            {
                throw new InvalidOperationException("boom");
            }

            ui.Text("fine");
        });
        await app.RunAsync();
        Assert.IsType<InvalidOperationException>(app.Exception);

        await app.Checkbox("fail").SetValue(false).RunAsync();

        Assert.Null(app.Exception);
        Assert.Empty(app.Get<ExceptionElement>());
        Assert.Equal(["fine"], app.Get<TextElement>().Select(t => t.Text));
    }

    [Fact]
    public async Task ClickIsConsumedByARunThatFails()
    {
        var seen = new List<bool>();
        using var app = AppTest.FromFunction(ui =>
        {
            var go = ui.Button("Go");
            seen.Add(go);
            if (go)
            {
                throw new InvalidOperationException("boom");
            }
        });
        await app.RunAsync();
        await app.Button("Go").Click().RunAsync();

        await app.RunAsync();

        Assert.Equal([false, true, false], seen);
    }

    [Fact]
    public async Task OwnOperationCanceledExceptionOfAPageIsShownAsAnError()
    {
        using var app = AppTest.FromFunction(ui => throw new OperationCanceledException("the upstream call timed out"));

        await app.RunAsync();

        Assert.Equal("the upstream call timed out", Assert.Single(app.Get<ExceptionElement>()).Message);
        Assert.Equal(1, app.Runs);
    }

    [Fact]
    public async Task ExceptionWrittenWithUiExceptionDoesNotEndTheRun()
    {
        using var app = AppTest.FromFunction(ui =>
        {
            ui.Exception(new FormatException("bad row 3"));
            ui.Text("after");
        });

        await app.RunAsync();

        Assert.Equal("bad row 3", Assert.Single(app.Get<ExceptionElement>()).Message);
        Assert.Equal(["after"], app.Get<TextElement>().Select(t => t.Text));
        Assert.Null(app.Exception);
    }
}

using Microsoft.Extensions.Logging;
using DataApps.Core.Tests.Support;
using DataApps.Runtime;

namespace DataApps.Core.Tests.Runtime;

public sealed class DisposalTests : IDisposable
{
    private readonly Checkpoint _checkpoint = new();

    public void Dispose() => _checkpoint.Dispose();

    [Fact]
    public async Task DisposingTheSessionEndsTheRunAtItsNextUiCall()
    {
        var reachedTheEnd = false;
        using var session = Some.BackgroundSession();
        var page = new ScriptPage(ui =>
        {
            ui.Text("start");
            _checkpoint.Pass();
            ui.Text("end");
            reachedTheEnd = true;
        });
        var idle = session.NavigateAsync(page, "/");
        await _checkpoint.ArrivedAsync();

        session.Dispose();
        _checkpoint.Release();
        await Wait.ForAsync(idle, "the session to go idle");

        Assert.False(reachedTheEnd);
        Assert.Equal(0, session.CompletedRuns);
        Assert.Throws<ObjectDisposedException>(() => { _ = session.RequestRunAsync(); });
    }

    [Fact]
    public async Task OutputThatRacesWithDisposalIsDroppedQuietly()
    {
        // A ui call that passed its cancellation check just before the circuit went away still writes its element.
        Exception? thrown = null;
        var logger = new CollectingLogger();
        using var session = new AppSession(new SessionOptions { ProgressInterval = TimeSpan.FromHours(1) }, logger);
        var page = new ScriptPage(ui =>
        {
            ui.Text("first");   // a frame has not passed: this arms the progress timer
            _checkpoint.Pass();
            try
            {
                ui.Session.Emit(ui.Run, ui.Run.Main, new TextElement("late"));
            }
            catch (Exception ex)
            {
                thrown = ex;
            }
        });
        var idle = session.NavigateAsync(page, "/");
        await _checkpoint.ArrivedAsync();

        session.Dispose();
        _checkpoint.Release();
        await Wait.ForAsync(idle, "the session to go idle");

        Assert.Null(thrown);
        Assert.DoesNotContain(logger.Entries, e => e.Level >= LogLevel.Warning); // the run's own event (Information) is all
    }
}

using DataApps.Core.Tests.Support;

namespace DataApps.Core.Tests.Runtime;

public sealed class ValueRaceTests
{
    [Fact]
    public async Task ValuesSentWhileRunsKeepEndingAreNeverRejected()
    {
        // Not a timing test: values race with runs that keep ending (completed or superseded). The end of
        // each run was a moment where a value met a disposed cancellation source and threw at the sender.
        const int Values = 20_000;
        var last = 0;
        using var session = Some.BackgroundSession();
        using var log = new TreeLog(session);
        var page = new ScriptPage((ui, ct) =>
        {
            _ = ct.WaitHandle; // as a page that waits on handles does; it makes ending a run take longer
            Volatile.Write(ref last, ui.Slider("n", 0, Values));
            return Task.CompletedTask;
        });
        await Wait.ForAsync(session.NavigateAsync(page, "/"), "the first run");
        var slider = Some.Widget<SliderElement>(session.Tree, "n").WidgetId;

        var guard = System.Diagnostics.Stopwatch.StartNew();
        for (var i = 1; i <= Values; i++)
        {
            session.SetValue(slider, (double)i);
            var spin = default(SpinWait);
            while (i - Volatile.Read(ref last) > 32)
            {
                spin.SpinOnce(); // keep a few values in flight, so runs keep ending while values arrive
                Assert.True(guard.Elapsed < Wait.Guard, "Gave up waiting for the page to catch up.");
            }
        }

        await log.UntilAsync(() => Some.Widget<SliderElement>(session.Tree, "n").Value == Values, "the last value to be shown");
        Assert.Equal(Values, Volatile.Read(ref last));
    }
}

using DataApps.Core.Tests.Support;
using DataApps.Runtime;
using DataApps.Testing;
using Microsoft.Extensions.Logging;

// These pages catch ui.Stop(), ui.Rerun() and ui.SwitchPage on purpose: what DA0001 warns about.
#pragma warning disable DA0001

namespace DataApps.Core.Tests.Runtime;

/// <summary>ui.Stop(), ui.Rerun() and ui.SwitchPage take effect even when the page catches them with catch (Exception).</summary>
public sealed partial class SwallowedControlTests
{
    [Fact]
    public async Task StopCaughtByCatchExceptionStillEndsTheRunWithWhatWasWrittenBefore()
    {
        using var app = AppTest.FromFunction(ui =>
        {
            ui.Text("before");
            try
            {
                ui.Stop();
            }
            catch (Exception ex)
            {
                ui.Text($"caught {ex.GetType().Name}");
            }

            ui.Text("after the stop");
        });

        await app.RunAsync();

        Assert.Equal(["before"], app.Get<TextElement>().Select(t => t.Text));
        Assert.Null(app.Exception);
        Assert.Empty(app.Get<ExceptionElement>());
        Assert.Equal(1, app.Runs);
    }

    [Fact]
    public async Task StopSwallowedByABareCatchKeepsTheStateOfWidgetsTheRunDidNotReach()
    {
        using var app = AppTest.FromFunction(ui =>
        {
            if (ui.TextInput("Name") == "")
            {
                try
                {
                    ui.Stop();
                }
                catch
                {
                    // swallowed
                }
            }

            ui.Slider("n", 0, 10, key: "n");
        });
        await app.RunAsync();
        await app.TextInput("Name").SetValue("Ada").RunAsync();
        await app.Slider("n").SetValue(7).RunAsync();

        await app.TextInput("Name").SetValue("").RunAsync();

        Assert.Empty(app.Get<SliderElement>());
        Assert.Equal(7, app.State["n"]);
    }

    [Fact]
    public async Task RerunCaughtByCatchExceptionStillRunsThePageAgainAtOnce()
    {
        var bodies = 0;
        using var app = AppTest.FromFunction(ui =>
        {
            bodies++;
            var count = ui.State.GetOrAdd("count", 0);
            ui.Text($"count={count}");
            if (count < 2)
            {
                ui.State["count"] = count + 1;
                try
                {
                    ui.Rerun();
                }
                catch (Exception)
                {
                    // swallowed
                }

                ui.Text("after the catch");
            }
        });

        await app.RunAsync();

        Assert.Equal(3, bodies);
        Assert.Equal(["count=2"], app.Get<TextElement>().Select(t => t.Text));
        Assert.Equal(1, app.Runs);
    }

    [Fact]
    public async Task RerunSwallowedInEveryRunStopsAfterTheRerunLimitWithAnErrorThatSaysSo()
    {
        var bodies = 0;
        using var app = AppTest.FromFunction(ui =>
        {
            bodies++;
            ui.Text("page");
            try
            {
                ui.Rerun();
            }
            catch (Exception)
            {
                // swallowed: every run asks for another
            }
        });

        await app.RunAsync();

        Assert.Equal(SessionOptions.MaxRerunsInARow + 1, bodies);
        var error = Assert.Single(app.Get<ErrorElement>());
        Assert.Contains("ui.Rerun()", error.Body, StringComparison.Ordinal);
        Assert.Contains($"{SessionOptions.MaxRerunsInARow} times in a row", error.Body, StringComparison.Ordinal);
        Assert.Equal(["page"], app.Get<TextElement>().Select(t => t.Text));

        // An interaction starts the count again.
        bodies = 0;
        await app.RunAsync();
        Assert.Equal(SessionOptions.MaxRerunsInARow + 1, bodies);
    }

    [Fact]
    public async Task SwitchPageCaughtByCatchExceptionStillShowsTheOtherPage()
    {
        using var app = AppTest.For<SwallowingStartPage>();
        await app.RunAsync();

        await app.Button("Go").Click().RunAsync();

        Assert.Equal(typeof(TargetPage), app.PageType);
        Assert.Equal(["target"], app.Get<TextElement>().Select(t => t.Text));
    }

    [Fact]
    public async Task RerunInACallbackIsANoOpThatWarnsInThePageAndInTheLog()
    {
        var logger = new CollectingLogger();
        using var session = new AppSession(new SessionOptions { Inline = true, ProgressInterval = TimeSpan.Zero }, logger);
        var bodies = 0;
        var afterRerun = false;
        var page = new ScriptPage(ui =>
        {
            bodies++;
            ui.Button("Go", onChange: () =>
            {
                ui.Rerun();
                afterRerun = true;
            });
            ui.Text("body");
        });
        await session.NavigateAsync(page, "/");
        bodies = 0;

        session.Trigger(Some.Widget<ButtonElement>(session.Tree, "Go").WidgetId);
        await session.RunPendingAsync();

        Assert.Equal(1, bodies);
        Assert.False(afterRerun);
        var warning = Assert.Single(Some.Flatten(session.Tree.Main).OfType<WarningElement>());
        Assert.Contains("ui.Rerun() inside a callback", warning.Body, StringComparison.Ordinal);
        Assert.Contains(logger.Entries, e => e.Level == LogLevel.Warning && e.Message.Contains("ui.Rerun() inside a callback", StringComparison.Ordinal));
        Assert.Equal(2, session.CompletedRuns);
    }

    [Fact]
    public async Task SwitchPageInACallbackNavigatesWithoutRunningThePage()
    {
        using var app = AppTest.For<CallbackSwitchPage>();
        await app.RunAsync();
        CallbackSwitchPage.Bodies = 0;

        await app.Button("Go").Click().RunAsync();

        Assert.Equal(0, CallbackSwitchPage.Bodies);
        Assert.Equal(typeof(TargetPage), app.PageType);
    }

    [Fact]
    public async Task StopCaughtInAnAsyncPageCancelsTheRunsTokenSoALongAwaitEndsAtOnce()
    {
        using var app = AppTest.FromFunction(async ui =>
        {
            ui.Text("before");
            try
            {
                ui.Stop();
            }
            catch (Exception)
            {
                // swallowed
            }

            await Task.Delay(TimeSpan.FromMinutes(5), ui.CancellationToken);
            ui.Text("after");
        });
        app.Timeout = TimeSpan.FromSeconds(30);

        await app.RunAsync();

        Assert.Equal(["before"], app.Get<TextElement>().Select(t => t.Text));
        Assert.Null(app.Exception);
        Assert.Empty(app.Get<ExceptionElement>());
    }

    [Fact]
    public async Task AnExceptionAfterASwallowedStopIsNotShownAndTheStopIsLogged()
    {
        var logger = new CollectingLogger();
        using var session = new AppSession(new SessionOptions { Inline = true, ProgressInterval = TimeSpan.Zero }, logger);
        var page = new ScriptPage(ui =>
        {
            ui.Text("before");
            string? data = "x";
            try
            {
                ui.Stop();
            }
            catch (Exception)
            {
                data = null;
            }

            _ = data!.Length; // fails: the code after a stop was never meant to run
        });

        await session.NavigateAsync(page, "/");

        Assert.Equal(["before"], Some.Texts(session.Tree));
        Assert.Null(session.LastException);
        Assert.Contains(logger.Entries, e => e.Level == LogLevel.Warning && e.Message.Contains("ui.Stop()", StringComparison.Ordinal)
            && e.Message.Contains("DA0001", StringComparison.Ordinal));
    }

    [Fact]
    public async Task CatchingControlFlowExceptionFirstLetsTheStopPassWithoutAWarning()
    {
        var logger = new CollectingLogger();
        using var session = new AppSession(new SessionOptions { Inline = true, ProgressInterval = TimeSpan.Zero }, logger);
        var page = new ScriptPage(ui =>
        {
            ui.Text("before");
            try
            {
                ui.Stop();
            }
            catch (ControlFlowException)
            {
                throw;
            }
            catch (Exception)
            {
                ui.Text("caught");
            }

            ui.Text("after");
        });

        await session.NavigateAsync(page, "/");

        Assert.Equal(["before"], Some.Texts(session.Tree));
        Assert.DoesNotContain(logger.Entries, e => e.Level >= LogLevel.Warning);
    }

    [Fact]
    public async Task StopInsideAStatusScopeStillMarksTheBoxComplete()
    {
        using var app = AppTest.FromFunction(ui =>
        {
            using var status = ui.Status("Loading");
            status.Ui.Text("step 1");
            ui.Stop();
        });

        await app.RunAsync();

        Assert.Equal(StatusState.Complete, Assert.Single(app.Get<StatusElement>()).State);
    }

    [Fact]
    public async Task StopInsideACacheFactoryStopsTheRunAndCachesNothing()
    {
        var computed = 0;
        using var app = AppTest.FromFunction(ui =>
        {
            ui.Text("before");
            var rows = ui.Cache.Data("rows", () =>
            {
                computed++;
                if (!ui.State.Get("ready", false))
                {
                    ui.Stop();
                }

                return 42;
            });
            ui.Text($"rows={rows}");
        });
        await app.RunAsync();
        Assert.Equal(["before"], app.Get<TextElement>().Select(t => t.Text));

        app.State["ready"] = true;
        await app.RunAsync();

        Assert.Equal(["before", "rows=42"], app.Get<TextElement>().Select(t => t.Text));
        Assert.Equal(2, computed);
    }

    [Page("/swallowing-start")]
    public sealed class SwallowingStartPage : DataPage
    {
        protected override void Run(Ui ui)
        {
            if (ui.Button("Go"))
            {
                try
                {
                    ui.SwitchPage<TargetPage>();
                }
                catch (Exception)
                {
                    // swallowed
                }

                ui.Text("after the switch");
            }
        }
    }

    [Page("/callback-switch")]
    public sealed class CallbackSwitchPage : DataPage
    {
        public static int Bodies { get; set; }

        protected override void Run(Ui ui)
        {
            Bodies++;
            ui.Button("Go", onChange: () => ui.SwitchPage<TargetPage>());
        }
    }

    [Page("/swallowing-target")]
    public sealed class TargetPage : DataPage
    {
        protected override void Run(Ui ui) => ui.Text("target");
    }
}

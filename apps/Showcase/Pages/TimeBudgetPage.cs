using DataApps;

namespace Showcase.Pages;

/// <summary>A run over its time budget: the page shows why, Stop and navigation keep working (the browser tests use it).</summary>
[Page("/errors/time-budget", Title = "Time budget", Icon = "timer_off", Section = "Basics", Hidden = true, RunTimeoutSeconds = 3)]
public sealed class TimeBudgetPage : DataPage
{
    protected override void Run(Ui ui)
    {
        ui.Title("Time budget");
        ui.Markdown("""
            A run may take 60 s unless the app (`o.RunTimeout`) or the page (`[Page(RunTimeoutSeconds = …)]`) says
            otherwise; this page allows 3 s. Past it the run's `ui.CancellationToken` is cancelled, and code that
            does not stop within 2 s more is abandoned: the page shows an error and the session goes on.
            """);
        if (ui.Button("Block the thread for 20 s"))
        {
            ui.Text("Blocking…");
            // Code that never looks at ui.CancellationToken (a blocking call, a tight loop): only its thread waits for it.
            var until = DateTime.UtcNow.AddSeconds(20);
            while (DateTime.UtcNow < until)
            {
                Thread.Sleep(100);
            }

            ui.Text("Done blocking"); // never shown: the session stopped waiting long before
        }
    }
}

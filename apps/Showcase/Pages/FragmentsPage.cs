using DataApps;

namespace Showcase.Pages;

/// <summary>Fragments: parts of a page that rerun on their own, on an interaction inside them or on a timer.</summary>
[Page("/fragments", Title = "Fragments", Icon = "view_quilt", Section = "Control flow", Order = 60)]
/// <param name="time">The clock the slow fragment's work waits on (tests pass one that does not wait).</param>
public sealed class FragmentsPage(TimeProvider? time = null) : DataPage
{
    private readonly TimeProvider _time = time ?? TimeProvider.System;

    protected override void Run(Ui ui)
    {
        var runs = ui.State.GetOrAdd("page-runs", 0) + 1;
        ui.State["page-runs"] = runs;

        ui.Title("Fragments");
        ui.Markdown("""
            `ui.Fragment(f => …)` marks a part of the page that **reruns on its own**: a widget inside it runs
            only the fragment again, and `runEvery:` reruns it on a server timer. A run of the whole page runs
            the fragments too.
            """);
        ui.Text($"Whole-page runs: {runs}");
        var seed = ui.NumberInput("Seed (outside: reruns everything)", 42, step: 1);

        ui.Header("An interactive part", divider: true);
        ui.Fragment(f =>
        {
            var fragmentRuns = f.State.GetOrAdd("fragment-runs", 0) + 1;
            f.State["fragment-runs"] = fragmentRuns;
            var points = (int)f.Slider("Points (inside: reruns the fragment)", 5, 50, 10);
            var random = new Random(seed);
            var walk = new double[points];
            for (var i = 1; i < points; i++)
            {
                walk[i] = walk[i - 1] + random.NextDouble() - 0.5;
            }

            f.Text($"Fragment runs: {fragmentRuns}");
            f.LineChart(walk.Select((y, x) => new { x, y }), x: "x", y: "y", height: 240);
        });

        ui.Header("A live part", divider: true);
        ui.Markdown("This one reruns every second on the server: a clock, a queue length, a job's progress.");
        ui.Fragment(f =>
        {
            var ticks = f.State.GetOrAdd("ticks", 0) + 1;
            f.State["ticks"] = ticks;
            f.Metric("Server time", DateTime.Now.ToString("HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture));
            f.Text($"Ticks: {ticks}");
        }, runEvery: TimeSpan.FromSeconds(1), key: "clock");

        SideBySide(ui);
    }

    private void SideBySide(Ui ui)
    {
        ui.Header("Side by side", divider: true);
        ui.Markdown("""
            Fragments run **in parallel**: the slow part below takes 1.5 s per run (a slow service), yet the
            fast part keeps ticking every 200 ms meanwhile. Each fragment's runs go one at a time; a run of the
            whole page waits for them and runs them all.
            """);
        var (slow, fast) = ui.Columns(2);

        // The page's own run shows the slow part at once; its timer runs do the slow work.
        var loading = true;
        _ = slow.FragmentAsync(async f =>
        {
            if (loading)
            {
                f.Text("Slow part: waiting for its timer");
                return;
            }

            var run = f.State.Update("slow-runs", 0, n => n + 1);
            var fastBefore = f.State.Get("fast-runs", 0);
            var status = f.Empty();
            status.Text($"Slow run {run}: working…");
            await Task.Delay(TimeSpan.FromMilliseconds(1500), _time, f.CancellationToken);
            var ticked = f.State.Get("fast-runs", 0) - fastBefore;
            status.Text($"Slow run {run}: done; the fast part ran {ticked} times meanwhile");
        }, runEvery: TimeSpan.FromSeconds(2), key: "slow");
        loading = false;

        fast.Fragment(
            f => f.Text($"Fast part runs: {f.State.Update("fast-runs", 0, n => n + 1)}"),
            runEvery: TimeSpan.FromMilliseconds(200),
            key: "fast");
    }
}

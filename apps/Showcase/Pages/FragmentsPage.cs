using DataApps;

namespace Showcase.Pages;

/// <summary>Fragments: parts of a page that rerun on their own, on an interaction inside them or on a timer.</summary>
[Page("/fragments", Title = "Fragments", Icon = "view_quilt", Section = "Control flow", Order = 60)]
public sealed class FragmentsPage : DataPage
{
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
    }
}

using System.Globalization;
using DataApps.Benchmarks.Pages;

namespace DataApps.Benchmarks.Rerun;

/// <summary>
/// For analysis (<c>rerun --by-kind</c>): the cost of a rerun of a page with 100 widgets of one kind
/// (no value change), per widget, so a goal that is missed can be traced to the verb that costs.
/// </summary>
internal static class RerunByKind
{
    private static readonly string[] Options = ["Adelie", "Chinstrap", "Gentoo"];

    private static readonly (string Kind, Action<Ui, int> Verb)[] Kinds =
    [
        ("slider", (ui, i) => ui.Slider($"Slider {i}", 0, 100, 50)),
        ("checkbox", (ui, i) => ui.Checkbox($"Checkbox {i}")),
        ("select-box (3 options)", (ui, i) => ui.SelectBox($"Species {i}", Options)),
        ("text-input", (ui, i) => ui.TextInput($"Text {i}", "penguins")),
        ("button", (ui, i) => ui.Button($"Button {i}")),
        ("text", (ui, i) => ui.Text($"Text {i}")),
        ("label only (page code, no verb)", (ui, i) => GC.KeepAlive($"Label {i}")),
    ];

    public static void Run()
    {
        var rows = new List<string[]>();
        foreach (var (kind, verb) in Kinds)
        {
            using var app = DataApps.Testing.AppTest.FromFunction(ui =>
            {
                for (var i = 0; i < 100; i++)
                {
                    verb(ui, i);
                }
            });
            app.RunAsync().GetAwaiter().GetResult();
            for (var i = 0; i < 2000; i++)
            {
                app.RunAsync().GetAwaiter().GetResult(); // warm-up
            }

            const int n = 5000;
            var alloc0 = GC.GetTotalAllocatedBytes(precise: true); // the run executes on a pool thread (Note [Run budget])
            var cpu0 = RerunCpuTime.ProcessCpuNs();
            for (var i = 0; i < n; i++)
            {
                app.RunAsync().GetAwaiter().GetResult();
            }

            var cpu = (RerunCpuTime.ProcessCpuNs() - cpu0) / (double)n;
            var alloc = (GC.GetTotalAllocatedBytes(precise: true) - alloc0) / (double)n;
            rows.Add([kind, (cpu / 1000).ToString("0.0", CultureInfo.InvariantCulture), (cpu / 100).ToString("0", CultureInfo.InvariantCulture),
                (alloc / 1024).ToString("0.0", CultureInfo.InvariantCulture), (alloc / 100).ToString("0", CultureInfo.InvariantCulture)]);
        }

        Table.Print("Rerun of a page with 100 widgets of one kind (AppTest, no value change)",
            ["kind", "process CPU us / rerun", "ns / widget", "allocated KB / rerun", "bytes / widget"], rows);
    }
}

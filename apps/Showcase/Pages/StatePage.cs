using DataApps;

namespace Showcase.Pages;

[Page("/state", Title = "State", Icon = "memory", Section = "Basics", Order = 30)]
public sealed class StatePage : DataPage
{
    protected override void Run(Ui ui)
    {
        ui.Title("State");
        var count = ui.State.GetOrAdd("count", 0);
        if (ui.Button("+1"))
        {
            count++;
            ui.State["count"] = count;
        }

        ui.Text($"Count: {count}");
    }
}

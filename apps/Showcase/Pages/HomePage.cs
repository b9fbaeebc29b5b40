using DataApps;

namespace Showcase.Pages;

[Page("/", Title = "Home", Icon = "home", Order = 0)]
public sealed class HomePage : DataPage
{
    protected override void Run(Ui ui)
    {
        ui.Title("DataApps Showcase");
        ui.Markdown("A page is a C# class whose `Run(Ui ui)` reads like a script. **Move the slider**: the page reruns.");
        var n = ui.Slider("n", 1, 100, 10);
        ui.Text($"n² = {n * n}");
        if (ui.Button("Celebrate"))
        {
            ui.Success("🎉 Clicked!");
        }
    }
}

using DataApps;

namespace Showcase.Pages;

[Page("/widgets", Title = "Widgets", Icon = "tune", Section = "Basics", Order = 10)]
public sealed class WidgetsPage : DataPage
{
    protected override void Run(Ui ui)
    {
        ui.Title("Widgets");
        var n = ui.Slider("Slider", 0, 100, 50);
        ui.Text($"Slider = {n}");
    }
}

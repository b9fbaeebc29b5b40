using DataApps;

namespace Showcase.Pages;

[Page("/layout", Title = "Layout", Icon = "dashboard", Section = "Basics", Order = 20)]
public sealed class LayoutPage : DataPage
{
    protected override void Run(Ui ui)
    {
        ui.Title("Layout");
        var (left, right) = ui.Columns(2);
        left.Text("Left column");
        right.Text("Right column");
    }
}

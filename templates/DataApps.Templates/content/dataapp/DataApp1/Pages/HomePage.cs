using DataApp1.Data;
using DataApps;

namespace DataApp1.Pages;

// A page is a class with [Page]: DataApps runs Run(ui) from top to bottom when the page opens and again after
// every change of a widget; a widget verb draws the widget and returns its current value.
[Page("/", Title = "Home", Icon = "home", Section = "Sales", Order = 0)]
public sealed class HomePage(SalesData sales) : DataPage
{
    protected override void Run(Ui ui)
    {
        ui.Title("DataApp1-name");
        ui.Markdown("Change a widget and the page runs again with its new value. The code is in `Pages/HomePage.cs`.");

        var region = ui.SelectBox("Region", sales.Regions) ?? sales.Regions[0];
        var growth = ui.Slider("Growth (%)", 0, 50, 10);

        var last = sales.LastMonth(region);
        var forecast = last * (100 + growth) / 100;
        ui.Text($"{region}: {forecast} units next month at {growth} % growth");
        ui.Metric("Forecast (units)", forecast, delta: forecast - last);
    }
}
